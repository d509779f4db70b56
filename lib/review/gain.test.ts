import { beforeAll, describe, expect, it } from 'vitest';
import { finalSlots } from '@/content/questions/final';
import { answersWithCorrect } from '@/lib/certificates/testing/fixtures';
import { drawPrecheck } from '@/lib/grading/precheck';
import type { SigningKey } from '@/lib/signing/jws';
import { newSigningKey } from '@/lib/signing/testing';
import type { Verification } from '@/lib/verify/types';
import { MIN_SHARED_LEARNERS } from './attitudes';
import { classGain } from './gain';
import { buildRoster } from './roster';
import { certificate } from './testing';

let key: SigningKey;
beforeAll(async () => {
  key = await newSigningKey();
});

const asked = finalSlots.map((slot) => slot.items[0]!);
const seen = drawPrecheck(finalSlots, () => 0.99);

/** A learner with `before` of the pre-check's questions right and `after` of the final check's. */
async function learner(name: string, before: number | null, after: number, now = '2026-12-01T10:00:00Z') {
  const precheck = before === null ? undefined : answersWithCorrect(seen, before);
  const answers = answersWithCorrect(asked, after);
  return (await certificate(key, { name, now, answers, ...(precheck ? { precheck } : {}) })).credential;
}

const roster = (...results: Verification[]) =>
  buildRoster(results.map((result, i) => ({ source: `${i + 1}.json`, result })));

describe('classGain', () => {
  it('pools the pre-check and the final check of the learners who took both', async () => {
    const total = asked.length;
    const five = await Promise.all([
      learner('Ana', 1, total),
      learner('Ben', 2, total),
      learner('Cai', 3, total - 1),
      learner('Dee', 2, total - 1),
      learner('Eli', 4, total - 2),
    ]);
    const withoutPrecheck = await learner('Fay', null, total - 3);

    const gain = classGain(roster(...five, withoutPrecheck));

    const before = Math.round((12 / (5 * seen.length)) * 100);
    const after = Math.round(((5 * total - 4) / (5 * total)) * 100);
    expect(gain).toEqual({ shown: true, learners: 5, beforePct: before, afterPct: after });
  });

  it('counts a learner once, by the latest certificate, and shows nothing below five', async () => {
    const four = await Promise.all(
      ['Ana', 'Ben', 'Cai', 'Dee'].map((name) => learner(name, 1, asked.length)),
    );
    const again = await learner('Ana', 5, asked.length, '2026-12-02T10:00:00Z');

    const gain = classGain(roster(...four, again));

    expect(gain).toMatchObject({ shown: false, learners: 4 });
    expect(gain.shown === false && gain.reason).toContain(`from ${MIN_SHARED_LEARNERS} learners up`);
  });
});
