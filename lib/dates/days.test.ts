import { describe, expect, it } from 'vitest';
import { addDays, formatDay, isoSeconds, localDay, parseDay } from './days';

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

describe('localDay', () => {
  it('names the day on the device clock, not the UTC day', () => {
    // Built from local fields, so the test holds in every time zone: 23:59 local is still that local day.
    expect(localDay(new Date(2026, 2, 2, 23, 59))).toBe('2026-03-02');
    expect(localDay(new Date(2026, 11, 31, 0, 1))).toBe('2026-12-31');
  });
});
