import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { progressArbitrary } from './arbitraries';
import {
  CURRENT_VERSION,
  decodeProgress,
  emptyProgress,
  encodeProgress,
  freezeProgress,
  isValidId,
  LIMITS,
  ProgressSchema,
} from './schema';

const T0 = '2025-01-01T00:00:00.000Z';

describe('progress schema', () => {
  it('accepts an empty progress document', () => {
    const progress = emptyProgress(T0);

    const result = ProgressSchema.safeParse(progress);

    expect(result.success).toBe(true);
    expect(progress).toEqual({
      version: CURRENT_VERSION,
      updatedAt: T0,
      role: null,
      lessons: {},
      polls: {},
      checks: {},
      reflections: {},
    });
  });

  it('round-trips any valid document through JSON and the schema unchanged', () => {
    fc.assert(
      fc.property(progressArbitrary, (progress) => {
        const decoded = decodeProgress(encodeProgress(progress));

        expect(decoded).toEqual({ kind: 'ok', progress });
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['an unknown top-level key', { extra: 1 }],
    ['an unknown role', { role: 'nurse' }],
    ['an id with capitals', { polls: { Poll1: 'yes' } }],
    ['an id of __proto__', { checks: JSON.parse('{"__proto__": 1}') as unknown }],
    ['an id that is too long', { polls: { ['a'.repeat(LIMITS.idLength + 1)]: 'yes' } }],
    ['a negative option index', { checks: { q1: -1 } }],
    ['a fractional option index', { checks: { q1: 1.5 } }],
    ['a reflection that is too long', { reflections: { r1: 'x'.repeat(LIMITS.reflectionLength + 1) } }],
    ['a lesson with an unknown status', { lessons: { intro: { status: 'done', updatedAt: T0 } } }],
    ['a time that is not ISO', { updatedAt: 'yesterday' }],
    [
      'too many entries',
      { polls: Object.fromEntries(Array.from({ length: LIMITS.entries + 1 }, (_, i) => [`p${i}`, 'yes'])) },
    ],
    ['an array for a record', { polls: [] }],
  ])('rejects %s', (_name, patch) => {
    const document = { ...emptyProgress(T0), ...(patch as object) };

    expect(decodeProgress(JSON.stringify(document)).kind).toBe('corrupt');
  });

  it('accepts limits exactly', () => {
    const document = {
      ...emptyProgress(T0),
      polls: Object.fromEntries(Array.from({ length: LIMITS.entries }, (_, i) => [`p${i}`, 'yes'])),
      checks: { ['a'.repeat(LIMITS.idLength)]: LIMITS.optionIndex },
      reflections: { r1: 'x'.repeat(LIMITS.reflectionLength) },
      lastVisited: { lesson: 'intro', section: 'part-1/a:b_c' },
    };

    expect(decodeProgress(JSON.stringify(document)).kind).toBe('ok');
  });

  it('reports text that is not JSON as corrupt', () => {
    expect(decodeProgress('{').kind).toBe('corrupt');
    expect(decodeProgress('').kind).toBe('corrupt');
    expect(decodeProgress('null').kind).toBe('corrupt');
  });

  it('reports an integer version above the current one as newer, whatever the rest holds', () => {
    expect(decodeProgress(JSON.stringify({ version: CURRENT_VERSION + 1, lessons: 'new shape' }))).toEqual({
      kind: 'newer-version',
      version: CURRENT_VERSION + 1,
    });
    expect(decodeProgress(JSON.stringify({ version: 1.5 })).kind).toBe('corrupt');
    expect(decodeProgress(JSON.stringify({ version: '2' })).kind).toBe('corrupt');
  });

  it('tells valid ids from invalid ones', () => {
    expect(['intro', 'lesson-2', 'l2:q1', 'a/b_c', '0'].every(isValidId)).toBe(true);
    expect(['', 'Intro', '_x', '-x', 'a b', 'é', 'a'.repeat(LIMITS.idLength + 1)].some(isValidId)).toBe(
      false,
    );
  });

  it('freezes a document all the way down', () => {
    const progress = freezeProgress({
      ...emptyProgress(T0),
      lessons: { intro: { status: 'started', updatedAt: T0 } },
    });

    expect(Object.isFrozen(progress)).toBe(true);
    expect(Object.isFrozen(progress.lessons)).toBe(true);
    expect(Object.isFrozen(progress.lessons.intro)).toBe(true);
  });
});
