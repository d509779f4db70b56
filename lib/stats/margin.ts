/**
 * Half-width of a 95% confidence interval for a proportion (normal approximation), in percentage points.
 * It describes sampling error only: it says nothing about non-response bias, which with a 16% response
 * rate can be far larger. With a derived (approximate) n the result is approximate too.
 *
 * Not for display: near 0% or 100% a symmetric margin runs off the scale (1.2% ± about 2 points goes below
 * zero). The pages show Wilson intervals (`getSamplingInterval` in content/study); this stays for the tests
 * that show why.
 */
export function marginOfError95(pct: number, n: number): number {
  if (!(pct >= 0 && pct <= 100)) throw new RangeError(`Percentage out of range: ${pct}`);
  if (!(Number.isInteger(n) && n > 0)) throw new RangeError(`Sample size must be a positive integer: ${n}`);
  const p = pct / 100;
  return 1.96 * Math.sqrt((p * (1 - p)) / n) * 100;
}
