import { describe, expect, it } from 'vitest';
import {
  estimateWorking,
  formatComputedPct,
  populationEstimate,
  responseShareFromPct,
  roundComputed,
  worstCaseBounds,
} from './nonresponse';

describe('populationEstimate', () => {
  it('gives exactly 23.2 for the letter’s example, 0.16 × 40 + 0.84 × 20', () => {
    // 6.4 + 16.8 = 23.2
    expect(populationEstimate({ responseShare: 0.16, respondentsPct: 40, nonRespondentsPct: 20 })).toBe(23.2);
  });

  it('equals the respondents’ share when non-respondents are just like them', () => {
    expect(populationEstimate({ responseShare: 0.141, respondentsPct: 41.6, nonRespondentsPct: 41.6 })).toBe(
      41.6,
    );
  });

  it('weights respondents by the response rate: 0.141 × 41.6 + 0.859 × 20 = 23.0456', () => {
    // 5.8656 + 17.18 = 23.0456
    expect(populationEstimate({ responseShare: 0.141, respondentsPct: 41.6, nonRespondentsPct: 20 })).toBe(
      23.0456,
    );
  });

  it('is the non-respondents’ share when no one answered, and the respondents’ when everyone did', () => {
    expect(populationEstimate({ responseShare: 0, respondentsPct: 90, nonRespondentsPct: 30 })).toBe(30);
    expect(populationEstimate({ responseShare: 1, respondentsPct: 90, nonRespondentsPct: 30 })).toBe(90);
  });

  it('refuses a response rate given in percent instead of as a share, and says how to give it', () => {
    expect(() =>
      populationEstimate({ responseShare: 16, respondentsPct: 40, nonRespondentsPct: 20 }),
    ).toThrow('The response rate must be a share from 0 to 1 (for example 0.16 for 16%), not 16.');
  });

  it('refuses percentages outside 0–100 and values that are not numbers', () => {
    expect(() =>
      populationEstimate({ responseShare: 0.16, respondentsPct: 101, nonRespondentsPct: 20 }),
    ).toThrow('The respondents’ share must be a percentage from 0 to 100, not 101.');
    expect(() =>
      populationEstimate({ responseShare: 0.16, respondentsPct: 40, nonRespondentsPct: -1 }),
    ).toThrow('The non-respondents’ share must be a percentage from 0 to 100, not -1.');
    expect(() =>
      populationEstimate({ responseShare: Number.NaN, respondentsPct: 40, nonRespondentsPct: 20 }),
    ).toThrow(RangeError);
  });
});

describe('worstCaseBounds', () => {
  it('gives 5.8656 and 91.7656 for practicing physicians’ OSN use (41.6% of respondents, 14.1% response)', () => {
    // Lower: 0.141 × 41.6 = 5.8656. Upper: 5.8656 + 0.859 × 100 = 91.7656.
    expect(worstCaseBounds({ responseShare: 0.141, respondentsPct: 41.6 })).toEqual({
      lower: 5.8656,
      upper: 91.7656,
    });
  });

  it('narrows to the respondents’ share as the response rate reaches 100%', () => {
    expect(worstCaseBounds({ responseShare: 1, respondentsPct: 41.6 })).toEqual({ lower: 41.6, upper: 41.6 });
  });

  it('refuses an out-of-range response rate', () => {
    expect(() => worstCaseBounds({ responseShare: 1.2, respondentsPct: 41.6 })).toThrow(/share from 0 to 1/);
  });
});

describe('responseShareFromPct', () => {
  it('turns the reported rates into shares without floating-point noise', () => {
    expect(responseShareFromPct(14.1)).toBe(0.141);
    expect(responseShareFromPct(19.8)).toBe(0.198);
    expect(responseShareFromPct(16)).toBe(0.16);
  });

  it('refuses a rate above 100%', () => {
    expect(() => responseShareFromPct(140)).toThrow(
      'The response rate must be a percentage from 0 to 100, not 140.',
    );
  });
});

describe('rounding for display', () => {
  it('rounds to one decimal place, half up', () => {
    expect(roundComputed(5.8656)).toBe(5.9);
    expect(roundComputed(91.7656)).toBe(91.8);
    expect(roundComputed(23.05)).toBe(23.1);
    expect(roundComputed(1.005, 2)).toBe(1.01);
  });

  it('formats with a fixed number of decimals and a percent sign', () => {
    expect(formatComputedPct(23.2)).toBe('23.2%');
    expect(formatComputedPct(5.8656)).toBe('5.9%');
    expect(formatComputedPct(91.7656)).toBe('91.8%');
    expect(formatComputedPct(14)).toBe('14.0%');
    expect(formatComputedPct(0)).toBe('0.0%');
  });

  it('refuses a value that is not a finite number, and impossible decimals', () => {
    expect(() => formatComputedPct(Number.POSITIVE_INFINITY)).toThrow('Not a finite number: Infinity.');
    expect(() => roundComputed(1, 1.5)).toThrow(/whole number from 0 to 4/);
  });
});

describe('estimateWorking', () => {
  it('shows the letter’s arithmetic as the letter wrote it', () => {
    expect(estimateWorking({ responseShare: 0.16, respondentsPct: 40, nonRespondentsPct: 20 })).toBe(
      '0.16 × 40 + 0.84 × 20',
    );
  });

  it('shows the non-response share without floating-point noise', () => {
    expect(estimateWorking({ responseShare: 0.141, respondentsPct: 41.6, nonRespondentsPct: 0 })).toBe(
      '0.141 × 41.6 + 0.859 × 0',
    );
  });

  it('refuses the inputs that the estimate refuses', () => {
    expect(() =>
      estimateWorking({ responseShare: 0.16, respondentsPct: 40, nonRespondentsPct: 120 }),
    ).toThrow(/from 0 to 100/);
  });
});
