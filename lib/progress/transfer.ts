import { openedAssignment } from '@/lib/assignments/claims';
import { completedCount, lessonStatus } from './selectors';
import { decodeProgress, type Progress } from './schema';
import { plural } from '@/lib/words/plural';

export { exportFileName, exportText, UNREADABLE_FILE_NAME } from './export';

/*
 * Moving progress in and out of the browser as a file: the learner's own copy, to keep or to bring to
 * another browser. The file is the stored document itself (indented), read back through the same
 * validation and migrations as stored progress.
 */

/** Larger files are refused before they are read. A full document is far smaller (LIMITS in schema.ts). */
export const IMPORT_MAX_BYTES = 256 * 1024;

export const IMPORT_MESSAGES = {
  empty: 'This file is empty, so it holds no progress. Nothing was changed.',
  notJson:
    'This file could not be read as progress: it is not a file saved by this module, or it has been damaged. Nothing was changed.',
  notProgress: 'This file is not a progress file from this module. Nothing was changed.',
  damaged:
    'This progress file has been damaged or edited: it does not match what this module saves. Nothing was changed.',
  newerVersion:
    'This file was saved by a newer version of this module. Reload the page to get the newest version, then import the file again. Nothing was changed.',
} as const;

export function tooLargeMessage(bytes: number): string {
  const kb = Math.ceil(bytes / 1024).toLocaleString('en-US');
  return `This file is ${kb} kB, larger than any progress file from this module (at most ${IMPORT_MAX_BYTES / 1024} kB), so it was not read. Nothing was changed.`;
}

export type ImportResult = { kind: 'ok'; progress: Progress } | { kind: 'problem'; message: string };

/** A message when a file of this size is refused unread; null when it may be read. */
export function checkImportSize(bytes: number): string | null {
  if (bytes === 0) return IMPORT_MESSAGES.empty;
  return bytes > IMPORT_MAX_BYTES ? tooLargeMessage(bytes) : null;
}

/** Reads a file's text as progress. Never throws; every problem comes with words for the learner. */
export function readImport(text: string): ImportResult {
  const body = text.replace(/^\uFEFF/, ''); // A byte-order mark, as some editors save.
  if (body.trim() === '') return { kind: 'problem', message: IMPORT_MESSAGES.empty };
  const decoded = decodeProgress(body);
  if (decoded.kind === 'ok') return decoded;
  if (decoded.kind === 'newer-version') return { kind: 'problem', message: IMPORT_MESSAGES.newerVersion };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return { kind: 'problem', message: IMPORT_MESSAGES.notJson };
  }
  const looksLikeProgress =
    typeof data === 'object' && data !== null && !Array.isArray(data) && Object.hasOwn(data, 'version');
  return {
    kind: 'problem',
    message: looksLikeProgress ? IMPORT_MESSAGES.damaged : IMPORT_MESSAGES.notProgress,
  };
}

/** What a progress document holds, in plain words, e.g. to confirm an import. */
export function describeProgress(
  progress: Progress,
  lessonSlugs: readonly string[],
  formatDate: (iso: string) => string,
): string[] {
  const total = lessonSlugs.length;
  const completed = completedCount(progress, lessonSlugs);
  const started = lessonSlugs.filter((slug) => lessonStatus(progress, slug) === 'started').length;
  const lines = [
    `${completed} of ${total} ${plural(total, 'lesson', 'lessons')} completed${started > 0 ? `, ${started} started` : ''}`,
    count(Object.keys(progress.polls).length, 'answer', 'answers', 'about your own views'),
    count(Object.keys(progress.checks).length, 'knowledge-check answer', 'knowledge-check answers'),
    count(Object.keys(progress.reflections).length, 'reflection', 'reflections'),
  ];
  if (progress.precheck) {
    const answered = Object.keys(progress.precheck.answers).length;
    lines.push(
      answered > 0
        ? `The pre-check before the lessons (${count(answered, 'answer', 'answers').toLowerCase()})`
        : 'The pre-check before the lessons, skipped',
    );
  }
  const final = progress.finalCheck;
  if (final?.firstPass) lines.push(`Final check passed (${final.firstPass.scorePct}%)`);
  else if (final) lines.push(`Final check taken, not passed yet`);
  if (progress.assignment) {
    const assignment = openedAssignment(progress);
    lines.push(
      assignment ? `The assignment for “${assignment.course}”` : 'An assignment link that cannot be read',
    );
  }
  lines.push(`Last changed ${formatDate(progress.updatedAt)}`);
  return lines;
}

function count(n: number, one: string, many: string, after = ''): string {
  const words = `${n === 0 ? 'No' : n.toLocaleString('en-US')} ${plural(n, one, many)}`;
  return after ? `${words} ${after}` : words;
}
