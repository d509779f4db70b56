import type { Progress } from '@/lib/progress/schema';
import type { ScormVersion } from './api';

/*
 * What the module tells an LMS, from the progress document alone: the status (incomplete until the final
 * check is passed at the pass mark), the score on 0–100, the place to resume, how far through the course
 * the learner is (2004), and each final-check item of a new attempt as an interaction. Pure: a list of
 * element/value pairs to set, in order.
 */

export interface ReportOptions {
  version: ScormVersion;
  /** Whole percent. The LMS's mastery score when it gives one (see passMarkFrom), else the build's. */
  passMark: number;
  /** What a failed attempt reports: `incomplete` (the default: some LMSs lock a course after `failed`). */
  failedStatus: 'incomplete' | 'failed';
  /** The course's lessons, in order, for the progress measure. */
  lessons: readonly string[];
}

/** A final-check item, as the interactions need it: its id and the index of its right option. */
export interface ReportedItem {
  id: string;
  answer: number;
}

export type Element = readonly [element: string, value: string];

/** The best score the learner has on record, and whether it reaches the pass mark. */
export function finalStanding(progress: Progress, passMark: number) {
  const final = progress.finalCheck;
  if (!final || final.attempts === 0) return null;
  const best = Math.max(final.scorePct, final.firstPass?.scorePct ?? 0);
  return { score: best, passed: best >= passMark };
}

/** SCORM 1.2's `cmi.student_data.mastery_score` (0–100) or 2004's `cmi.scaled_passing_score` (-1–1). */
export function passMarkFrom(version: ScormVersion, value: string, fallback: number): number {
  if (value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n)) return fallback;
  const pct = version === '1.2' ? n : n * 100;
  return pct >= 0 && pct <= 100 ? pct : fallback;
}

export function statusElements(progress: Progress, options: ReportOptions): Element[] {
  const standing = finalStanding(progress, options.passMark);
  const passed = standing?.passed ?? false;
  const failed = standing !== null && !passed;
  const elements: Element[] = [];
  if (options.version === '1.2') {
    const status = passed ? 'passed' : failed && options.failedStatus === 'failed' ? 'failed' : 'incomplete';
    elements.push(['cmi.core.lesson_status', status]);
    if (standing) {
      elements.push(['cmi.core.score.min', '0'], ['cmi.core.score.max', '100']);
      elements.push(['cmi.core.score.raw', String(standing.score)]);
    }
    elements.push(['cmi.core.exit', passed ? '' : 'suspend']);
    elements.push(['cmi.core.lesson_location', locationOf(progress)]);
    return elements;
  }
  elements.push(['cmi.completion_status', passed ? 'completed' : 'incomplete']);
  elements.push([
    'cmi.success_status',
    passed ? 'passed' : failed && options.failedStatus === 'failed' ? 'failed' : 'unknown',
  ]);
  if (standing) {
    elements.push(['cmi.score.min', '0'], ['cmi.score.max', '100']);
    elements.push(
      ['cmi.score.raw', String(standing.score)],
      ['cmi.score.scaled', String(standing.score / 100)],
    );
  }
  elements.push(['cmi.progress_measure', progressMeasure(progress, options.lessons, passed)]);
  elements.push(['cmi.exit', passed ? 'normal' : 'suspend']);
  elements.push(['cmi.location', locationOf(progress)]);
  return elements;
}

/** Lessons completed and the final check passed, as a share of all of them (2004's 0–1 real). */
function progressMeasure(progress: Progress, lessons: readonly string[], passed: boolean): string {
  const done = lessons.filter((slug) => progress.lessons[slug]?.status === 'completed').length;
  const share = (done + (passed ? 1 : 0)) / (lessons.length + 1);
  return String(Math.round(share * 1000) / 1000);
}

/** `lesson#section` of the last place visited, or '' (both standards cap it well above this). */
function locationOf(progress: Progress): string {
  const last = progress.lastVisited;
  if (!last) return '';
  return (last.section ? `${last.lesson}#${last.section}` : last.lesson).slice(0, 255);
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The last attempt's items as interactions, from index `first` on: id, type choice, the response and the
 * right one as option letters (in the item's own order), and the result.
 */
export function interactionElements(
  progress: Progress,
  items: readonly ReportedItem[],
  version: ScormVersion,
  first: number,
): Element[] {
  const final = progress.finalCheck;
  if (!final) return [];
  const byId = new Map(items.map((item) => [item.id, item]));
  const elements: Element[] = [];
  let n = first;
  for (const [id, chosen] of Object.entries(final.answers)) {
    const item = byId.get(id);
    if (!item) continue;
    const at = `cmi.interactions.${n++}`;
    const right = chosen === item.answer;
    elements.push([`${at}.id`, id], [`${at}.type`, 'choice']);
    elements.push([`${at}.correct_responses.0.pattern`, LETTERS[item.answer]!]);
    // 1.2 calls it student_response and a miss `wrong`; 2004, learner_response and `incorrect`.
    elements.push([`${at}.${version === '1.2' ? 'student' : 'learner'}_response`, LETTERS[chosen] ?? '']);
    elements.push([`${at}.result`, right ? 'correct' : version === '1.2' ? 'wrong' : 'incorrect']);
  }
  return elements;
}

/** SCORM 1.2's `HHHH:MM:SS.SS` or 2004's ISO 8601 duration, from milliseconds. */
export function sessionTime(version: ScormVersion, ms: number): string {
  const total = Math.max(0, Math.round(ms / 10) / 100);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = Math.round((total % 60) * 100) / 100;
  if (version === '2004') return `PT${hours}H${minutes}M${seconds}S`;
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  const [whole, fraction = '0'] = seconds.toFixed(2).split('.');
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${pad(Number(whole), 2)}.${fraction}`;
}
