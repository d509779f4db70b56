import { describe, expect, it } from 'vitest';

import * as v from './validate';

const Point = v.object({ x: v.integer(0, 10), label: v.optional(v.string({ maxLength: 5 })) });

describe('the progress validator', () => {
  it('returns a copy with only the known keys, and leaves out optional keys that are undefined', () => {
    const input = { x: 3, label: undefined };

    const result = Point.safeParse(input);

    expect(result).toEqual({ success: true, data: { x: 3 } });
    if (result.success) {
      expect(result.data).not.toBe(input);
      expect(Object.hasOwn(result.data, 'label')).toBe(false);
    }
  });

  it('names every problem with its path', () => {
    const Doc = v.object({
      points: v.record(v.string({ pattern: /^[a-z]+$/, patternName: 'a name' }), Point, 3),
    });

    const result = Doc.safeParse({
      points: { a: { x: 11 }, B: { x: 1, extra: true }, c: { label: 'far too long' } },
    });

    expect(result.success).toBe(false);
    if (!result.success) {
      expect(v.formatIssues(result.issues).split('\n')).toEqual([
        'points.a.x: expected 0 to 10, got 11',
        'points.B: not a name',
        'points.B.extra: not a known field',
        'points.c.x: missing',
        'points.c.label: longer than 5 characters',
      ]);
    }
  });

  it('calls a problem with the whole value "(document)"', () => {
    const result = Point.safeParse([]);

    expect(result.success).toBe(false);
    if (!result.success)
      expect(v.formatIssues(result.issues)).toBe('(document): expected an object, got an array');
  });

  it('refuses objects that are not plain (a Date, a class instance) and arrays where objects belong', () => {
    expect(Point.safeParse(new Date()).success).toBe(false);
    expect(
      Point.safeParse(
        new (class {
          x = 1;
        })(),
      ).success,
    ).toBe(false);
    expect(v.record(v.string(), v.boolean, 5).safeParse([true]).success).toBe(false);
    expect(Point.safeParse(Object.assign(Object.create(null) as object, { x: 1 })).success).toBe(true);
  });

  it('refuses a __proto__ key in a record whatever the key schema allows', () => {
    const Flags = v.record(v.string(), v.boolean, 5);
    const input = JSON.parse('{"a": true, "__proto__": true}') as unknown;

    const result = Flags.safeParse(input);

    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.issues).toEqual([{ path: '__proto__', message: 'not an allowed key' }]);
  });

  it('bounds a record by its number of entries', () => {
    const Flags = v.record(v.string(), v.boolean, 2);

    expect(Flags.safeParse({ a: true, b: false }).success).toBe(true);
    expect(Flags.safeParse({ a: true, b: false, c: true }).success).toBe(false);
  });

  it('takes whole numbers only, within bounds', () => {
    const N = v.integer(0, 99);

    expect([0, 99, 5].map((n) => N.safeParse(n).success)).toEqual([true, true, true]);
    expect([-1, 100, 1.5, NaN, Infinity, '1', 2 ** 53].map((n) => N.safeParse(n).success)).toEqual(
      Array(7).fill(false),
    );
  });

  it('takes literals, one of a list, null where nullable, and booleans', () => {
    expect(v.literal(2).safeParse(2).success).toBe(true);
    expect(v.literal(2).safeParse('2').success).toBe(false);
    expect(v.oneOf(['a', 'b']).safeParse('b').success).toBe(true);
    expect(v.oneOf(['a', 'b']).safeParse('c').success).toBe(false);
    expect(v.nullable(v.oneOf(['a'])).safeParse(null)).toEqual({ success: true, data: null });
    expect(v.oneOf(['a']).safeParse(null).success).toBe(false);
    expect(v.boolean.safeParse(0).success).toBe(false);
  });

  it.each([
    ['2026-03-02T14:05:00.000Z', true],
    ['2026-03-02T14:05:00Z', true],
    ['2026-03-02T14:05:00.123456Z', true],
    ['2024-02-29T00:00:00.000Z', true],
    ['2000-02-29T00:00:00.000Z', true],
    ['1900-02-29T00:00:00.000Z', false],
    ['2023-02-29T00:00:00.000Z', false],
    ['2026-04-31T00:00:00.000Z', false],
    ['2026-13-01T00:00:00.000Z', false],
    ['2026-00-01T00:00:00.000Z', false],
    ['2026-01-00T00:00:00.000Z', false],
    ['2026-01-01T24:00:00.000Z', false],
    ['2026-01-01T23:59:60.000Z', false],
    ['2026-01-01T00:00Z', false],
    ['2026-01-01T00:00:00+01:00', false],
    ['2026-01-01T00:00:00', false],
    ['2026-01-01', false],
    ['yesterday', false],
  ])('reads %s as an ISO time: %s', (text, valid) => {
    expect(v.isoTime.safeParse(text).success).toBe(valid);
  });
});
