import * as z from 'zod/mini';
import { MAX_TOKEN_LENGTH, TOKEN_PATTERN } from '@/lib/assignments/claims';

/**
 * The learner's progress, schema version 3. Kept in the browser only. Answers are kept by id and option
 * index or value, never as copies of question text.
 *
 * Any change to this shape bumps `CURRENT_VERSION` (the objects are strict: a v1 document with a key
 * this code does not know is unreadable, not silently trimmed), and `decodeProgress` grows a migration
 * from the older versions.
 */
export const CURRENT_VERSION = 3;

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

export interface Progress {
  version: 3;
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

const Id = z.string().check(z.maxLength(LIMITS.idLength), z.regex(ID_PATTERN));
const IsoTime = z.iso.datetime();

function boundedRecord<V extends z.core.SomeType>(value: V) {
  return z
    .record(Id, value)
    .check(
      z.refine((record) => Object.keys(record).length <= LIMITS.entries, `At most ${LIMITS.entries} entries`),
    );
}

export const LessonProgressSchema = z.strictObject({
  status: z.enum(['started', 'completed']),
  lastSection: z.optional(Id),
  updatedAt: IsoTime,
});

const Percent = z.int().check(z.minimum(0), z.maximum(100));

const FinalCheckSchema = z.strictObject({
  attempts: z.int().check(z.minimum(1), z.maximum(10_000)),
  answers: boundedRecord(z.int().check(z.minimum(0), z.maximum(LIMITS.optionIndex))),
  scorePct: Percent,
  passed: z.boolean(),
  submittedAt: IsoTime,
  firstPass: z.optional(z.strictObject({ scorePct: Percent, at: IsoTime })),
});

/** Version 1 exactly as it was shipped: read only to migrate it. */
const ProgressV1Schema = z.strictObject({
  version: z.literal(1),
  updatedAt: IsoTime,
  role: z.nullable(z.enum(ROLES)),
  lessons: boundedRecord(LessonProgressSchema),
  polls: boundedRecord(Id),
  checks: boundedRecord(z.int().check(z.minimum(0), z.maximum(LIMITS.optionIndex))),
  reflections: boundedRecord(z.string().check(z.maxLength(LIMITS.reflectionLength))),
  lastVisited: z.optional(z.strictObject({ lesson: Id, section: z.optional(Id) })),
});

const ProgressV2Schema = z.strictObject({
  ...ProgressV1Schema.shape,
  version: z.literal(2),
  finalCheck: z.optional(FinalCheckSchema),
});

export const ProgressSchema = z.strictObject({
  ...ProgressV2Schema.shape,
  version: z.literal(CURRENT_VERSION),
  assignment: z.optional(
    z.strictObject({
      token: z.string().check(z.maxLength(MAX_TOKEN_LENGTH), z.regex(TOKEN_PATTERN)),
      openedAt: IsoTime,
    }),
  ),
});

/** Each older version's schema and the step that lifts a valid document of it one version up. */
const MIGRATIONS: Readonly<Record<number, { schema: z.ZodMiniType; up: (doc: never) => unknown }>> = {
  // v2 added the final check; a v1 document simply has none yet.
  1: { schema: ProgressV1Schema, up: (doc: z.infer<typeof ProgressV1Schema>) => ({ ...doc, version: 2 }) },
  // v3 added the assignment link; a v2 document has none.
  2: { schema: ProgressV2Schema, up: (doc: z.infer<typeof ProgressV2Schema>) => ({ ...doc, version: 3 }) },
};

// The hand-written types above and the schema must describe the same documents.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesTypes: Same<z.infer<typeof ProgressSchema>, Progress> = true;
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
  // zod drops a `__proto__` key silently; such a document was not written by this module.
  if (protoKey) return { kind: 'corrupt', reason: 'A key is __proto__' };
  const migrated = migrate(data);
  if (migrated.kind === 'corrupt') return migrated;
  const parsed = ProgressSchema.safeParse(migrated.data);
  if (!parsed.success) return { kind: 'corrupt', reason: z.prettifyError(parsed.error) };
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
      return { kind: 'corrupt', reason: `Version ${version}: ${z.prettifyError(parsed.error)}` };
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
