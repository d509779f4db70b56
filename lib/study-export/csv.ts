import { figureList, getSource, type Figure } from '@/content/study';

/**
 * CSV (RFC 4180) of the study's figures, for the /data download. Rows end in CRLF; a field is quoted when
 * it holds a comma, a double quote, CR or LF, and a double quote inside it is doubled.
 */

export type CsvValue = string | number | boolean | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

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
