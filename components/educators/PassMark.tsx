import { DEFAULT_PASS_MARK_PCT } from '@/lib/grading/grade';

/** A pass mark, marked as the module's own value rather than a study figure; the default when none is given. */
export function PassMark({ pct = DEFAULT_PASS_MARK_PCT }: { pct?: number }) {
  return <span data-module-value="">{pct}%</span>;
}
