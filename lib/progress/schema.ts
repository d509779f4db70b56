import { MAX_TOKEN_LENGTH, TOKEN_PATTERN } from '@/lib/assignments/limits';
import * as v from './validate';

/**
 * The learner's progress, schema version 4. Kept in the browser only. Answers are kept by id and option
 * index or value, never as copies of question text.
 *
 * Any change to this shape bumps `CURRENT_VERSION` (the objects are strict: a v1 document with a key
 * this code does not know is unreadable, not silently trimmed). For version 5, say:
 * 1. set `CURRENT_VERSION = 5`, and change `Progress` (`version: 5`, the new field);
 * 2. add `V5_FIELDS = { ...V4_FIELDS, version: v.literal(5), newField: v.optional(…) }` below, point
 *    `ProgressSchema` at it and keep `v.object(V4_FIELDS)` as the version 4 schema;
 * 3. add the migration `4: { schema: <the version 4 schema>, up: (doc) => ({ ...doc, version: 5 }) }`;
 * 4. add a fixture of a version 4 document to `fixtures/` (`v4-….json`).
 * The type check below fails until the interface and the schema agree.
 */
export const CURRENT_VERSION = 4;

export type Role = 'MS' | 'RP' | 'PP' | 'other';
export type LessonStatus = 'started' | 'completed';

export interface LessonProgress {
  status: LessonStatus;
  lastSection?: string;
  /** ISO time of the last change to this lesson's entry (stamped by the store). */
  updatedAt: string;
}

/** The final check: the last submitted attempt, and whether the learner has ever passed. */
export interface FinalCheckProgress {
  /** How many attempts were submitted. */
  attempts: number;
  /** The last attempt's answers: question id -> index of the chosen option in the question's own order. */
  answers: Record<string, number>;
  /** The last attempt's score, whole percent. */
  scorePct: number;
  passed: boolean;
  /** ISO time the last attempt was submitted. */
  submittedAt: string;
  /** The first passing attempt, which completes the module: its score and time. */
  firstPass?: { scorePct: number; at: string };
}

/** The assignment link the learner opened (added in version 3). */
export interface StoredAssignment {
  /** The link's signed token, verified when it was opened and again by the server when it signs. */
  token: string;
  /** ISO time the learner opened it. */
  openedAt: string;
}

/**
 * The knowledge pre-check on the start page (added in version 4): asked once, before any lesson, and not
 * counted. Answers as the final check keeps them: item id -> the chosen option's index in the bank.
 */
export interface PrecheckProgress {
  /** Empty when the learner skipped it. */
  answers: Record<string, number>;
  /** ISO time it was answered or skipped. */
  at: string;
}

export interface Progress {
  version: 4;
  /** ISO time of the last change (stamped by the store). */
  updatedAt: string;
  role: Role | null;
  /** By lesson slug. */
  lessons: Record<string, LessonProgress>;
  /** Poll question id -> chosen option value (e.g. 'yes'). */
  polls: Record<string, string>;
  /** Knowledge-check question id -> chosen option index. */
  checks: Record<string, number>;
  /** Reflection id -> the learner's text. */
  reflections: Record<string, string>;
  /** For "continue where you left off". */
  lastVisited?: { lesson: string; section?: string };
  /** Added in version 2. */
  finalCheck?: FinalCheckProgress;
  /** Added in version 3. */
  assignment?: StoredAssignment;
  /** Added in version 4. */
  precheck?: PrecheckProgress;
}

export const ROLES = ['MS', 'RP', 'PP', 'other'] as const satisfies readonly Role[];

export const LIMITS = {
  /** Longest id (lesson slug, section id, question id, poll value, reflection id). */
  idLength: 80,
  /** Most entries in each of `lessons`, `polls`, `checks` and `reflections`. */
  entries: 200,
  /** Longest reflection, in UTF-16 code units (`string.length`). */
  reflectionLength: 5000,
  /** Highest knowledge-check option index. */
  optionIndex: 99,
} as const;

/**
 * Ids: lowercase letters, digits and `: / _ -`, starting with a letter or digit (so that no id can be
 * `__proto__`), at most `LIMITS.idLength` characters.
 */
export const ID_PATTERN = /^[a-z0-9][a-z0-9:/_-]*$/;

export function isValidId(value: string): boolean {
  return value.length <= LIMITS.idLength && ID_PATTERN.test(value);
}

const Id = v.string({
  maxLength: LIMITS.idLength,
  pattern: ID_PATTERN,
  patternName: 'an id (a-z, 0-9, : / _ -)',
});
const OptionIndex = v.integer(0, LIMITS.optionIndex);
const Percent = v.integer(0, 100);

function boundedRecord<V>(value: v.Schema<V>) {
  return v.record(Id, value, LIMITS.entries);
}

export const LessonProgressSchema = v.object({
  status: v.oneOf(['started', 'completed']),
  lastSection: v.optional(Id),
  updatedAt: v.isoTime,
});

const FinalCheckSchema = v.object({
  attempts: v.integer(1, 10_000),
  answers: boundedRecord(OptionIndex),
  scorePct: Percent,
  passed: v.boolean,
  submittedAt: v.isoTime,
  firstPass: v.optional(v.object({ scorePct: Percent, at: v.isoTime })),
});

/*
 * Each version's fields, as that version wrote them. A new version spreads the previous one's fields,
 * changes `version` and adds (or replaces) what it changed; the version before it then becomes a
 * migration below.
 */

