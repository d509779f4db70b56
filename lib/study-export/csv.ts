import { figureList, getSource, type Figure } from '@/content/study';
import { toCsv, type CsvValue } from '@/lib/csv/csv';

/** The study's figures as CSV (RFC 4180, see lib/csv), for the /data download. */

export const FIGURE_CSV_HEADER = [
  'id',
  'label',
  'group',
  'value',
  'unit',
  'provenance',
  'n',
  'n_approx',
  'count',
  'source_id',
  'source_citation',
  'note',
] as const;

/** One figure as a CSV row; the value keeps exactly the decimals the source gave ("68.0", "79"). */
export function figureRow(figure: Figure): CsvValue[] {
  return [
    figure.id,
    figure.label,
    figure.group,
    figure.value.toFixed(figure.decimals),
    figure.unit,
    figure.provenance,
    figure.n?.value,
    figure.n?.approx,
    figure.count,
    figure.source,
    getSource(figure.source).citation,
    figure.note,
  ];
}

export function buildFiguresCsv(figures: readonly Figure[] = figureList): string {
  return toCsv([FIGURE_CSV_HEADER, ...figures.map(figureRow)]);
}
