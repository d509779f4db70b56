import { beforeAll, describe, expect, it } from 'vitest';
import { finalSlots } from '@/content/questions/final';
import { answersWithCorrect } from '@/lib/certificates/testing/fixtures';
import type { SigningKey } from '@/lib/signing/jws';
import { newSigningKey } from '@/lib/signing/testing';
import type { Verification } from '@/lib/verify/types';
import { MIN_SHARED_LEARNERS } from './attitudes';
import { classItems, type SlotFacts } from './items';
import { buildRoster } from './roster';
import { certificate } from './testing';

let key: SigningKey;
beforeAll(async () => {
  key = await newSigningKey();
});

const slots: SlotFacts[] = finalSlots.map((slot) => ({
  id: slot.id,
  lesson: slot.lesson,
  objective: slot.objective,
  items: slot.items.map(({ id, prompt }) => ({ id, prompt })),
}));

/** A form of the bank's first or last item of each slot, with the first `wrong` of them answered wrongly. */
function form(which: 'first' | 'last', wrong: number) {
  const asked = finalSlots.map((slot) => (which === 'first' ? slot.items[0]! : slot.items.at(-1)!));
  const answers = answersWithCorrect([...asked].reverse(), asked.length - wrong);
  return { asked, answers };
}

async function learner(name: string, which: 'first' | 'last', wrong: number, now = '2026-12-01T10:00:00Z') {
  return (await certificate(key, { name, now, answers: form(which, wrong).answers })).credential;
}

const roster = (...results: Verification[]) =>
  buildRoster(results.map((result, i) => ({ source: `${i + 1}.json`, result })));

describe('classItems', () => {
  it('shows nothing below five learners, and says why', async () => {
    const four = await Promise.all(['Ana', 'Ben', 'Cai', 'Dee'].map((name) => learner(name, 'first', 1)));
    const shown = classItems(roster(...four), slots);
    expect(shown).toMatchObject({ shown: false, learners: 4 });
    expect(shown.shown === false && shown.reason).toMatch(`from ${MIN_SHARED_LEARNERS} learners up`);
  });

  it('counts each item’s share correct across the class, and each slot’s over its items', async () => {
    // Five learners took the first items, two of them with the first slot's item wrong (answersWithCorrect
    // on the reversed form makes the first slots the wrong ones); three took the last items, all right.
    const results = await Promise.all([
      learner('Ana', 'first', 1),
      learner('Ben', 'first', 1),
      learner('Cai', 'first', 0),
      learner('Dee', 'first', 0),
      learner('Eve', 'first', 0),
      learner('Fay', 'last', 0),
      learner('Gus', 'last', 0),
      learner('Hal', 'last', 0),
    ]);
    const shown = classItems(roster(...results), slots);
    expect(shown.shown).toBe(true);
    if (!shown.shown) return;
    expect(shown.learners).toBe(8);
    const firstSlot = shown.slots[0]!;
    expect(firstSlot.items[0]).toMatchObject({ answered: 5, correct: 3, pct: 60 });
    // Three learners are too few for a share of the other item, but they count in the slot's total.
    const other = firstSlot.items.at(-1)!;
    expect(other).toMatchObject({ answered: 3, correct: 3 });
    expect(other).not.toHaveProperty('pct');
    expect(firstSlot.all).toEqual({ answered: 8, correct: 6, pct: 75 });
    expect(shown.slots.at(-1)!.all).toEqual({ answered: 8, correct: 8, pct: 100 });
  });

  it('counts a learner once, by their latest certificate', async () => {
    const results = await Promise.all([
      learner('Ana', 'first', 1, '2026-12-01T09:00:00Z'),
      learner('Ana', 'first', 0, '2026-12-02T09:00:00Z'),
      ...['Ben', 'Cai', 'Dee', 'Eve'].map((name) => learner(name, 'first', 0)),
    ]);
    const shown = classItems(roster(...results), slots);
    expect(shown.shown && shown.learners).toBe(5);
    expect(shown.shown && shown.slots[0]!.items[0]).toMatchObject({ answered: 5, correct: 5, pct: 100 });
  });
});
