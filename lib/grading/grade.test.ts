import { describe, expect, it } from 'vitest';
import { grade, type GradableQuestion } from './grade';

const question = (id: string, answer: number, options = 4): GradableQuestion => ({
  id,
  answer,
  options: Array.from({ length: options }, (_, i) => `option ${i}`),
});

const five = ['a', 'b', 'c', 'd', 'e'].map((id, i) => question(id, i % 4));

describe('grade', () => {
  it('passes a learner who answers every question correctly', () => {
    const result = grade(five, { a: 0, b: 1, c: 2, d: 3, e: 0 });
    expect(result).toMatchObject({ correct: 5, total: 5, scorePct: 100, passed: true, complete: true });
  });

  it('passes at exactly the pass mark and fails just below it', () => {
    expect(grade(five, { a: 0, b: 1, c: 2, d: 3, e: 3 }, 80)).toMatchObject({ scorePct: 80, passed: true });
    expect(grade(five, { a: 0, b: 1, c: 2, d: 0, e: 3 }, 80)).toMatchObject({ scorePct: 60, passed: false });
  });

  it('does not round a score up into a pass', () => {
    const three = [question('x', 0), question('y', 0), question('z', 0)];
    // 2 of 3 is 66.67%: a pass mark of 67 is not met.
    const result = grade(three, { x: 0, y: 0, z: 1 }, 67);
    expect(result.scorePct).toBe(66);
    expect(result.passed).toBe(false);
  });

  it('counts missing, out-of-range and non-integer answers as wrong and the set as incomplete', () => {
    const result = grade(five, { a: 0, b: 7, c: 1.5, d: -1 });
    expect(result.correct).toBe(1);
    expect(result.complete).toBe(false);
    expect(result.results.map((r) => r.chosen)).toEqual([0, null, null, null, null]);
  });

  it('ignores answers to questions that are not in the set, including inherited keys', () => {
    const answers = JSON.parse('{"__proto__": 0, "constructor": 0, "a": 0}') as Record<string, number>;
    const result = grade([question('a', 0), question('constructor', 1)], answers);
    expect(result.results).toEqual([
      { id: 'a', chosen: 0, correct: true },
      { id: 'constructor', chosen: 0, correct: false },
    ]);
  });

  it('refuses an empty question set and a pass mark outside 0–100', () => {
    expect(() => grade([], {})).toThrow(/empty/);
    expect(() => grade(five, {}, 120)).toThrow(/Pass mark/);
  });
});
