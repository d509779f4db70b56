import type { SharedAttitudes } from '@/lib/assignments/attitudes';
import type { ValidCertificate } from '@/lib/verify/types';
import { learnerKey, type RosterRow } from './roster';

/** Below this many learners, the class's answers could tell the educator how one person answered. */
export const MIN_SHARED_LEARNERS = 5;

/** One attitude item as the study reports it, read from `content/study` on the server (see national.ts). */
export interface AttitudeItemFacts {
  /** The study's item id, as shared attitudes are keyed. */
  item: string;
  /** The module's wording of the question. */
  prompt: string;
  /** The answer on the side the study reports, e.g. 'not-acceptable', and its label. */
  matches: string;
  matchesLabel: string;
  /** Completes "x% of respondents …", e.g. "did not think it ethically acceptable". */
  side: string;
  /** The pooled national share on that side, with the source's decimals, e.g. "68.3%". */
  national: string;
}

export interface ClassShare {
  /** Learners whose answer is on the reported side. */
  onSide: number;
  /** Learners who gave an answer at that time. */
  answered: number;
  /** Whole percent; absent when fewer than MIN_SHARED_LEARNERS answered. */
  pct?: number;
}

export interface ClassAttitudeItem {
  facts: AttitudeItemFacts;
  before: ClassShare;
  after: ClassShare;
}

export type ClassAttitudes =
  | { shown: true; learners: number; items: ClassAttitudeItem[] }
  | { shown: false; learners: number; reason: string };

function share(answers: readonly (string | undefined)[], matches: string): ClassShare {
  const given = answers.filter((answer) => answer !== undefined);
  const onSide = given.filter((answer) => answer === matches).length;
  return {
    onSide,
    answered: given.length,
    ...(given.length >= MIN_SHARED_LEARNERS ? { pct: Math.round((onSide / given.length) * 100) } : {}),
  };
}

/**
 * The class's attitudes before and after, on the side the study reports, from the valid certificates whose
 * learners chose to share them. Each learner counts once (their latest certificate for the assignment).
 * Nothing is shown for fewer than MIN_SHARED_LEARNERS learners, and no share for an item that fewer answered.
 */
export function classAttitudes(
  rows: readonly RosterRow[],
  facts: readonly AttitudeItemFacts[],
): ClassAttitudes {
  const latest = new Map<string, ValidCertificate & { attitudes: SharedAttitudes }>();
  for (const { result } of rows) {
    if (!result.valid || !result.attitudes) continue;
    const key = learnerKey(result);
    const kept = latest.get(key);
    if (!kept || (result.issuedAt ?? '') >= (kept.issuedAt ?? '')) {
      latest.set(key, result as ValidCertificate & { attitudes: SharedAttitudes });
    }
  }
  const learners = latest.size;
  if (learners < MIN_SHARED_LEARNERS) {
    const who =
      learners === 0
        ? 'No learner among these certificates shared their attitude answers'
        : `Only ${learners} ${learners === 1 ? 'learner' : 'learners'} among these certificates shared their attitude answers`;
    return {
      shown: false,
      learners,
      reason: `${who}. The class’s answers are shown when at least ${MIN_SHARED_LEARNERS} have shared: in a smaller group, a share could tell you how one person answered.`,
    };
  }
  const shared = [...latest.values()].map((certificate) => certificate.attitudes);
  return {
    shown: true,
    learners,
    items: facts.map((item) => ({
      facts: item,
      before: share(
        shared.map((answers) => answers[item.item]?.before),
        item.matches,
      ),
      after: share(
        shared.map((answers) => answers[item.item]?.after),
        item.matches,
      ),
    })),
  };
}
