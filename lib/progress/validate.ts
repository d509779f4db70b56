/*
 * A small validator for JSON documents, enough for the progress schema: strict objects, bounded records,
 * strings, integers, booleans, literals and enums. The progress store is on every page, so it cannot carry
 * a general validation library (zod/mini alone is about 20 kB gzip of every route's JavaScript).
 *
 * A schema checks a value and returns a fresh copy of it (objects and records rebuilt with only the keys
 * the schema knows), or records why not. Every problem is collected, each with the path where it is.
 */

/** One problem, where it is (`lessons.intro.status`; '' for the document itself) and what is wrong. */
export interface Issue {
  path: string;
  message: string;
}

export type SafeParseResult<T> = { success: true; data: T } | { success: false; issues: Issue[] };

const INVALID: unique symbol = Symbol('invalid');
type Invalid = typeof INVALID;

export interface Schema<T> {
  /** Checks `value`: a fresh copy when valid, else INVALID after adding at least one issue. */
  readonly check: (value: unknown, path: string, issues: Issue[]) => T | Invalid;
  /** Checks a whole value; never throws. */
  safeParse(value: unknown): SafeParseResult<T>;
}

/** The type of the values a schema accepts. */
export type Infer<S> = S extends Schema<infer T> ? T : never;

/** A field an object may leave out (see `object`). */
export interface Optional<T> {
  readonly optional: Schema<T>;
}

export type Shape = { readonly [key: string]: Schema<unknown> | Optional<unknown> };

type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends Optional<unknown> ? K : never }[keyof S];
type Flatten<T> = { [K in keyof T]: T[K] } & {};

/** The type of the objects `object(shape)` accepts. */
export type ObjectOf<S extends Shape> = Flatten<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & {
    [K in OptionalKeys<S>]?: S[K] extends Optional<infer T> ? T : never;
  }
>;

function schema<T>(check: Schema<T>['check']): Schema<T> {
  return {
    check,
    safeParse(value) {
      const issues: Issue[] = [];
      const data = check(value, '', issues);
      return data === INVALID ? { success: false, issues } : { success: true, data };
    },
  };
}

function fail(issues: Issue[], path: string, message: string): Invalid {
  issues.push({ path, message });
  return INVALID;
}

function at(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.length <= 30 ? JSON.stringify(value) : 'a longer string';
  if (typeof value === 'object') return 'an object';
  return typeof value === 'number' || typeof value === 'boolean' ? JSON.stringify(value) : typeof value;
}

/** Issues as one line each, for a reason to keep or log: `lessons.intro.status: expected …`. */
export function formatIssues(issues: readonly Issue[]): string {
  return issues.map((issue) => `${issue.path || '(document)'}: ${issue.message}`).join('\n');
}

/** A plain object such as JSON.parse makes (not an array, a Date or a class instance). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

export function string(checks: { maxLength?: number; pattern?: RegExp; patternName?: string } = {}) {
  const { maxLength, pattern, patternName = 'the expected format' } = checks;
  return schema<string>((value, path, issues) => {
    if (typeof value !== 'string') return fail(issues, path, `expected a string, got ${kindOf(value)}`);
    if (maxLength !== undefined && value.length > maxLength) {
      return fail(issues, path, `longer than ${maxLength} characters`);
    }
    if (pattern && !pattern.test(value)) return fail(issues, path, `not ${patternName}`);
    return value;
  });
}

/** A whole number (a safe integer) from `min` to `max`. */
export function integer(min: number, max: number) {
  return schema<number>((value, path, issues) => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
      return fail(issues, path, `expected a whole number, got ${kindOf(value)}`);
    }
    if (value < min || value > max) return fail(issues, path, `expected ${min} to ${max}, got ${value}`);
    return value;
  });
}

export const boolean = schema<boolean>((value, path, issues) =>
  typeof value === 'boolean' ? value : fail(issues, path, `expected true or false, got ${kindOf(value)}`),
);

