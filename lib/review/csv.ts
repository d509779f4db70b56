import { toCsv, type CsvValue } from '@/lib/csv/csv';
import { tally } from '@/lib/grading/item-results';
import { INVALID_REASON_LABELS } from '@/lib/verify/reasons';
import { duplicateNote, TIMING_LABELS, type RosterRow } from './roster';

export const ROSTER_CSV_HEADER = [
  'Row',
  'Checked from',
  'Valid',
  'Why not valid',
  'Name',
  'Completed on',
  'Score (%)',
  'Pre-check correct',
  'Pre-check questions',
  'Course',
  'Assignment ID',
  'Due date',
  'On time',
  'Duplicate',
  'Certificate kind',
  'Credential ID',
] as const;

function rosterCsvRow(row: RosterRow): CsvValue[] {
  const { result } = row;
  if (!result.valid) {
    const why = `${INVALID_REASON_LABELS[result.reason]}: ${result.message}`;
    const cells: CsvValue[] = [row.row, row.source, 'no', why];
    return [...cells, ...Array<CsvValue>(ROSTER_CSV_HEADER.length - cells.length).fill('')];
  }
  return [
    row.row,
    row.source,
    'yes',
    '',
    result.name,
    result.date,
    result.scorePct,
    result.precheck ? tally(result.precheck).correct : '',
    result.precheck?.length ?? '',
    result.assignment?.course ?? result.course,
    result.assignment?.id,
    result.assignment?.due,
    row.timing ? TIMING_LABELS[row.timing] : '',
    duplicateNote(row),
    result.kind === 'credential' ? 'Full credential' : 'QR code summary',
    result.credentialId,
  ];
}

/**
 * The roster as a CSV file for a spreadsheet: UTF-8 with a byte order mark (Excel then reads names in any
 * script), RFC 4180 quoting, CRLF, and every cell of text that a spreadsheet would run as a formula
 * neutralised, since names, file names and course names are typed by other people.
 */
export function rosterCsv(rows: readonly RosterRow[]): string {
  return toCsv([ROSTER_CSV_HEADER, ...rows.map(rosterCsvRow)], {
    byteOrderMark: true,
    neutraliseFormulas: true,
  });
}
