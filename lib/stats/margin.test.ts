import { describe, expect, it } from 'vitest';
import { marginOfError95 } from './margin';

describe('marginOfError95', () => {
  it('gives about 7.8 points for 34.5% of 142 respondents', () => {
    // 1.96 × √(0.345 × 0.655 / 142) = 0.0782
    expect(marginOfError95(34.5, 142)).toBeCloseTo(7.82, 2);
  });

  it('is widest at 50%', () => {
    expect(marginOfError95(50, 100)).toBeCloseTo(9.8, 5);
    expect(marginOfError95(50, 100)).toBeGreaterThan(marginOfError95(30, 100));
  });

  it('is zero at 0% and 100%', () => {
    expect(marginOfError95(0, 50)).toBe(0);
    expect(marginOfError95(100, 50)).toBe(0);
  });

  it('refuses a percentage outside 0–100 and a non-positive sample', () => {
    expect(() => marginOfError95(101, 10)).toThrow(/out of range/);
    expect(() => marginOfError95(10, 0)).toThrow(/positive integer/);
    expect(() => marginOfError95(10, 2.5)).toThrow(/positive integer/);
  });
});
