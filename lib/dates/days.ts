/*
 * Calendar days (`YYYY-MM-DD`, UTC) and whole-second times, as certificates and assignments write them;
 * and the person's own local day, for file names and defaults they see.
 */

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of a real calendar day, as midnight UTC; null for anything else. */
export function parseDay(value: string): Date | null {
  const match = DAY_PATTERN.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value ? date : null;
}

export function addDays(day: string, days: number): string {
  const date = parseDay(day);
  if (!date) throw new Error(`Not a day: ${day}`);
  return new Date(date.getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** "December 15, 2026" for `2026-12-15` (or for a time on that UTC day), printed as a calendar day. */
export function formatDay(day: string): string {
  const date = parseDay(day.slice(0, 10));
  if (!date) return day;
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** `2026-11-24T10:15:00Z`: ISO 8601 without milliseconds. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `YYYY-MM-DD` of `date` on the device's own clock and time zone (not UTC): the day the person sees. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
