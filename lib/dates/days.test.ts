import { describe, expect, it } from 'vitest';
import { addDays, formatDay, isoSeconds, parseDay } from './days';

describe('days', () => {
  it('reads only real calendar days', () => {
    expect(parseDay('2028-02-29')?.toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(parseDay('2027-02-29')).toBeNull();
    expect(parseDay('2027-1-5')).toBeNull();
  });

  it('writes whole-second times', () => {
    expect(isoSeconds(new Date('2026-11-24T10:15:00.789Z'))).toBe('2026-11-24T10:15:00Z');
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('formats a day, or a time on it, for people', () => {
    expect(formatDay('2026-12-15')).toBe('December 15, 2026');
    expect(formatDay('2026-12-15T23:59:59Z')).toBe('December 15, 2026');
  });
});
