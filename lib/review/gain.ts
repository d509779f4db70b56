import { tally } from '@/lib/grading/item-results';
import { MIN_SHARED_LEARNERS } from './attitudes';
import { latestByLearner } from './items';
import type { RosterRow } from './roster';

export type ClassGain =
  | {
      shown: true;
      /** Learners whose certificate records both the pre-check and the final check's items. */
      learners: number;
      /** Share of the pre-check's questions answered correctly, before the lessons (whole percent). */
      beforePct: number;
      /** Share of the same learners' final-check questions answered correctly (whole percent). */
      afterPct: number;
    }
  | { shown: false; learners: number; reason: string };

/**
 * The gain from before the lessons to after, for the learners who took the pre-check: the share of its
 * questions they answered correctly, beside the share of their graded final-check questions (other items on
 * the same objectives). Pooled over questions, each learner counted once by their latest such certificate;
 * shown from MIN_SHARED_LEARNERS learners up, like the other class figures.
 */
export function classGain(rows: readonly RosterRow[]): ClassGain {
  const latest = latestByLearner(
    rows,
    (result) => result.precheck !== undefined && result.items !== undefined,
  );
  const learners = latest.size;
  if (learners < MIN_SHARED_LEARNERS) {
    const who =
      learners === 0
        ? 'None of these certificates records a pre-check'
        : `Only ${learners} ${learners === 1 ? 'learner’s certificate records' : 'learners’ certificates record'} a pre-check`;
    return {
      shown: false,
      learners,
      reason: `${who}. The class’s before-and-after is shown from ${MIN_SHARED_LEARNERS} learners up.`,
    };
  }
  const pooled = (pick: 'precheck' | 'items') => {
    let correct = 0;
    let total = 0;
    for (const certificate of latest.values()) {
      const counts = tally(certificate[pick]!);
      correct += counts.correct;
      total += counts.total;
    }
    return Math.round((correct / total) * 100);
  };
  return { shown: true, learners, beforePct: pooled('precheck'), afterPct: pooled('items') };
}
