import { beforeAll, describe, expect, it } from 'vitest';
import { afterPoll, beforePoll } from '@/content/polls/stand';
import { formatFigure, getFigure } from '@/content/study';
import type { SharedAttitudes } from '@/lib/assignments/attitudes';
import type { SigningKey } from '@/lib/signing/jws';
import { newSigningKey } from '@/lib/signing/testing';
import type { Verification } from '@/lib/verify/types';
import { classAttitudes, MIN_SHARED_LEARNERS, type AttitudeItemFacts } from './attitudes';
import { attitudeItemFacts } from './national';
import { buildRoster } from './roster';
import { assignmentToken, certificate } from './testing';

let key: SigningKey;
let token: string;
let facts: AttitudeItemFacts[];

beforeAll(async () => {
  key = await newSigningKey();
  ({ token } = await assignmentToken(key, { shareAttitudes: true }));
  facts = attitudeItemFacts();
});

const views = (before: string, after: string): SharedAttitudes => ({
  'ethics-social': { before, after },
});

async function shared(name: string, attitudes: SharedAttitudes, now = '2026-12-01T10:00:00Z') {
  return (await certificate(key, { name, now, assignment: token, attitudes })).credential;
}

const roster = (...results: Verification[]) =>
  buildRoster(results.map((result, i) => ({ source: `${i + 1}.json`, result })));

describe('attitudeItemFacts', () => {
  it('reads the four items, the answer on the reported side and the pooled national share from the study', () => {
    expect(facts.map((f) => f.item)).toEqual([
      'ethics-social',
      'ethics-patient-care',
      'communication-outlook',
      'confidentiality-concern',
    ]);
    expect(facts[0]).toMatchObject({
      matches: 'not-acceptable',
      matchesLabel: 'Not acceptable',
      side: 'did not think it ethically acceptable',
      national: formatFigure(getFigure('bosslet/ethics-social/not-acceptable')),
    });
    expect(facts[3]!.national).toBe(formatFigure(getFigure('bosslet/confidentiality-concern/concerned')));
    // The before question counts the same answer as the reported side.
    for (const item of facts) {
      expect(beforePoll.questions.find((q) => q.item === item.item)?.matches).toBe(item.matches);
      expect(afterPoll.questions.find((q) => q.item === item.item)?.matches).toBe(item.matches);
    }
  });
});

describe('classAttitudes', () => {
  it('shows nothing below five learners, and says how many shared and why', async () => {
    const four = await Promise.all(
      ['Ana', 'Ben', 'Cai', 'Dee'].map((name) => shared(name, views('acceptable', 'not-acceptable'))),
    );
    const result = classAttitudes(roster(...four), facts);
    expect(result).toEqual({
      shown: false,
      learners: 4,
      reason:
        'Only 4 learners among these certificates shared their attitude answers. The class’s answers are shown when at least 5 have shared: in a smaller group, a share could tell you how one person answered.',
    });
    expect(classAttitudes([], facts)).toMatchObject({
      shown: false,
      learners: 0,
      reason: expect.stringMatching(/^No learner among these certificates shared/),
    });
  });

  it('counts a learner once, however many certificates they have, and counts no other learner twice', async () => {
    const four = await Promise.all(
      ['Ana', 'Ben', 'Cai', 'Dee'].map((name) => shared(name, views('acceptable', 'not-acceptable'))),
    );
    const anaAgain = await shared('ana', views('unsure', 'unsure'), '2026-12-02T10:00:00Z');
    expect(classAttitudes(roster(...four, four[0]!, anaAgain), facts)).toMatchObject({
      shown: false,
      learners: 4,
    });
  });

  it('gives each item’s share on the reported side, before and after, with the national figure', async () => {
    const answers: [string, string][] = [
      ['acceptable', 'not-acceptable'],
      ['acceptable', 'not-acceptable'],
      ['not-acceptable', 'not-acceptable'],
      ['unsure', 'acceptable'],
      ['acceptable', 'unsure'],
    ];
    const results = await Promise.all(
      answers.map(([before, after], i) =>
        shared(`Learner ${i + 1}`, {
          ...views(before, after),
          'confidentiality-concern': { after: 'concerned' },
        }),
      ),
    );
    const withoutSharing = (await certificate(key, { name: 'Quiet', now: '2026-12-01T10:00:00Z' }))
      .credential;
    const tampered: Verification = { valid: false, reason: 'tampered', message: 'Changed.' };
    const result = classAttitudes(roster(...results, withoutSharing, tampered), facts);
    if (!result.shown) throw new Error(result.reason);
    expect(result.learners).toBe(MIN_SHARED_LEARNERS);
    const [social, care, , concern] = result.items;
    expect(social!.facts.national).toBe(formatFigure(getFigure('bosslet/ethics-social/not-acceptable')));
    expect(social!.before).toEqual({ onSide: 1, answered: 5, pct: 20 });
    expect(social!.after).toEqual({ onSide: 3, answered: 5, pct: 60 });
    // Nobody answered it: no share.
    expect(care!.before).toEqual({ onSide: 0, answered: 0 });
    expect(concern!.after).toEqual({ onSide: 5, answered: 5, pct: 100 });
  });

  it('gives no share for an item that fewer than five learners answered', async () => {
    const results = await Promise.all(
      [0, 1, 2, 3, 4].map((i) =>
        shared(
          `Learner ${i}`,
          i < 2
            ? {
                'ethics-social': { after: 'not-acceptable' },
                'communication-outlook': { before: 'pessimistic' },
              }
            : { 'ethics-social': { after: 'acceptable' } },
        ),
      ),
    );
    const result = classAttitudes(roster(...results), facts);
    if (!result.shown) throw new Error(result.reason);
    expect(result.items[0]!.after).toEqual({ onSide: 2, answered: 5, pct: 40 });
    expect(result.items[2]!.before).toEqual({ onSide: 2, answered: 2 });
  });

  it('uses a learner’s latest certificate when they have several', async () => {
    const others = await Promise.all(
      ['Ben', 'Cai', 'Dee', 'Eve'].map((name) => shared(name, views('acceptable', 'acceptable'))),
    );
    const later = await shared('Ana', views('acceptable', 'not-acceptable'), '2026-12-05T10:00:00Z');
    const earlier = await shared('Ana', views('acceptable', 'acceptable'), '2026-12-01T10:00:00Z');
    const result = classAttitudes(roster(later, ...others, earlier), facts);
    if (!result.shown) throw new Error(result.reason);
    expect(result.items[0]!.after).toMatchObject({ onSide: 1, answered: 5 });
  });
});
