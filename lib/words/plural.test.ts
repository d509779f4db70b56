import { describe, expect, it } from 'vitest';
import { countOf, plural } from './plural';

describe('plural', () => {
  it('uses the singular for exactly one and the plural for every other count', () => {
    expect(plural(1, 'lesson')).toBe('lesson');
    expect(plural(0, 'lesson')).toBe('lessons');
    expect(plural(2, 'lesson')).toBe('lessons');
  });

  it('takes an irregular plural when given one', () => {
    expect(plural(1, 'reply', 'replies')).toBe('reply');
    expect(plural(5, 'reply', 'replies')).toBe('replies');
  });

  it('puts the count before the word', () => {
    expect(countOf(1, 'certificate')).toBe('1 certificate');
    expect(countOf(12, 'duplicate')).toBe('12 duplicates');
  });
});
