import { emptyProgress, encodeProgress, type Progress } from './schema';

export const T0 = '2025-01-01T00:00:00.000Z';
export const T1 = '2025-01-01T00:01:00.000Z';

/** A clock that returns the given times in turn, then keeps returning the last. */
export function clockOf(...times: string[]): () => string {
  let i = 0;
  return () => times[Math.min(i++, times.length - 1)]!;
}

/** A stored document made at T0, with a change applied. */
export function savedProgress(change: (p: Progress) => Progress = (p) => p): string {
  return encodeProgress(change(emptyProgress(T0)));
}
