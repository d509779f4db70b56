/**
 * What non-response can do to a survey's estimate. A survey reports the share among those who answered;
 * the share among everyone asked mixes respondents and non-respondents by their weight:
 *
 *   estimate = r × p_resp + (1 − r) × p_nonresp
 *
 * where r is the response rate as a share (0–1) and p_resp, p_nonresp are percentages (0–100). Nothing is
 * known about non-respondents, so p_nonresp is an assumption; the worst cases put it at 0 and at 100.
 *
 * Rounding: the functions return the unrounded value, cleared of binary floating-point noise (rounded to
 * 10 decimal places, far below any input's precision), so 0.16 × 40 + 0.84 × 20 gives exactly 23.2.
 * For display, `roundComputed` rounds half up to 1 decimal place, the precision of the study's
 * percentages: 5.8656 → 5.9, 91.7656 → 91.8.
 */

export interface NonResponseScenario {
  /** The response rate as a share of those asked, 0–1 (14.1% → 0.141). */
  responseShare: number;
  /** Share of respondents with the trait, in percent (0–100). */
  respondentsPct: number;
  /** Assumed share of non-respondents with the trait, in percent (0–100). */
  nonRespondentsPct: number;
}

export interface Bounds {
  /** Every non-respondent without the trait (p_nonresp = 0). */
  lower: number;
  /** Every non-respondent with the trait (p_nonresp = 100). */
  upper: number;
}

/** Decimal places that computed percentages are shown with. */
export const DISPLAY_DECIMALS = 1;

function checkShare(value: number): void {
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw new RangeError(
      `The response rate must be a share from 0 to 1 (for example 0.16 for 16%), not ${String(value)}.`,
    );
  }
}

function checkPct(value: number, what: string): void {
  if (!Number.isFinite(value) || value < 0 || value > 100) {
    throw new RangeError(`${what} must be a percentage from 0 to 100, not ${String(value)}.`);
  }
}

/** Drops binary noise such as 23.200000000000003 while keeping every meaningful digit. */
function clean(value: number): number {
  return Number(value.toFixed(10));
}

/** A response rate given in percent (as the study reports it) as a share: 14.1 → 0.141. */
export function responseShareFromPct(pct: number): number {
  checkPct(pct, 'The response rate');
  return clean(pct / 100);
}

/** The share among everyone asked, if the non-respondents' share were `nonRespondentsPct`. */
export function populationEstimate({
  responseShare,
  respondentsPct,
  nonRespondentsPct,
}: NonResponseScenario): number {
  checkShare(responseShare);
  checkPct(respondentsPct, 'The respondents’ share');
  checkPct(nonRespondentsPct, 'The non-respondents’ share');
  return clean(responseShare * respondentsPct + (1 - responseShare) * nonRespondentsPct);
}

/** The widest the share among everyone asked could be, whatever the non-respondents did. */
export function worstCaseBounds({
  responseShare,
  respondentsPct,
}: Omit<NonResponseScenario, 'nonRespondentsPct'>): Bounds {
  return {
    lower: populationEstimate({ responseShare, respondentsPct, nonRespondentsPct: 0 }),
    upper: populationEstimate({ responseShare, respondentsPct, nonRespondentsPct: 100 }),
  };
}

/** The arithmetic behind an estimate, for showing the working: "0.16 × 40 + 0.84 × 20". */
export function estimateWorking({
  responseShare,
  respondentsPct,
  nonRespondentsPct,
}: NonResponseScenario): string {
  populationEstimate({ responseShare, respondentsPct, nonRespondentsPct }); // validates the inputs
  return `${clean(responseShare)} × ${clean(respondentsPct)} + ${clean(1 - responseShare)} × ${clean(nonRespondentsPct)}`;
}

/** A computed percentage rounded half up for display: roundComputed(5.8656) → 5.9. */
export function roundComputed(value: number, decimals: number = DISPLAY_DECIMALS): number {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${String(value)}.`);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 4) {
    throw new RangeError(`Decimals must be a whole number from 0 to 4, not ${String(decimals)}.`);
  }
  // Shifting the decimal point in the text avoids 1.005 × 100 = 100.49999… style errors.
  const shifted = Math.round(Number(`${value.toFixed(10)}e${decimals}`));
  return shifted / 10 ** decimals;
}

/** A computed percentage as text with a fixed number of decimals: formatComputedPct(23.2) → "23.2%". */
export function formatComputedPct(value: number, decimals: number = DISPLAY_DECIMALS): string {
  return `${roundComputed(value, decimals).toFixed(decimals)}%`;
}
