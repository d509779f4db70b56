import { describe, expect, it } from 'vitest';
import { isSourceId } from '@/content/study';
import { questions } from './index';

describe('the question bank', () => {
  it('has unique ids', () => {
    const ids = questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(questions.map((q) => [q.id, q] as const))('%s is well-formed', (_id, q) => {
    expect(q.options.length).toBeGreaterThanOrEqual(3);
    expect(Number.isInteger(q.answer) && q.answer >= 0 && q.answer < q.options.length).toBe(true);
    for (const option of q.options) {
      expect(option.text.trim()).not.toBe('');
      expect(option.explanation.trim().length, `explanation of "${option.text}"`).toBeGreaterThan(20);
    }
    expect(new Set(q.options.map((o) => o.text)).size).toBe(q.options.length);
    expect(q.sources.length).toBeGreaterThan(0);
    q.sources.forEach((s) => expect(isSourceId(s), s).toBe(true));
  });

  it('does not always put the correct answer in the same place', () => {
    const positions = new Set(questions.map((q) => q.answer));
    expect(positions.size).toBeGreaterThan(1);
  });
});
