import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomOrder } from './shuffle';

describe('randomOrder', () => {
  it('returns every index exactly once', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.double({ min: 0, max: 0.999999, noNaN: true }),
        (n, r) => {
          const order = randomOrder(n, () => r);
          expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
        },
      ),
    );
  });

  it('produces every ordering of three options over many draws', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 500; i++) seen.add(randomOrder(3).join(''));
    expect(seen.size).toBe(6);
  });

  it('refuses a count that is not a whole number', () => {
    expect(() => randomOrder(-1)).toThrow(/Not a count/);
    expect(() => randomOrder(2.5)).toThrow(/Not a count/);
  });
});