export function literal<const T extends string | number>(expected: T) {
  return schema<T>((value, path, issues) =>
    value === expected
      ? expected
      : fail(issues, path, `expected ${JSON.stringify(expected)}, got ${kindOf(value)}`),
  );
}

export function oneOf<const T extends string>(options: readonly T[]) {
  return schema<T>((value, path, issues) =>
    (options as readonly unknown[]).includes(value)
      ? (value as T)
      : fail(issues, path, `expected one of ${options.join(', ')}, got ${kindOf(value)}`),
  );
}

const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?Z$/;

/** Days in a month of the proleptic Gregorian calendar (`month` 1–12). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * A UTC time as `Date.prototype.toISOString` writes it (RFC 3339 with `Z`; seconds required, any
 * fraction), on a day that exists.
 */
export const isoTime = schema<string>((value, path, issues) => {
  if (typeof value !== 'string') return fail(issues, path, `expected an ISO time, got ${kindOf(value)}`);
  const match = ISO_TIME.exec(value);
  const [year, month, day] = match ? match.slice(1, 4).map(Number) : [];
  if (
    year === undefined ||
    month === undefined ||
    day === undefined ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month)
  ) {
    return fail(issues, path, 'not an ISO time such as 2026-03-02T14:05:00.000Z');
  }
  return value;
});

export function nullable<T>(inner: Schema<T>) {
  return schema<T | null>((value, path, issues) =>
    value === null ? null : inner.check(value, path, issues),
  );
}

export function optional<T>(inner: Schema<T>): Optional<T> {
  return { optional: inner };
}

/**
 * A strict object: every key of `shape` (an `optional` one may be missing or undefined, and is then left
 * out of the copy), and no other key.
 */
export function object<const S extends Shape>(shape: S): Schema<ObjectOf<S>> & { shape: S } {
  const checker = schema<ObjectOf<S>>((value, path, issues) => {
    if (!isPlainObject(value)) return fail(issues, path, `expected an object, got ${kindOf(value)}`);
    const out: Record<string, unknown> = {};
    let valid = true;
    for (const key of Object.keys(value)) {
      if (Object.hasOwn(shape, key)) continue;
      fail(issues, at(path, key), 'not a known field');
      valid = false;
    }
    for (const [key, field] of Object.entries(shape)) {
      const given = Object.hasOwn(value, key) ? value[key] : undefined;
      if ('optional' in field) {
        if (given === undefined) continue;
        const checked = field.optional.check(given, at(path, key), issues);
        if (checked === INVALID) valid = false;
        else out[key] = checked;
      } else if (given === undefined) {
        fail(issues, at(path, key), 'missing');
        valid = false;
      } else {
        const checked = field.check(given, at(path, key), issues);
        if (checked === INVALID) valid = false;
        else out[key] = checked;
      }
    }
    return valid ? (out as ObjectOf<S>) : INVALID;
  });
  return { ...checker, shape };
}

/** An object used as a map: at most `maxEntries` keys, each checked by `key`, each value by `value`. */
export function record<V>(key: Schema<string>, value: Schema<V>, maxEntries: number) {
  return schema<Record<string, V>>((input, path, issues) => {
    if (!isPlainObject(input)) return fail(issues, path, `expected an object, got ${kindOf(input)}`);
    const keys = Object.keys(input);
    if (keys.length > maxEntries) return fail(issues, path, `more than ${maxEntries} entries`);
    const out: Record<string, V> = {};
    let valid = true;
    for (const k of keys) {
      const where = at(path, k);
      // Assigning it would set the copy's prototype; no document of this module has such a key.
      const checkedKey =
        k === '__proto__' ? fail(issues, where, 'not an allowed key') : key.check(k, where, issues);
      const checked = value.check(input[k], where, issues);
      if (checkedKey === INVALID || checked === INVALID) valid = false;
      else out[checkedKey] = checked;
    }
    return valid ? out : INVALID;
  });
}
