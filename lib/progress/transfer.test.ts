import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signedAssignment } from '@/lib/assignments/testing';
import { newSigningKey } from '@/lib/signing/testing';

import {
  answerCheck,
  answerPoll,
  openAssignment,
  recordFinalAttempt,
  recordPrecheck,
  setReflection,
  startLesson,
} from './actions';
import { progressArbitrary } from './arbitraries';
import { CURRENT_VERSION, emptyProgress, LIMITS, type Progress } from './schema';
import {
  checkImportSize,
  describeProgress,
  exportFileName,
  exportText,
  IMPORT_MAX_BYTES,
  IMPORT_MESSAGES,
  readImport,
  type ImportResult,
} from './transfer';

const T0 = '2026-03-02T18:04:11.000Z';
const fixture = (name: string) => readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');

const problem = (message: string): ImportResult => ({ kind: 'problem', message });
const accepted = (progress: Progress): ImportResult => ({ kind: 'ok', progress });

const parsesAsJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

const hasVersion = (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, 'version');

function without<K extends keyof Progress>(progress: Progress, ...keys: K[]): Omit<Progress, K> {
  const copy = { ...progress };
  for (const key of keys) delete copy[key];
  return copy;
}

/** Ways to spoil a valid document so that no version of this module wrote it. */
const spoilArbitrary = fc.constantFrom<(p: Progress) => unknown>(
  (p) => ({ ...p, role: 'surgeon' }),
  (p) => ({ ...p, updatedAt: 'yesterday' }),
  (p) => ({ ...p, checks: { ...p.checks, q1: LIMITS.optionIndex + 1 } }),
  (p) => ({ ...p, polls: { ...p.polls, 'Not An Id': 'yes' } }),
  (p) => ({ ...p, lessons: { ...p.lessons, a: { status: 'finished', updatedAt: p.updatedAt } } }),
  (p) => ({ ...p, reflections: { ...p.reflections, r1: 'x'.repeat(LIMITS.reflectionLength + 1) } }),
  (p) => ({ ...p, favourite: 'colour' }),
  (p) => ({ ...p, version: 0 }),
  (p) => ({ ...p, version: String(p.version) }),
  (p) => ({ ...p, version: CURRENT_VERSION + 0.5 }),
  (p) => without(p, 'role'),
);

const bomArbitrary = fc.constantFrom('', '\uFEFF');
const blankArbitrary = fc.stringMatching(/^[ \t\r\n]{0,4}$/);

/**
 * Files of every kind a learner might pick, each with what the import must give, worked out from how the
 * file was made: a document this module wrote (now or as version 1) is read back as it was; anything
 * else is refused with the message for its kind.
 */
const importCaseArbitrary: fc.Arbitrary<{ text: string; expected: ImportResult }> = fc.oneof(
  fc
    .tuple(progressArbitrary, bomArbitrary, blankArbitrary, blankArbitrary)
    .map(([progress, bom, before, after]) => ({
      text: bom + before + exportText(progress) + after,
      expected: accepted(progress),
    })),
  progressArbitrary.map((p) => {
    // Version 1 had neither the final check, the assignment nor the pre-check; it is lifted with nothing lost.
    const lifted = without(p, 'finalCheck', 'assignment', 'precheck');
    return { text: JSON.stringify({ ...lifted, version: 1 }), expected: accepted(lifted) };
  }),
  fc.tuple(bomArbitrary, blankArbitrary).map(([bom, blank]) => ({
    text: bom + blank,
    expected: problem(IMPORT_MESSAGES.empty),
  })),
  fc.tuple(progressArbitrary, fc.nat()).map(([progress, at]) => {
    const text = exportText(progress);
    // Cut before the closing brace: never JSON.
    return {
      text: text.slice(0, 1 + (at % text.lastIndexOf('}'))),
      expected: problem(IMPORT_MESSAGES.notJson),
    };
  }),
  fc
    .string()
    .filter((text) => text.replace(/^\uFEFF/, '').trim() !== '' && !parsesAsJson(text))
    .map((text) => ({ text, expected: problem(IMPORT_MESSAGES.notJson) })),
  fc
    .jsonValue()
    .filter((value) => !hasVersion(value))
    .map((value) => ({ text: JSON.stringify(value), expected: problem(IMPORT_MESSAGES.notProgress) })),
  fc.tuple(progressArbitrary, spoilArbitrary).map(([progress, spoil]) => ({
    text: JSON.stringify(spoil(progress), null, 2),
    expected: problem(IMPORT_MESSAGES.damaged),
  })),
  fc
    .tuple(fc.dictionary(fc.string(), fc.jsonValue()), fc.integer({ min: CURRENT_VERSION + 1 }))
    .map(([fields, version]) => ({
      text: JSON.stringify({ ...fields, version }),
      expected: problem(IMPORT_MESSAGES.newerVersion),
    })),
);

