import { ASSIGNMENT_LIMITS } from '@/lib/assignments/limits';
import { DEFAULT_PASS_MARK_PCT } from '@/lib/grading/grade';

const PASS_MARKS = {
  /** The module's own pass mark, used without an assignment and offered first by the builder. */
  default: DEFAULT_PASS_MARK_PCT,
  min: ASSIGNMENT_LIMITS.passMarkMin,
  max: ASSIGNMENT_LIMITS.passMarkMax,
} as const;

/** A pass mark from the code that enforces it, marked as the module's own value rather than a study figure. */
export function PassMark({ of = 'default' }: { of?: keyof typeof PASS_MARKS }) {
  return <span data-module-value="">{PASS_MARKS[of]}%</span>;
}
