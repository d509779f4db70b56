import { describe, expect, it } from 'vitest';
import { lessonOrder } from '@/content/lessons/order';
import { finalQuestionsWithLessons } from '@/content/questions/final';
import { answersWithCorrect } from '@/lib/certificates/testing/fixtures';
import { DEFAULT_PASS_MARK_PCT } from '@/lib/grading/grade';
import type { Assignment } from './assignment';
import { finalRules, gradeForRules, questionsFor } from './final-rules';
import { assignmentInput } from './testing';

const key = finalQuestionsWithLessons().map(({ question, lesson }) => ({ ...question, lesson }));
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

  it('ask only the required lessons’ questions, in course order', () => {
    const rules = finalRules(assignment({ lessons: ['the-study', 'guidance-and-practice'] }));
    const asked = questionsFor(key, rules.lessons);
    expect(new Set(asked.map((q) => q.lesson))).toEqual(new Set(['the-study', 'guidance-and-practice']));
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.length).toBeLessThan(key.length);
  });

  it('grade at the assignment’s pass mark, as the server does', () => {
    const answers = answersWithCorrect(key, Math.ceil(key.length * 0.7));
    expect(gradeForRules(key, answers, finalRules(assignment({ passMarkPct: 70 }))).passed).toBe(true);
    expect(gradeForRules(key, answers, finalRules(null)).passed).toBe(false);
  });
});
