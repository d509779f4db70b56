import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lessonOrder } from '@/content/lessons/order';
import { polls } from '@/content/polls';
import { questions } from '@/content/questions';
import { finalQuestions } from '@/content/questions/final';
import { grade } from '@/lib/grading/grade';

import { answerPoll, setReflection } from './actions';
import { progressArbitrary } from './arbitraries';
import {
  COMPACT_PREFIX,
  CompactTooLargeError,
  compactStorage,
  decodeCompact,
  encodeCompact,
  fitCompact,
  SUSPEND_DATA_LIMIT,
} from './compact';
import {
  CURRENT_VERSION,
  decodeProgress,
  emptyProgress,
  encodeProgress,
  LIMITS,
  type Progress,
} from './schema';
import { memoryStorage } from './storage';
import { createProgressStore } from './store';

const T0 = '2025-01-01T00:00:00.000Z';

const lessonSource = (slug: string) =>
  readFileSync(path.join(__dirname, '..', '..', 'content', 'lessons', `${slug}.mdx`), 'utf8');

const fixture = (name: string) => readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');

function decodedFixture(name: string): Progress {
  const decoded = decodeProgress(fixture(name));
  if (decoded.kind !== 'ok') throw new Error(`The fixture ${name} is not a valid document`);
  return decoded.progress;
}

/**
 * The current course of six lessons, finished: every lesson completed, every poll answered, every lesson's
 * check and the final check (passed on the second attempt) answered, and a reflection of about 300
 * characters in a learner's own words for each lesson, and the knowledge pre-check answered before the
 * lessons. As schema version 4 writes it (no assignment).
 */
const finishedCourse = () => decodedFixture('v4-finished-course.json');

/** The course of five lessons, finished, as schema version 2 wrote it: a learner from before the sixth. */
const finishedFiveLessons = () => decodedFixture('v2-finished-course.json');

/**
 * The text inside a compact code, read by the format's definition with Node's own zlib rather than the
 * module's fflate: the prefix, then unpadded base64url (RFC 4648 §5) of raw deflate (RFC 1951). Null when
 * `text` is not a code at all.
 */
function readWithZlib(text: string): string | null {
  if (!text.startsWith(COMPACT_PREFIX)) return null;
  const body = text.slice(COMPACT_PREFIX.length);
  if (!/^[A-Za-z0-9_-]*$/.test(body) || body.length % 4 === 1) return null;
  try {
    return inflateRawSync(Buffer.from(body, 'base64url')).toString('utf8');
  } catch {
    return null;
  }
}

/** A code made with Node's zlib, for texts the module's encoder would never pack. */
const zlibCode = (text: string) => COMPACT_PREFIX + deflateRawSync(text).toString('base64url');

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Characters a lenient base64 reader (atob) takes or skips, none of which base64url allows. */
const NOT_BASE64URL = ['+', '/', '=', ' ', '\n', '.', '*', 'é'];

/** Real codes: of any valid document, and of the finished course. */
const realCodeArbitrary = fc.oneof(
  progressArbitrary.map(encodeCompact),
  fc.constant(null).map(() => encodeCompact(finishedCourse())),
);

/** A real code with one character replaced, added or removed, or cut short, somewhere after its prefix. */
const damagedCodeArbitrary = fc
  .record({
    code: realCodeArbitrary,
    at: fc.nat(),
    how: fc.constantFrom('replace', 'insert', 'delete', 'cut'),
    char: fc.oneof(fc.constantFrom(...BASE64URL), fc.constantFrom(...NOT_BASE64URL)),
  })
  .map(({ code, at, how, char }) => {
    const i = COMPACT_PREFIX.length + (at % (code.length - COMPACT_PREFIX.length));
    if (how === 'cut') return code.slice(0, i);
    const rest = how === 'insert' ? code.slice(i) : code.slice(i + 1);
    return code.slice(0, i) + (how === 'delete' ? '' : char) + rest;
  });

