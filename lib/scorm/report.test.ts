import { describe, expect, it } from 'vitest';
import { passMarkFrom, sessionTime } from './report';

describe('sessionTime', () => {
  it('writes SCORM 1.2’s HHHH:MM:SS.SS and 2004’s ISO 8601 duration', () => {
    expect(sessionTime('1.2', 61_500)).toBe('0000:01:01.50');
    expect(sessionTime('1.2', 3 * 3_600_000 + 5 * 60_000 + 9_994)).toBe('0003:05:09.99');
    expect(sessionTime('2004', 61_500)).toBe('PT0H1M1.5S');
    expect(sessionTime('2004', -5)).toBe('PT0H0M0S');
  });
});

describe('passMarkFrom', () => {
  it('reads 1.2’s 0–100 and 2004’s −1–1, and keeps the build’s for anything else', () => {
    expect(passMarkFrom('1.2', '70', 80)).toBe(70);
    expect(passMarkFrom('2004', '0.75', 80)).toBe(75);
    for (const value of ['', 'abc', '150']) expect(passMarkFrom('1.2', value, 80)).toBe(80);
    expect(passMarkFrom('2004', '-0.5', 80)).toBe(80);
  });
});
