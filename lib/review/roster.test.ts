import { beforeAll, describe, expect, it } from 'vitest';
import type { SigningKey } from '@/lib/signing/jws';
import { newSigningKey } from '@/lib/signing/testing';
import type { Verification } from '@/lib/verify/types';
import {
  assignmentGroups,
  buildRoster,
  duplicateNote,
  filterRoster,
  summarise,
  type CheckedInput,
} from './roster';
import { assignmentToken, certificate } from './testing';

let key: SigningKey;
let clerkship: { token: string; id: string };
let seminar: { token: string; id: string };
let undated: { token: string; id: string };

beforeAll(async () => {
  key = await newSigningKey();
  clerkship = await assignmentToken(key, { course: 'Clerkship, block 3', due: '2026-12-15' });
  seminar = await assignmentToken(key, { course: 'Ethics seminar', due: '2026-12-01' });
  undated = await assignmentToken(key, { course: 'Ethics seminar' });
});

const tampered: Verification = {
  valid: false,
  reason: 'tampered',
  message: 'The signature does not match the content.',
};

const inputs = (...results: Verification[]): CheckedInput[] =>
  results.map((result, i) => ({ source: `file-${i + 1}.json`, result }));

describe('buildRoster', () => {
  it('makes one row per input, in order, numbered from 1, and keeps the verifier’s reason for an invalid one', async () => {
    const ana = await certificate(key, { name: 'Ana Lima', now: '2026-12-01T10:00:00Z' });
    const rows = buildRoster(inputs(ana.credential, tampered));
    expect(rows.map((r) => [r.row, r.source, r.result.valid])).toEqual([
      [1, 'file-1.json', true],
      [2, 'file-2.json', false],
    ]);
    expect(rows[1]!.result).toEqual(tampered);
    expect(rows[1]!.timing).toBeUndefined();
    expect(rows[1]!.group).toBe('not-valid');
  });

  it('says on time up to and including the due day, late after it, and no due date without one', async () => {
    const onTheDay = await certificate(key, {
      name: 'Ana Lima',
      now: '2026-12-15T23:59:00Z',
      assignment: clerkship.token,
    });
    const dayAfter = await certificate(key, {
      name: 'Дмитрий Иванов',
      now: '2026-12-16T00:01:00Z',
      assignment: clerkship.token,
    });
    const noDue = await certificate(key, {
      name: '王小明',
      now: '2027-03-01T09:00:00Z',
      assignment: undated.token,
    });
    const noAssignment = await certificate(key, { name: 'محمد', now: '2026-12-20T09:00:00Z' });
    const rows = buildRoster(
      inputs(onTheDay.credential, dayAfter.credential, noDue.credential, noAssignment.credential),
    );
    expect(rows.map((r) => r.timing)).toEqual(['on-time', 'late', 'no-due-date', 'no-due-date']);
    expect(rows.map((r) => r.group)).toEqual([
      `assignment:${clerkship.id}`,
      `assignment:${clerkship.id}`,
      `assignment:${undated.id}`,
      'no-assignment',
    ]);
  });

  it('reads the due date from a QR code’s printed claims too', async () => {
    const late = await certificate(key, {
      name: 'Ana Lima',
      now: '2026-12-02T09:00:00Z',
      assignment: seminar.token,
    });
    expect(buildRoster(inputs(late.printed))[0]).toMatchObject({ timing: 'late' });
  });

  it('flags the same certificate twice, and says which rows', async () => {
    const ana = await certificate(key, { name: 'Ana Lima', now: '2026-12-01T10:00:00Z' });
    const other = await certificate(key, { name: 'José Ñúñez', now: '2026-12-01T10:00:00Z' });
    const rows = buildRoster(inputs(ana.credential, other.credential, ana.credential, ana.credential));
    expect(rows.map((r) => r.sameCertificateAs)).toEqual([[3, 4], [], [1, 4], [1, 3]]);
    expect(rows.map((r) => r.repeat)).toEqual([false, false, true, true]);
    expect(duplicateNote(rows[0]!)).toBe('Same certificate as rows 3 and 4');
    expect(duplicateNote(rows[1]!)).toBeUndefined();
    expect(summarise(rows)).toMatchObject({ checked: 4, valid: 4, duplicates: 2 });
  });

  it('flags the same learner for the same assignment with another certificate or its QR code', async () => {
    const first = await certificate(key, {
      name: 'Ana Lima',
      now: '2026-12-01T10:00:00Z',
      assignment: clerkship.token,
    });
    const again = await certificate(key, {
      name: '  ana   LIMA ',
      now: '2026-12-03T10:00:00Z',
      assignment: clerkship.token,
    });
    const elsewhere = await certificate(key, {
      name: 'Ana Lima',
      now: '2026-12-01T10:00:00Z',
      assignment: seminar.token,
    });
    const rows = buildRoster(
      inputs(first.credential, again.credential, elsewhere.credential, first.printed, first.credential),
    );
    expect(rows.map((r) => r.sameLearnerAs)).toEqual([[2, 4], [1, 4, 5], [], [1, 2, 5], [2, 4]]);
    expect(rows.map((r) => r.sameCertificateAs)).toEqual([[5], [], [], [], [1]]);
    expect(duplicateNote(rows[0]!)).toBe(
      'Same certificate as row 5; same name and assignment as rows 2 and 4',
    );
    expect(duplicateNote(rows[2]!)).toBeUndefined();
    expect(summarise(rows).duplicates).toBe(3);
  });

  it('compares no invalid certificate with anything', async () => {
    const rows = buildRoster(inputs(tampered, tampered));
    expect(rows.map((r) => [r.sameCertificateAs, r.sameLearnerAs, r.repeat])).toEqual([
      [[], [], false],
      [[], [], false],
    ]);
  });
});

