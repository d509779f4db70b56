import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lessonOrder } from '@/content/lessons/order';
import { getPoll } from '@/content/polls';
import { answerPoll, startLesson } from './actions';
import { progressArbitrary } from './arbitraries';
import { CURRENT_VERSION, decodeProgress, type Progress } from './schema';
import { completedCount, lessonStatus, resumeTarget } from './selectors';
import { memoryStorage } from './storage';
import { createProgressStore } from './store';

const FIXTURES = path.join(__dirname, 'fixtures');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

/** Every older version: each must have a fixture as that version wrote it, and each must migrate. */
const OLDER_VERSIONS = Array.from({ length: CURRENT_VERSION - 1 }, (_, i) => i + 1);

describe('migrating stored progress', () => {
  it.each(OLDER_VERSIONS)('has fixtures of version %i, and lifts each to the current version', (version) => {
    const names = existsSync(FIXTURES)
      ? readdirSync(FIXTURES).filter((name) => name.startsWith(`v${version}-`))
      : [];
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const decoded = decodeProgress(fixture(name));
      expect(decoded).toMatchObject({ kind: 'ok', progress: { version: CURRENT_VERSION } });
    }
  });

  it('lifts any valid version 1 document to the current version with nothing lost (property)', () => {
    // A current document without the final check and the assignment, which version 1 did not have.
    const v1Arbitrary = progressArbitrary.map((p) => {
      const v1: Record<string, unknown> = { ...p, version: 1 };
      delete v1.finalCheck;
      delete v1.assignment;
      delete v1.precheck;
      return v1;
    });
    fc.assert(
      fc.property(v1Arbitrary, (v1) => {
        const decoded = decodeProgress(JSON.stringify(v1));

        expect(decoded).toEqual({ kind: 'ok', progress: { ...v1, version: CURRENT_VERSION } });
      }),
      { numRuns: 200 },
    );
  });

  it('lifts any valid version 2 document to the current version with nothing lost (property)', () => {
    const v2Arbitrary = progressArbitrary.map((p) => {
      const v2: Record<string, unknown> = { ...p, version: 2 };
      delete v2.assignment;
      delete v2.precheck;
      return v2;
    });
    fc.assert(
      fc.property(v2Arbitrary, (v2) => {
        expect(decodeProgress(JSON.stringify(v2))).toEqual({
          kind: 'ok',
          progress: { ...v2, version: CURRENT_VERSION },
        });
      }),
      { numRuns: 200 },
    );
  });

  it('lifts any valid version 3 document to the current version with nothing lost (property)', () => {
    const v3Arbitrary = progressArbitrary.map((p) => {
      const v3: Record<string, unknown> = { ...p, version: 3 };
      delete v3.precheck;
      return v3;
    });
    fc.assert(
      fc.property(v3Arbitrary, (v3) => {
        expect(decodeProgress(JSON.stringify(v3))).toEqual({
          kind: 'ok',
          progress: { ...v3, version: CURRENT_VERSION },
        });
      }),
      { numRuns: 200 },
    );
  });

  it('does not accept a version 4 field in a version 3 document', () => {
    const v3 = JSON.parse(fixture('v3-finished-course.json')) as Record<string, unknown>;
    const mixed = { ...v3, precheck: { answers: {}, at: '2026-12-01T10:00:00.000Z' } };
    expect(decodeProgress(JSON.stringify(mixed)).kind).toBe('corrupt');
  });

  it('does not accept a version 3 field in a version 2 document', () => {
    const v2 = JSON.parse(fixture('v2-finished-course.json')) as Record<string, unknown>;
    const mixed = { ...v2, assignment: { token: 'a.b.c', openedAt: '2026-12-01T10:00:00.000Z' } };
    expect(decodeProgress(JSON.stringify(mixed)).kind).toBe('corrupt');
  });

  it('lifts a version 1 document, as version 1 wrote it, to the current version with nothing lost', () => {
    const v1 = JSON.parse(fixture('v1-lesson-completed.json')) as Record<string, unknown>;

    const decoded = decodeProgress(JSON.stringify(v1));

    expect(decoded.kind).toBe('ok');
    if (decoded.kind !== 'ok') return;
    expect(decoded.progress.version).toBe(CURRENT_VERSION);
    expect(decoded.progress.finalCheck).toBeUndefined();
    expect({ ...decoded.progress, version: 1 }).toEqual(v1);
  });

  it('reports a version 1 document that is not valid version 1 as unreadable, naming the version', () => {
    const broken = { ...JSON.parse(fixture('v1-lesson-completed.json')), role: 'surgeon' };

    const decoded = decodeProgress(JSON.stringify(broken));

    expect(decoded.kind).toBe('corrupt');
    if (decoded.kind === 'corrupt') expect(decoded.reason).toMatch(/^Version 1:/);
  });

  it('does not accept a version 2 field in a version 1 document', () => {
    const mixed = {
      ...JSON.parse(fixture('v1-lesson-completed.json')),
      finalCheck: {
        attempts: 1,
        answers: {},
        scorePct: 100,
        passed: true,
        submittedAt: '2026-11-24T01:40:12.345Z',
      },
    };
    expect(decodeProgress(JSON.stringify(mixed)).kind).toBe('corrupt');
  });
});

describe('a learner who finished the five lessons, when the course has six', () => {
  const stored = fixture('v2-finished-course.json');
  const v2 = JSON.parse(stored) as Progress & { version: number };
  const sixth = lessonOrder[5]!;
  const T = '2026-04-01T09:00:00.000Z';

  it('keeps every answer, reflection and final-check attempt the five lessons left', () => {
    const store = createProgressStore(memoryStorage(stored), () => T);

    const progress = store.getSnapshot();

    expect(store.status().problem).toBeNull();
    expect(progress).toEqual({ ...v2, version: CURRENT_VERSION });
    expect(Object.keys(progress.polls)).toHaveLength(Object.keys(v2.polls).length);
  });

  it('sees the new lesson as not started, and is sent to it next, at its start', () => {
    const progress = createProgressStore(memoryStorage(stored), () => T).getSnapshot();

    expect(sixth).toBe('guidance-since-2013');
    expect(lessonStatus(progress, sixth)).toBe('not-started');
    expect(lessonOrder.slice(0, 5).map((slug) => lessonStatus(progress, slug))).toEqual(
      Array(5).fill('completed'),
    );
    expect(completedCount(progress, lessonOrder)).toBe(lessonOrder.length - 1);
    expect(resumeTarget(progress, lessonOrder)).toEqual({ lesson: sixth });
    const newPoll = getPoll('since').questions.map((q) => q.id);
    expect(newPoll.filter((id) => Object.hasOwn(progress.polls, id))).toEqual([]);
  });

  it('keeps the old answers when the new lesson is then started and its poll answered', () => {
    const storage = memoryStorage(stored);
    const store = createProgressStore(storage, () => T);
    const [first] = getPoll('since').questions;

    store.update((p) => answerPoll(startLesson(p, sixth), first!.id, first!.options[0]!.value));
    const reloaded = createProgressStore(storage, () => T).getSnapshot();

    expect(lessonStatus(reloaded, sixth)).toBe('started');
    expect(reloaded.polls).toEqual({ ...v2.polls, [first!.id]: first!.options[0]!.value });
    expect(reloaded.checks).toEqual(v2.checks);
    expect(reloaded.reflections).toEqual(v2.reflections);
    expect(reloaded.finalCheck).toEqual(v2.finalCheck);
  });
});
