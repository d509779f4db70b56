import { parseDay } from '@/lib/dates/days';
import { duplicateNote, TIMING_LABELS, type GroupKey, type RosterRow } from '@/lib/review/roster';
import { tally } from '@/lib/grading/item-results';
import { INVALID_REASON_LABELS } from '@/lib/verify/reasons';
import { ScrollTable } from '@/components/layout/ScrollTable';
import styles from './review.module.css';

const mediumDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

/** "Dec 15, 2026" for `2026-12-15`: short enough for a table cell. */
function shortDay(day: string): string {
  const date = parseDay(day);
  return date ? mediumDate.format(date) : day;
}

/**
 * The roster: one row per certificate checked. Status is said in words (and marked with a symbol), never by
 * colour alone; the table scrolls sideways on a narrow screen, and its region takes focus for the keyboard.
 */
export function RosterTable({
  rows,
  caption,
  courseLabels,
}: {
  rows: readonly RosterRow[];
  caption: string;
  /** What to call each assignment: its course, with its id when two share a course name. */
  courseLabels: ReadonlyMap<GroupKey, string>;
}) {
  return (
    <ScrollTable caption={caption} tableClassName={styles.roster}>
      <thead>
        <tr>
          <th scope="col" className="num">
            Row
          </th>
          <th scope="col">Name</th>
          <th scope="col">Status</th>
          <th scope="col">Completed on</th>
          <th scope="col" className="num">
            Score
          </th>
          <th scope="col">Pre-check before the lessons</th>
          <th scope="col">Course</th>
          <th scope="col">On time or late</th>
          <th scope="col">Duplicate</th>
          <th scope="col">Checked from</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) =>
          row.result.valid ? (
            <ValidRow key={row.row} row={row} course={courseLabels.get(row.group)} />
          ) : (
            <InvalidRow key={row.row} row={row} />
          ),
        )}
      </tbody>
    </ScrollTable>
  );
}

function ValidRow({ row, course }: { row: RosterRow; course: string | undefined }) {
  if (!row.result.valid) return null;
  const { result } = row;
  const note = duplicateNote(row);
  return (
    <tr>
      <td className="num">{row.row}</td>
      <th scope="row" dir="auto" className={styles.name}>
        {result.name}
      </th>
      <td>
        <span className={`${styles.status} ${styles.valid}`}>
          <span aria-hidden="true">✓ </span>Valid
        </span>
        {result.kind === 'printed-claims' && <span className={styles.detail}>QR code summary</span>}
      </td>
      <td className={styles.nowrap}>{shortDay(result.date)}</td>
      <td className="num">
        <span data-module-value="">{result.scorePct}%</span>
      </td>
      <td className={styles.nowrap}>
        {result.precheck ? (
          `${tally(result.precheck).correct} of ${tally(result.precheck).total} correct`
        ) : (
          <span className={styles.muted}>
            {result.kind === 'credential' ? 'Not taken' : 'Not in a QR code'}
          </span>
        )}
      </td>
      <td className={styles.course}>
        {result.assignment ? (
          <span dir="auto">{course ?? result.assignment.course}</span>
        ) : (
          <span className={styles.muted}>No assignment</span>
        )}
      </td>
      <td className={styles.timing}>
        {row.timing === 'late' ? (
          <span className={`${styles.status} ${styles.late}`}>
            <span aria-hidden="true">! </span>
            {TIMING_LABELS.late}
          </span>
        ) : (
          <span>{TIMING_LABELS[row.timing!]}</span>
        )}
        {result.assignment?.due && (
          <span className={styles.detail}>due {shortDay(result.assignment.due)}</span>
        )}
      </td>
      <td className={styles.duplicateCell}>
        {note ? <span className={styles.duplicate}>{note}</span> : <span className={styles.muted}>No</span>}
      </td>
      <td dir="auto" className={styles.source}>
        {row.source}
      </td>
    </tr>
  );
}

function InvalidRow({ row }: { row: RosterRow }) {
  if (row.result.valid) return null;
  const { result } = row;
  return (
    <tr className={styles.invalidRow}>
      <td className="num">{row.row}</td>
      <th scope="row" className={styles.muted}>
        Unknown
      </th>
      <td colSpan={7}>
        <span className={`${styles.status} ${styles.invalid}`}>
          <span aria-hidden="true">✗ </span>Not valid: {INVALID_REASON_LABELS[result.reason]}
        </span>
        <span className={styles.detail}>{result.message}</span>
      </td>
      <td dir="auto" className={styles.source}>
        {row.source}
      </td>
    </tr>
  );
}
