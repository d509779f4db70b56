import { describe, expect, it } from 'vitest';
import { isValidId } from '@/lib/progress/schema';
import { polls } from './index';

describe('the polls', () => {
  // A question may sit in several polls (answered once, shown as answered everywhere): one id, one question.
  const questions = [...new Set(polls.flatMap((p) => p.questions))];

  it('have one question per id, with ids that the progress store accepts', () => {
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    questions.forEach((q) => expect(isValidId(q.id), q.id).toBe(true));
  });

  it('have unique poll ids', () => {
    expect(new Set(polls.map((p) => p.id)).size).toBe(polls.length);
  });

  it.each(questions.map((q) => [q.id, q] as const))(
    '%s has distinct options, and its "matches" is one of them',
    (_id, q) => {
      const values = q.options.map((o) => o.value);
      expect(new Set(values).size).toBe(values.length);
      values.forEach((v) => expect(isValidId(v), v).toBe(true));
      if (q.matches !== undefined) expect(values).toContain(q.matches);
      if (q.item !== undefined) expect(q.matches).toBeDefined();
    },
  );
});