/** Version 1 exactly as it was shipped: read only to migrate it. */
const V1_FIELDS = {
  version: v.literal(1),
  updatedAt: v.isoTime,
  role: v.nullable(v.oneOf(ROLES)),
  lessons: boundedRecord(LessonProgressSchema),
  polls: boundedRecord(Id),
  checks: boundedRecord(OptionIndex),
  reflections: boundedRecord(v.string({ maxLength: LIMITS.reflectionLength })),
  lastVisited: v.optional(v.object({ lesson: Id, section: v.optional(Id) })),
};

/** Version 2 added the final check. */
const V2_FIELDS = {
  ...V1_FIELDS,
  version: v.literal(2),
  finalCheck: v.optional(FinalCheckSchema),
};

/** Version 3 added the assignment link the learner opened. */
const V3_FIELDS = {
  ...V2_FIELDS,
  version: v.literal(3),
  assignment: v.optional(
    v.object({
      token: v.string({
        maxLength: MAX_TOKEN_LENGTH,
        pattern: TOKEN_PATTERN,
        patternName: 'a signed token (three base64url parts)',
      }),
      openedAt: v.isoTime,
    }),
  ),
};

/** Version 4 added the knowledge pre-check. */
const V4_FIELDS = {
  ...V3_FIELDS,
  version: v.literal(4),
  precheck: v.optional(v.object({ answers: boundedRecord(OptionIndex), at: v.isoTime })),
};

const ProgressV1Schema = v.object(V1_FIELDS);
const ProgressV2Schema = v.object(V2_FIELDS);
const ProgressV3Schema = v.object(V3_FIELDS);

/** The current version. */
export const ProgressSchema = v.object(V4_FIELDS);

/**
 * Each older version's schema and the step that lifts a valid document of it one version up. Steps run
 * in turn (1 → 2 → …), each on a document its schema has checked.
 */
const MIGRATIONS: Readonly<Record<number, { schema: v.Schema<unknown>; up: (doc: never) => unknown }>> = {
  // v2 added the final check; a v1 document simply has none yet.
  1: { schema: ProgressV1Schema, up: (doc: v.Infer<typeof ProgressV1Schema>) => ({ ...doc, version: 2 }) },
  // v3 added the assignment link; a v2 document has none.
  2: { schema: ProgressV2Schema, up: (doc: v.Infer<typeof ProgressV2Schema>) => ({ ...doc, version: 3 }) },
  // v4 added the knowledge pre-check; a v3 document has none (and, its lessons begun, is not offered one).
  3: { schema: ProgressV3Schema, up: (doc: v.Infer<typeof ProgressV3Schema>) => ({ ...doc, version: 4 }) },
};

// The hand-written types above and the schema must describe the same documents.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesTypes: Same<v.Infer<typeof ProgressSchema>, Progress> = true;
void schemaMatchesTypes;

export function emptyProgress(now: string = new Date().toISOString()): Progress {
  return {
    version: CURRENT_VERSION,
    updatedAt: now,
    role: null,
    lessons: {},
    polls: {},
    checks: {},
    reflections: {},
  };
}

export type DecodeResult =
  | { kind: 'ok'; progress: Progress }
  | { kind: 'newer-version'; version: number }
  | { kind: 'corrupt'; reason: string };

/**
 * Reads stored text. Never throws: text that is not JSON or not a valid document is 'corrupt'; a
 * document whose integer `version` is above `CURRENT_VERSION` is 'newer-version' (whatever else it
 * holds, since a newer module may have changed the shape).
 */
export function decodeProgress(text: string): DecodeResult {
  let data: unknown;
  let protoKey = false;
  try {
    data = JSON.parse(text, (key, value: unknown) => {
      if (key === '__proto__') protoKey = true;
      return value;
    });
  } catch {
    return { kind: 'corrupt', reason: 'Not JSON' };
  }
  if (typeof data === 'object' && data !== null && !Array.isArray(data) && Object.hasOwn(data, 'version')) {
    const version = (data as { version: unknown }).version;
    if (typeof version === 'number' && Number.isInteger(version) && version > CURRENT_VERSION) {
      return { kind: 'newer-version', version };
    }
  }
  // No document this module writes has a `__proto__` key, at any depth.
  if (protoKey) return { kind: 'corrupt', reason: 'A key is __proto__' };
  const migrated = migrate(data);
  if (migrated.kind === 'corrupt') return migrated;
  const parsed = ProgressSchema.safeParse(migrated.data);
  if (!parsed.success) return { kind: 'corrupt', reason: v.formatIssues(parsed.issues) };
  return { kind: 'ok', progress: parsed.data };
}

/** Lifts a document of an older version, validated at each step, to the current version. */
function migrate(data: unknown): { kind: 'ok'; data: unknown } | { kind: 'corrupt'; reason: string } {
  let doc = data;
  for (;;) {
    const version =
      typeof doc === 'object' && doc !== null ? (doc as { version?: unknown }).version : undefined;
    const step =
      typeof version === 'number' && Object.hasOwn(MIGRATIONS, version) ? MIGRATIONS[version] : undefined;
    if (!step) return { kind: 'ok', data: doc };
    const parsed = step.schema.safeParse(doc);
    if (!parsed.success) {
      return { kind: 'corrupt', reason: `Version ${version}: ${v.formatIssues(parsed.issues)}` };
    }
    doc = step.up(parsed.data as never);
  }
}

export function encodeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}

/** Freezes a progress document and everything in it, so that a shared snapshot cannot be changed. */
export function freezeProgress<T extends Progress>(progress: T): T {
  deepFreeze(progress);
  return progress;
}

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}
