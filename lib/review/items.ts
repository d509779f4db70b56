import type { ValidCertificate } from '@/lib/verify/types';
import { MIN_SHARED_LEARNERS } from './attitudes';
import { learnerKey, type RosterRow } from './roster';

/** A final-check slot as the class review shows it: what it tests, and its items' wording. */
export interface SlotFacts {
  id: string;
  /** The lesson's title. */
  lesson: string;
  /** What the slot tests. */
  objective: string;
  items: readonly { id: string; prompt: string }[];
}

export interface ClassItem {
  id: string;
  prompt: string;
  /** Learners whose graded attempt asked this item. */
  answered: number;
  correct: number;
  /** Whole percent; absent when fewer than MIN_SHARED_LEARNERS were asked it. */
  pct?: number;
}

export interface ClassSlot {
  facts: SlotFacts;
  /** Every item of the slot, the slot's own totals first. */
  all: Omit<ClassItem, 'id' | 'prompt'>;
  items: ClassItem[];
}

export type ClassItems =
  { shown: true; learners: number; slots: ClassSlot[] } | { shown: false; learners: number; reason: string };

/** Each learner's latest valid certificate among those that `keep` accepts, by `learnerKey`. */
export function latestByLearner(
  rows: readonly RosterRow[],
  keep: (result: ValidCertificate) => boolean,
): Map<string, ValidCertificate> {
  const latest = new Map<string, ValidCertificate>();
  for (const { result } of rows) {
    if (!result.valid || !keep(result)) continue;
    const key = learnerKey(result);
    const kept = latest.get(key);
    if (!kept || (result.issuedAt ?? '') >= (kept.issuedAt ?? '')) latest.set(key, result);
  }
  return latest;
}

function counted(answered: number, correct: number) {
  return {
    answered,
    correct,
    ...(answered >= MIN_SHARED_LEARNERS ? { pct: Math.round((correct / answered) * 100) } : {}),
  };
}

/**
 * Where the class struggled: for each final-check slot and each of its items, how many learners' graded
 * attempts asked it and the share answered correctly, from the valid certificates that record their items.
 * Each learner counts once (their latest such certificate). Nothing is shown for fewer than
 * MIN_SHARED_LEARNERS learners, and no share for an item or slot asked of fewer.
 */
export function classItems(rows: readonly RosterRow[], slots: readonly SlotFacts[]): ClassItems {
  const latest = latestByLearner(rows, (result) => result.items !== undefined);
  const learners = latest.size;
  if (learners < MIN_SHARED_LEARNERS) {
    const who =
      learners === 0
        ? 'None of these certificates records its final-check items'
        : `Only ${learners} ${learners === 1 ? 'learner’s certificate records' : 'learners’ certificates record'} their final-check items`;
    return {
      shown: false,
      learners,
      reason: `${who}. Results by question are shown from ${MIN_SHARED_LEARNERS} learners up: in a smaller group, a share could tell you how one person answered.`,
    };
  }
  const marks = new Map<string, { answered: number; correct: number }>();
  for (const certificate of latest.values()) {
    for (const { id, correct } of certificate.items!) {
      const mark = marks.get(id) ?? { answered: 0, correct: 0 };
      mark.answered += 1;
      if (correct) mark.correct += 1;
      marks.set(id, mark);
    }
  }
  return {
    shown: true,
    learners,
    slots: slots.map((facts) => {
      const items = facts.items.map(({ id, prompt }) => {
        const mark = marks.get(id) ?? { answered: 0, correct: 0 };
        return { id, prompt, ...counted(mark.answered, mark.correct) };
      });
      const sum = (key: 'answered' | 'correct') => items.reduce((total, item) => total + item[key], 0);
      return { facts, all: counted(sum('answered'), sum('correct')), items };
    }),
  };
}