/**
 * Texts to read as codes: real ones, damaged ones, ones under another prefix, codes of texts that are not
 * progress documents, and plain noise. What each should give is worked out by `readWithZlib`, not here.
 */
const codeCandidateArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string().map((s) => COMPACT_PREFIX + s),
  fc.uint8Array().map((bytes) => COMPACT_PREFIX + Buffer.from(bytes).toString('base64url')),
  realCodeArbitrary,
  damagedCodeArbitrary,
  damagedCodeArbitrary,
  fc
    .tuple(realCodeArbitrary, fc.constantFrom('', 'fr2.', 'fr0.', 'FR1.', 'fr1', 'x.'))
    .map(([code, prefix]) => prefix + code.slice(COMPACT_PREFIX.length)),
  fc.jsonValue().map((value) => zlibCode(JSON.stringify(value))),
  fc.string().map(zlibCode),
  progressArbitrary.map((p) => zlibCode(JSON.stringify({ ...p, role: 'surgeon' }))),
  fc
    .integer({ min: CURRENT_VERSION + 1, max: 1_000_000 })
    .map((version) => zlibCode(JSON.stringify({ version }))),
);

describe('compact progress for SCORM suspend_data', () => {
  it('measures a course that is finished today: its lessons, polls, questions and reflections', () => {
    const course = finishedCourse();
    const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort();
    const reflectionIds = lessonOrder.map(
      (slug) => /<Reflection\s+id="([^"]+)"/.exec(lessonSource(slug))?.[1],
    );

    expect(Object.keys(course.lessons)).toEqual([...lessonOrder]);
    expect(Object.values(course.lessons).every((lesson) => lesson.status === 'completed')).toBe(true);
    expect(sorted(Object.keys(course.polls))).toEqual(
      sorted(polls.flatMap((p) => p.questions.map((q) => q.id))),
    );
    expect(sorted(Object.keys(course.checks))).toEqual(
      sorted(questions.filter((q) => q.lesson !== 'final').map((q) => q.id)),
    );
    expect(Object.keys(course.reflections)).toEqual(reflectionIds);
    expect(grade(finalQuestions, course.finalCheck?.answers ?? {})).toMatchObject({
      complete: true,
      passed: true,
      scorePct: course.finalCheck?.firstPass?.scorePct,
    });
  });

  // Measured with fflate 0.8, six lessons and the pre-check: 5,527 characters of JSON, 3,034 compact
  // (without the reflections: 3,565 and 1,746). Without the pre-check 5,282 and 2,930; five lessons were
  // 4,533 and 2,546. The bound below leaves room for a
  // compressor update without hiding a real change.
  it('fits a finished course in 4,000 characters, at little more than half the length of its JSON', () => {
    const course = finishedCourse();

    const json = encodeProgress(course);
    const code = encodeCompact(course);

    expect(code.length).toBeLessThanOrEqual(3150);
    expect(code.length).toBeLessThan(json.length * 0.6);
    expect(code.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    expect(fitCompact(course)).toEqual({ kind: 'ok', code });
    expect(decodeCompact(code)).toEqual({ kind: 'ok', progress: course });
  });

  it('gives a code made for the five-lesson course back as the same progress, every answer kept', () => {
    // Written by the module before the sixth lesson, from fixtures/v2-finished-course.json. The code is the
    // document's own JSON, deflated: no lesson is stored by its position or by a table.
    const oldCode = fixture('compact-v2-finished-course.txt').trim();
    const stored = finishedFiveLessons();

    const decoded = decodeCompact(oldCode);

    expect(decoded).toEqual({ kind: 'ok', progress: stored });
    if (decoded.kind !== 'ok') return;
    expect(Object.keys(decoded.progress.lessons)).toEqual(lessonOrder.slice(0, 5));
    expect(decoded.progress.lessons['guidance-since-2013']).toBeUndefined();
    expect(decoded.progress.finalCheck?.answers).toEqual(stored.finalCheck?.answers);
    // The fixture is that document's code: its JSON as version 2 stored it, exactly.
    expect(readWithZlib(oldCode)).toBe(JSON.stringify(JSON.parse(fixture('v2-finished-course.json'))));
  });

  it('writes only base64url characters after its prefix', () => {
    const code = encodeCompact(finishedCourse());

    expect(code.startsWith(COMPACT_PREFIX)).toBe(true);
    expect(code.slice(COMPACT_PREFIX.length)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('gives back every valid document exactly (property)', () => {
    fc.assert(
      fc.property(progressArbitrary, (progress) => {
        expect(decodeCompact(encodeCompact(progress))).toEqual({ kind: 'ok', progress });
      }),
      { numRuns: 150 },
    );
  });

  it('accepts a text exactly when it is a real code, and then gives back the document inside (property)', () => {
    fc.assert(
      fc.property(codeCandidateArbitrary, (text) => {
        const inside = readWithZlib(text);
        const expected = inside === null ? null : decodeProgress(inside);

        const decoded = decodeCompact(text);

        if (expected === null || expected.kind === 'corrupt') expect(decoded.kind).toBe('corrupt');
        else expect(decoded).toEqual(expected);
        if (decoded.kind === 'ok') {
          expect(decodeCompact(encodeCompact(decoded.progress))).toEqual(decoded);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('migrates a version 1 document inside a code', () => {
    const v1 = { ...emptyProgress(T0), version: 1, polls: { 'poll-1': 'yes' } };
    const code = encodeCompact(v1 as unknown as Progress);

    expect(decodeCompact(code)).toEqual({
      kind: 'ok',
      progress: { ...emptyProgress(T0), polls: { 'poll-1': 'yes' } },
    });
  });

  it('refuses, with its length, a document that does not fit, never cutting it short', () => {
    let progress = emptyProgress(T0);
    // Six reflections at the longest allowed, of text that does not compress.
    for (let i = 0; i < 6; i += 1) {
      const noise = Array.from({ length: LIMITS.reflectionLength }, (_, j) =>
        String.fromCharCode(0x4e00 + ((j * 7919 + i * 104729) % 20000)),
      ).join('');
      progress = setReflection(progress, `r${i}`, noise);
    }

    const fit = fitCompact(progress);

    expect(fit.kind).toBe('too-large');
    if (fit.kind === 'too-large') {
      expect(fit.length).toBe(encodeCompact(progress).length);
      expect(fit.limit).toBe(SUSPEND_DATA_LIMIT);
    }
  });
});

describe('compactStorage', () => {
  it('stores the compact code and gives the store back its document', () => {
    const inner = memoryStorage();
    const store = createProgressStore(compactStorage(inner), () => T0);

    store.update((p) => answerPoll(p, 'poll-1', 'yes'));

    expect(inner.read()!.startsWith(COMPACT_PREFIX)).toBe(true);
    expect(createProgressStore(compactStorage(inner), () => T0).getSnapshot()).toEqual(store.getSnapshot());
  });

  it('keeps progress in memory and reports it unsaved when the code would be too long', () => {
    const inner = memoryStorage();
    const store = createProgressStore(compactStorage(inner, 60), () => T0);

    store.update((p) => setReflection(p, 'r1', 'A reflection far too long for sixty characters of storage.'));

    expect(inner.read()).toBeNull();
    expect(store.getSnapshot().reflections.r1).toMatch(/^A reflection/);
    expect(store.status().problem?.kind).toBe('write-failed');
    expect(() => compactStorage(inner, 60).write(encodeProgress(store.getSnapshot()))).toThrow(
      CompactTooLargeError,
    );
  });

  it('hands unreadable stored text to the store as it is, which keeps it aside', () => {
    const inner = memoryStorage(`${COMPACT_PREFIX}not*base64`);
    const store = createProgressStore(compactStorage(inner), () => T0);

    store.getSnapshot();

    expect(inner.keptAside).toEqual([`${COMPACT_PREFIX}not*base64`]);
    expect(store.status().problem?.kind).toBe('corrupt');
  });
});