describe('exporting and importing progress as a file', () => {
  it('reads back every exported document exactly (property)', () => {
    fc.assert(
      fc.property(progressArbitrary, (progress) => {
        expect(readImport(exportText(progress))).toEqual({ kind: 'ok', progress });
      }),
      { numRuns: 200 },
    );
  });

  it('names the file by the local date', () => {
    expect(exportFileName(new Date(2026, 2, 2, 23, 59))).toBe('friend-request-progress-2026-03-02.json');
  });

  it('migrates a file saved by version 1', () => {
    const result = readImport(fixture('v1-lesson-completed.json'));

    expect(result).toMatchObject({ kind: 'ok', progress: { version: CURRENT_VERSION, role: 'RP' } });
  });

  it('accepts a file with a byte-order mark, as some editors save it', () => {
    const progress = answerPoll(emptyProgress(T0), 'poll-1', 'yes');

    expect(readImport(`\uFEFF${exportText(progress)}`)).toEqual({ kind: 'ok', progress });
  });

  it.each([
    ['an empty file', '  \n', IMPORT_MESSAGES.empty],
    ['a file that is not JSON', 'Dear diary, today I', IMPORT_MESSAGES.notJson],
    ['a cut-off progress file', exportText(emptyProgress(T0)).slice(0, 40), IMPORT_MESSAGES.notJson],
    ['some other JSON file', '{"name":"my-app","dependencies":{}}', IMPORT_MESSAGES.notProgress],
    ['a JSON array', '[1,2,3]', IMPORT_MESSAGES.notProgress],
    [
      'an edited progress file',
      JSON.stringify({ ...emptyProgress(T0), role: 'surgeon' }),
      IMPORT_MESSAGES.damaged,
    ],
    [
      'a newer version’s file',
      JSON.stringify({ version: CURRENT_VERSION + 1 }),
      IMPORT_MESSAGES.newerVersion,
    ],
  ])('refuses %s with a clear message', (_, text, message) => {
    expect(readImport(text)).toEqual({ kind: 'problem', message });
  });

  it('refuses a file over 256 kB before reading it, saying how large it is', () => {
    expect(checkImportSize(IMPORT_MAX_BYTES)).toBeNull();
    expect(checkImportSize(300 * 1024)).toBe(
      'This file is 300 kB, larger than any progress file from this module (at most 256 kB), so it was not read. Nothing was changed.',
    );
    expect(checkImportSize(0)).toBe(IMPORT_MESSAGES.empty);
  });

  it('accepts a file exactly when it holds a progress document, and says what is wrong with any other (property)', () => {
    fc.assert(
      fc.property(importCaseArbitrary, ({ text, expected }) => {
        expect(readImport(text)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('describeProgress', () => {
  const slugs = ['a', 'b', 'c'];
  const date = (iso: string) => `on ${iso.slice(0, 10)}`;

  it('says what a document holds, in words', () => {
    let p = startLesson(emptyProgress(T0), 'b');
    p = { ...p, lessons: { ...p.lessons, a: { status: 'completed', updatedAt: T0 } } };
    p = answerPoll(answerPoll(p, 'p1', 'yes'), 'p2', 'no');
    p = answerCheck(p, 'q1', 0);
    p = setReflection(p, 'r1', 'Mine');
    p = recordFinalAttempt(p, { answers: { f1: 1 }, scorePct: 90, passed: true, at: T0 });

    expect(describeProgress(p, slugs, date)).toEqual([
      '1 of 3 lessons completed, 1 started',
      '2 answers about your own views',
      '1 knowledge-check answer',
      '1 reflection',
      'Final check passed (90%)',
      'Last changed on 2026-03-02',
    ]);
  });

  it('names the assignment the learner opened', async () => {
    const { token } = await signedAssignment(await newSigningKey(), { course: 'Ethics seminar' });
    const p = openAssignment(emptyProgress(T0), token, T0);
    expect(describeProgress(p, slugs, date)).toContain('The assignment for “Ethics seminar”');
  });

  it('says whether the pre-check was answered or skipped', () => {
    const answered = recordPrecheck(emptyProgress(T0), { a: 0, b: 1, c: 2 }, T0);
    const skipped = recordPrecheck(emptyProgress(T0), {}, T0);
    expect(describeProgress(answered, slugs, date)).toContain('The pre-check before the lessons (3 answers)');
    expect(describeProgress(skipped, slugs, date)).toContain('The pre-check before the lessons, skipped');
  });

  it('says when nothing has been done', () => {
    expect(describeProgress(emptyProgress(T0), slugs, date)).toEqual([
      '0 of 3 lessons completed',
      'No answers about your own views',
      'No knowledge-check answers',
      'No reflections',
      'Last changed on 2026-03-02',
    ]);
  });
});