describe('summarise', () => {
  it('counts valid, invalid, late and repeated rows', async () => {
    const late = await certificate(key, {
      name: 'Ana Lima',
      now: '2026-12-20T10:00:00Z',
      assignment: clerkship.token,
    });
    const rows = buildRoster(inputs(late.credential, late.printed, tampered));
    expect(summarise(rows)).toEqual({ checked: 3, valid: 2, invalid: 1, late: 2, duplicates: 1 });
  });
});

describe('assignmentGroups and filterRoster', () => {
  it('lists each assignment by course, then certificates without one, then the invalid ones', async () => {
    const a = await certificate(key, { name: 'A', now: '2026-12-01T10:00:00Z', assignment: seminar.token });
    const b = await certificate(key, { name: 'B', now: '2026-12-01T10:00:00Z', assignment: clerkship.token });
    const c = await certificate(key, { name: 'C', now: '2026-12-01T10:00:00Z', assignment: clerkship.token });
    const d = await certificate(key, { name: 'D', now: '2026-12-01T10:00:00Z' });
    const rows = buildRoster(inputs(a.credential, tampered, b.credential, d.credential, c.credential));
    expect(assignmentGroups(rows)).toEqual([
      {
        key: `assignment:${clerkship.id}`,
        label: 'Clerkship, block 3',
        assignmentId: clerkship.id,
        course: 'Clerkship, block 3',
        due: '2026-12-15',
        rows: 2,
      },
      {
        key: `assignment:${seminar.id}`,
        label: 'Ethics seminar',
        assignmentId: seminar.id,
        course: 'Ethics seminar',
        due: '2026-12-01',
        rows: 1,
      },
      { key: 'no-assignment', label: 'No assignment', rows: 1 },
      { key: 'not-valid', label: 'Not valid', rows: 1 },
    ]);
    expect(filterRoster(rows, `assignment:${clerkship.id}`).map((r) => r.row)).toEqual([3, 5]);
    expect(filterRoster(rows, 'no-assignment').map((r) => r.row)).toEqual([4]);
    expect(filterRoster(rows, 'not-valid').map((r) => r.row)).toEqual([2]);
    expect(filterRoster(rows, 'all')).toHaveLength(5);
  });

  it('tells two assignments with the same course name apart by their ids', async () => {
    const a = await certificate(key, { name: 'A', now: '2026-11-25T10:00:00Z', assignment: seminar.token });
    const b = await certificate(key, { name: 'B', now: '2026-11-25T10:00:00Z', assignment: undated.token });
    const labels = assignmentGroups(buildRoster(inputs(a.credential, b.credential))).map((g) => g.label);
    expect(labels).toHaveLength(2);
    expect(labels).toContain(`Ethics seminar (assignment ${seminar.id})`);
    expect(labels).toContain(`Ethics seminar (assignment ${undated.id})`);
  });

  it('has no groups for an empty roster', () => {
    expect(assignmentGroups([])).toEqual([]);
  });
});
