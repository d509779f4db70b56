/**
 * A share of the class as the review prints it: "60% (3 of 5)", or why no share is shown ("Not shown: only
 * 3 answered") when too few learners gave one for it to stay anonymous.
 */
export function ClassShareCell({
  count,
  of,
  pct,
  none,
  few,
}: {
  count: number;
  of: number;
  pct?: number;
  /** Said when no learner gave one, e.g. "no one answered". */
  none: string;
  /** Says why a small group shows no share, e.g. (n) => `only ${n} answered`. */
  few: (n: number) => string;
}) {
  if (pct === undefined) return <span className="source">Not shown: {of === 0 ? none : few(of)}</span>;
  return (
    <>
      <strong data-computed="">{pct}%</strong>{' '}
      <span className="source">
        ({count} of {of})
      </span>
    </>
  );
}
