import { formatFigure, type Figure } from '@/content/study';

/** How the /data page writes a figure beside its value: plain text, from the figure's own fields. */

const PROVENANCE_TEXT: Record<Figure['provenance'], string> = {
  reported: 'Reported',
  derived: 'Computed',
  secondary: 'Second-hand',
};

/** A count that the module computed is never shown bare: "about 199"; any other figure as it is. */
export function approxCount(figure: Figure): string {
  return figure.provenance === 'derived' && figure.unit === 'count'
    ? `about ${formatFigure(figure)}`
    : formatFigure(figure);
}

/** The base of a percentage: "47 of 78", "of 501", "of about 199"; "—" when the source gives none. */
export function figureBase(figure: Figure): string {
  if (!figure.n) return '—';
  const n = figure.n.value.toLocaleString('en-US');
  if (figure.count !== undefined) return `${figure.count.toLocaleString('en-US')} of ${n}`;
  return figure.n.approx ? `of about ${n}` : `of ${n}`;
}

/**
 * Where a figure comes from, in words: "Reported", "Computed. <how>", or "Second-hand (seen only in a news
 * summary)". A second-hand figure's note is left out: the words say what matters.
 */
export function provenanceText(figure: Figure): string {
  const text = PROVENANCE_TEXT[figure.provenance];
  if (figure.provenance === 'secondary') return `${text} (seen only in a news summary)`;
  return figure.note ? `${text}. ${figure.note}` : text;
}

/** The sum of two shares of one whole, at the precision of the finer one: 0.16 and 0.84 give "1.00". */
export function shareTotal(a: Figure, b: Figure): string {
  return (a.value + b.value).toFixed(Math.max(a.decimals, b.decimals));
}
