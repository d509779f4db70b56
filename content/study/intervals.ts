import { bosslet2011, type ByGroupItemId, type PooledItemId } from './bosslet-2011';
import { figures, type FigureId } from './figures';

/**
 * Sampling intervals for the survey's reported shares: the module's own arithmetic (label them as computed),
 * from the approximate respondent counts, so approximate too. They describe chance among those who answered
 * and nothing else: non-response bias, with so few answering, can be far larger.
 *
 * Wilson score intervals, not "± points" (the normal approximation): near 0% or 100% a symmetric margin runs
 * off the scale (1.2% ± about 2 points would go below zero), while a Wilson interval always stays within
 * 0–100% and is asymmetric where it should be.
 */

const Z_95 = 1.96;

export interface SamplingInterval {
  figure: FigureId;
  /** The reported share, in percent. */
  value: number;
  /** Bounds in percent, rounded to the figure's decimals. */
  low: number;
  high: number;
  decimals: number;
  /** The approximate base the interval is computed from. */
  n: number;
  provenance: 'derived';
  method: 'wilson-95';
  note: string;
}

/** The 95% Wilson score interval of a share `pct` (0–100) of `n`, in percent, unrounded. */
export function wilsonInterval95(pct: number, n: number): { low: number; high: number } {
  if (!(pct >= 0 && pct <= 100)) throw new RangeError(`Percentage out of range: ${pct}`);
  if (!(Number.isInteger(n) && n > 0)) throw new RangeError(`Sample size must be a positive integer: ${n}`);
  const p = pct / 100;
  const z2 = Z_95 * Z_95;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (Z_95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return { low: Math.max(0, centre - half) * 100, high: Math.min(1, centre + half) * 100 };
}

const NOTE =
  'Computed by the module: a 95% Wilson interval from the approximate number who answered. Sampling error only; it says nothing about the people who did not answer.';

function interval(id: FigureId): SamplingInterval {
  const figure = Object.hasOwn(figures, id) ? figures[id] : undefined;
  if (!figure) throw new Error(`Unknown figure "${id}"`);
  if (figure.unit !== 'percent' || !figure.n) throw new Error(`Figure "${id}" is not a share with a base`);
  const { low, high } = wilsonInterval95(figure.value, figure.n.value);
  const round = (x: number) => Number(x.toFixed(figure.decimals));
  return {
    figure: id,
    value: figure.value,
    low: round(low),
    high: round(high),
    decimals: figure.decimals,
    n: figure.n.value,
    provenance: 'derived',
    method: 'wilson-95',
    note: NOTE,
  };
}

const BY_GROUP: readonly ByGroupItemId[] = ['osn-use', 'visited-patient-profile', 'friend-request-received'];
const POOLED: Record<PooledItemId, string> = {
  'ethics-social': 'not-acceptable',
  'ethics-patient-care': 'not-acceptable',
  'communication-outlook': 'pessimistic',
  'confidentiality-concern': 'concerned',
};

const ids = [
  ...BY_GROUP.flatMap((item) => bosslet2011.design.strata.map((group) => `bosslet/${item}/${group}`)),
  ...Object.entries(POOLED).map(([item, side]) => `bosslet/${item}/${side}`),
] as FigureId[];

/** A sampling interval for every reported share of the survey: its three behaviours by group, its four attitudes. */
export const samplingIntervals: readonly SamplingInterval[] = ids.map(interval);

/** The sampling interval of one of the survey's reported shares; throws for any other figure. */
export function getSamplingInterval(id: string): SamplingInterval {
  const found = samplingIntervals.find((i) => i.figure === id);
  if (!found) throw new Error(`No sampling interval for figure "${id}"`);
  return found;
}
