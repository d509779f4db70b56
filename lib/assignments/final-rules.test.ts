import { describe, expect, it } from 'vitest';
import { lessonOrder } from '@/content/lessons/order';
import { finalQuestions, finalSlots } from '@/content/questions/final';
import { answersWithCorrect } from '@/lib/certificates/testing/fixtures';
import { DEFAULT_PASS_MARK_PCT } from '@/lib/grading/grade';
import type { Assignment } from './assignment';
import { finalRules, gradeForm, gradeStoredAttempt, slotsFor } from './final-rules';
import { assignmentInput } from './testing';

const firstItems = (slots: typeof finalSlots) => slots.map((slot) => slot.items[0]!);
const assignment = (overrides: Partial<Assignment>): Assignment => ({
  ...assignmentInput(),
  id: 'AAAAAAAAAAAAAAAA',
  issuedAt: '2026-11-20T09:00:00Z',
  expiresAt: '2027-11-20T09:00:00Z',
  ...overrides,
});

describe('final rules', () => {
  it('are the module’s own without an assignment: every lesson, the default pass mark', () => {
    expect(finalRules(null)).toEqual({ lessons: lessonOrder, passMarkPct: DEFAULT_PASS_MARK_PCT });
  });

  it('ask only the required lessons’ slots, in course order', () => {
    const rules = finalRules(assignment({ lessons: ['the-study', 'guidance-and-practice'] }));
    const asked = slotsFor(finalSlots, rules.lessons);
    expect(new Set(asked.map((slot) => slot.lesson))).toEqual(
      new Set(['the-study', 'guidance-and-practice']),
    );
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.length).toBeLessThan(finalSlots.length);
  });

  it('grade at the assignment’s pass mark, as the server does', () => {
    const answers = answersWithCorrect(finalQuestions, Math.ceil(finalQuestions.length * 0.7));
    const at70 = gradeForm(finalSlots, answers, finalRules(assignment({ passMarkPct: 70 })));
    const atDefault = gradeForm(finalSlots, answers, finalRules(null));
    expect(at70.ok && at70.result.passed).toBe(true);
    expect(atDefault.ok && atDefault.result.passed).toBe(false);
  });

  it('grade exactly the items a form served, whichever item of each slot it drew', () => {
    const second = finalSlots.map((slot) => slot.items[1] ?? slot.items[0]!);
    const graded = gradeForm(finalSlots, answersWithCorrect(second, second.length), finalRules(null));
    expect(graded.ok && graded.items.map((item) => item.id)).toEqual(second.map((item) => item.id));
    expect(graded.ok && graded.result.scorePct).toBe(100);
  });

  it('refuse answers to a lesson the assignment does not ask about', () => {
    const rules = finalRules(assignment({ lessons: ['the-study'] }));
    const graded = gradeForm(finalSlots, answersWithCorrect(firstItems(finalSlots), 0), rules);
    expect(graded).toEqual({
      ok: false,
      message: expect.stringMatching(/^Not a question of this final check/),
    });
  });
});

describe('a stored attempt read against today’s rules', () => {
  const rules = finalRules(null);
  const whole = firstItems(finalSlots);

  it('grades a whole form as the server does, and sends all of it', () => {
    const answers = answersWithCorrect(whole, whole.length);
    const read = gradeStoredAttempt(finalSlots, answers, rules)!;
    expect(read.unanswered).toBe(0);
    expect(read.passes).toBe(true);
    expect(read.answers).toEqual(answers);
    const server = gradeForm(finalSlots, read.answers, rules);
    expect(server.ok && server.result).toEqual(read.result);
  });

  it('counts the slots of a lesson added since as unanswered, and the server does not pass it', () => {
    const lastLesson = finalSlots.at(-1)!.lesson;
    const before = whole.filter(
      (item) => finalSlots.find((s) => s.items.includes(item))!.lesson !== lastLesson,
    );
    const read = gradeStoredAttempt(finalSlots, answersWithCorrect(before, before.length), rules)!;
    const added = finalSlots.filter((slot) => slot.lesson === lastLesson).length;
    expect(read.unanswered).toBe(added);
    expect(read.result.correct).toBe(before.length);
    expect(read.result.total).toBe(finalSlots.length);
    // Enough right for the pass mark on paper, but not a whole form: it does not pass, as on the server.
    expect(read.result.passed).toBe(before.length * 100 >= rules.passMarkPct * finalSlots.length);
    expect(read.passes).toBe(false);
    expect(gradeForm(finalSlots, read.answers, rules).ok).toBe(false);
  });

  it('sets aside answers to lessons an assignment does not ask, so the rest can be signed', () => {
    const narrow = finalRules(assignment({ lessons: ['the-study'] }));
    const read = gradeStoredAttempt(finalSlots, answersWithCorrect(whole, whole.length), narrow)!;
    expect(Object.keys(read.answers)).toEqual(slotsFor(finalSlots, ['the-study']).map((s) => s.items[0]!.id));
    const server = gradeForm(finalSlots, read.answers, narrow);
    expect(server.ok && server.result.passed).toBe(true);
  });

  it('cannot be read when it holds two items of one slot', () => {
    const slot = finalSlots.find((s) => s.items.length > 1)!;
    const doubled = {
      ...answersWithCorrect(whole, whole.length),
      [slot.items[1]!.id]: slot.items[1]!.answer,
    };
    expect(gradeStoredAttempt(finalSlots, doubled, rules)).toBeNull();
  });
});
