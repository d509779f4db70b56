import { isOnTime } from '@/lib/assignments/assignment';
import type { ValidCertificate, Verification } from '@/lib/verify/types';

/** One thing the educator gave to check: a file or a pasted code, and what the verifier said of it. */
export interface CheckedInput {
  /** The file's name, or "pasted code 3". */
  source: string;
  result: Verification;
}

/** A valid certificate against its assignment's due date (the certificate's UTC day, due day included). */
export type Timing = 'on-time' | 'late' | 'no-due-date';

/** The assignment filter's groups: one per assignment, certificates without one, and the invalid ones. */
export type GroupKey = `assignment:${string}` | 'no-assignment' | 'not-valid';

export interface RosterRow {
  /** Numbered from 1 in the order the inputs were checked; the CSV and the duplicate notes use it. */
  row: number;
  source: string;
  result: Verification;
  group: GroupKey;
  /** Valid rows only. */
  timing?: Timing;
  /** Other rows holding the same credential (same credential id). */
  sameCertificateAs: number[];
  /** Other rows naming the same learner for the same assignment, with another certificate or its QR code. */
  sameLearnerAs: number[];
  /** An earlier row already lists this learner for this assignment: this row adds no one to the class. */
  repeat: boolean;
}

/** How the review compares names: the way the server prints them (NFC, single spaces), ignoring case. */
export function learnerKey(result: ValidCertificate): string {
  const name = result.name.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
  return `${result.assignment?.id ?? ''}\u0000${name}`;
}

export function timingOf(result: ValidCertificate): Timing {
  const due = result.assignment?.due;
  if (due === undefined) return 'no-due-date';
  return isOnTime(result.date, due) ? 'on-time' : 'late';
}

function groupOf(result: Verification): GroupKey {
  if (!result.valid) return 'not-valid';
  return result.assignment ? `assignment:${result.assignment.id}` : 'no-assignment';
}

/**
 * One row per input, in order, with its timing and the other rows it repeats. Only valid certificates are
 * compared: what an invalid one says about its learner cannot be trusted.
 */
export function buildRoster(inputs: readonly CheckedInput[]): RosterRow[] {
  const rows: RosterRow[] = inputs.map(({ source, result }, index) => ({
    row: index + 1,
    source,
    result,
    group: groupOf(result),
    ...(result.valid ? { timing: timingOf(result) } : {}),
    sameCertificateAs: [],
    sameLearnerAs: [],
    repeat: false,
  }));
  const byCredential = new Map<string, RosterRow[]>();
  const byLearner = new Map<string, RosterRow[]>();
  for (const row of rows) {
    if (!row.result.valid) continue;
    const learner = learnerKey(row.result);
    const seen = byLearner.get(learner) ?? [];
    row.repeat = seen.length > 0;
    byLearner.set(learner, [...seen, row]);
    const id = row.result.credentialId;
    if (id !== undefined) byCredential.set(id, [...(byCredential.get(id) ?? []), row]);
  }
  for (const group of byCredential.values()) {
    for (const row of group) row.sameCertificateAs = group.filter((o) => o !== row).map((o) => o.row);
  }
  for (const group of byLearner.values()) {
    for (const row of group) {
      row.sameLearnerAs = group
        .filter((other) => other !== row && !row.sameCertificateAs.includes(other.row))
        .map((other) => other.row);
    }
  }
  return rows;
}

const rowList = (rows: readonly number[]) =>
  rows.length === 1 ? `row ${rows[0]}` : `rows ${rows.slice(0, -1).join(', ')} and ${rows[rows.length - 1]}`;

/** "Same certificate as row 2; same name and assignment as rows 5 and 7", or undefined. */
export function duplicateNote(row: RosterRow): string | undefined {
  const parts: string[] = [];
  if (row.sameCertificateAs.length > 0) parts.push(`same certificate as ${rowList(row.sameCertificateAs)}`);
  if (row.sameLearnerAs.length > 0) {
    parts.push(`same name and assignment as ${rowList(row.sameLearnerAs)}`);
  }
  if (parts.length === 0) return undefined;
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const TIMING_LABELS: Record<Timing, string> = {
  'on-time': 'On time',
  late: 'Late',
  'no-due-date': 'No due date',
};

export interface RosterSummary {
  checked: number;
  valid: number;
  invalid: number;
  late: number;
  /** Rows that repeat a learner already listed for the same assignment. */
  duplicates: number;
}

export function summarise(rows: readonly RosterRow[]): RosterSummary {
  return {
    checked: rows.length,
    valid: rows.filter((r) => r.result.valid).length,
    invalid: rows.filter((r) => !r.result.valid).length,
    late: rows.filter((r) => r.timing === 'late').length,
    duplicates: rows.filter((r) => r.repeat).length,
  };
}

export interface AssignmentGroup {
  key: GroupKey;
  /** The course name, with the assignment id when two assignments share it. */
  label: string;
  assignmentId?: string;
  course?: string;
  due?: string;
  rows: number;
}

/**
 * The groups the roster can be filtered by: each assignment found (by course name, with its id when two
 * share a name), then certificates without an assignment, then the ones that are not valid.
 */
export function assignmentGroups(rows: readonly RosterRow[]): AssignmentGroup[] {
  const assignments = new Map<string, AssignmentGroup>();
  let none = 0;
  let invalid = 0;
  for (const row of rows) {
    if (!row.result.valid) invalid++;
    else if (!row.result.assignment) none++;
    else {
      const { id, course, due } = row.result.assignment;
      const group = assignments.get(id);
      if (group) group.rows++;
      else {
        assignments.set(id, {
          key: `assignment:${id}`,
          label: course,
          assignmentId: id,
          course,
          ...(due ? { due } : {}),
          rows: 1,
        });
      }
    }
  }
  const found = [...assignments.values()].sort(
    (a, b) => a.label.localeCompare(b.label) || a.assignmentId!.localeCompare(b.assignmentId!),
  );
  const shared = new Set(found.filter((g, i) => found.some((o, j) => i !== j && o.course === g.course)));
  for (const group of shared) group.label = `${group.course} (assignment ${group.assignmentId})`;
  return [
    ...found,
    ...(none > 0 ? [{ key: 'no-assignment' as const, label: 'No assignment', rows: none }] : []),
    ...(invalid > 0 ? [{ key: 'not-valid' as const, label: 'Not valid', rows: invalid }] : []),
  ];
}

/** Every row, or the rows of one group. */
export function filterRoster(rows: readonly RosterRow[], group: GroupKey | 'all'): RosterRow[] {
  return group === 'all' ? [...rows] : rows.filter((row) => row.group === group);
}
