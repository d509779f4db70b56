import { describe, expect, it } from 'vitest';
import { checkAssignmentInput, isOnTime } from './assignment';
import { assignmentInput } from './testing';

const TODAY = '2026-12-01';

describe('checkAssignmentInput', () => {
  it('accepts a complete form and cleans its text as it will be shown', () => {
    const result = checkAssignmentInput(
      { ...assignmentInput(), course: '  Clerkship   IM  ', due: '2026-12-15' },
      TODAY,
    );
    expect(result).toEqual({
      ok: true,
      input: { ...assignmentInput(), course: 'Clerkship IM', due: '2026-12-15' },
    });
  });

  it('treats an empty due date as none', () => {
    const result = checkAssignmentInput({ ...assignmentInput(), due: '' }, TODAY);
    expect(result.ok && 'due' in result.input).toBe(false);
  });

  it('keeps the required lessons in course order, whatever order they came in', () => {
    const result = checkAssignmentInput(
      { ...assignmentInput(), lessons: ['is-it-ethical', 'the-study'] },
      TODAY,
    );
    expect(result.ok && result.input.lessons).toEqual(['the-study', 'is-it-ethical']);
  });

  it.each([
    [{ passMarkPct: 49 }, 'passMarkPct', 'The pass mark must be a whole number from 50 to 100.'],
    [{ passMarkPct: 101 }, 'passMarkPct', 'The pass mark must be a whole number from 50 to 100.'],
    [{ passMarkPct: 72.5 }, 'passMarkPct', 'The pass mark must be a whole number from 50 to 100.'],
    [{ passMarkPct: '80' }, 'passMarkPct', 'The pass mark must be a whole number from 50 to 100.'],
    [{ due: '2026-11-30' }, 'due', 'The due date is in the past; choose December 1, 2026 or later.'],
    [{ due: '2026-02-30' }, 'due', 'The due date must be a date (YYYY-MM-DD), or left empty.'],
    [
      { due: '2027-12-02' },
      'due',
      'A link works for one year, so the due date can be December 1, 2027 at the latest.',
    ],
    [{ lessons: [] }, 'lessons', 'Choose at least one lesson.'],
    [{ lessons: ['the-study', 'astrology'] }, 'lessons', 'Unknown lesson: astrology.'],
    [{ course: '   ' }, 'course', 'Enter the course name learners will see.'],
    [{ course: 'x'.repeat(121) }, 'course', 'The course name is 121 characters long; it can be at most 120.'],
    [
      { educatorName: 'Dr.\u202EEvil' },
      'educatorName',
      'Your name contains a control character (such as a tab, line break or direction mark). Remove it.',
    ],
    [{ course: 'หลักสูตร' }, 'course', expect.stringMatching(/^Certificates cannot print ห/)],
    [{ shareAttitudes: 'yes' }, 'shareAttitudes', expect.stringContaining('true or false')],
  ])('refuses %j with a message on its field', (change, field, message) => {
    const result = checkAssignmentInput({ ...assignmentInput(), ...change }, TODAY);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[field as keyof typeof result.errors]).toEqual(message);
  });

  it('accepts a due date of today and the last day of a link’s life', () => {
    expect(checkAssignmentInput({ ...assignmentInput(), due: TODAY }, TODAY).ok).toBe(true);
    expect(checkAssignmentInput({ ...assignmentInput(), due: '2027-12-01' }, TODAY).ok).toBe(true);
  });

  it('names unknown fields and refuses a body that is not an object', () => {
    const extra = checkAssignmentInput({ ...assignmentInput(), price: 3 }, TODAY);
    expect(!extra.ok && extra.errors.form).toMatch(/^Unknown field: price\./);
    const notObject = checkAssignmentInput(['course'], TODAY);
    expect(!notObject.ok && notObject.errors.form).toBe(
      'Send the assignment as a JSON object of its fields.',
    );
  });

  it('keeps names in any script', () => {
    const result = checkAssignmentInput(
      { ...assignmentInput(), educatorName: '王小明', course: 'Клиническая практика' },
      TODAY,
    );
    expect(result.ok && [result.input.educatorName, result.input.course]).toEqual([
      '王小明',
      'Клиническая практика',
    ]);
  });
});

describe('isOnTime', () => {
  it('counts a certificate on the due day as on time, the day after as late', () => {
    expect(isOnTime('2026-12-15', '2026-12-15')).toBe(true);
    expect(isOnTime('2026-12-16', '2026-12-15')).toBe(false);
    expect(isOnTime('2030-01-01', undefined)).toBe(true);
  });
});
