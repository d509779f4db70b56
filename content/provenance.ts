import packageJson from '@/package.json';
import type { FigureId, SourceId } from './study';

/**
 * Where the module's content stands: its version, when it was last reviewed against its sources, the
 * corrections made to it, and when its accessibility was last evaluated. Shown on /about (in full) and in the
 * educator's guide (in short). Update `LAST_REVIEWED` and add a `contentChanges` entry whenever a fact, a
 * figure or a question is corrected; a test checks that the entries are dated and no later than the review.
 */

/** The module's version, as package.json gives it. */
export const MODULE_VERSION: string = packageJson.version;

/** The day the content was last checked against its sources (`YYYY-MM-DD`). */
export const LAST_REVIEWED = '2026-12-03';

/** The day the accessibility statement on /about was last evaluated (`YYYY-MM-DD`). */
export const ACCESSIBILITY_EVALUATED = '2026-12-03';

/** The standard the module aims at. */
export const ACCESSIBILITY_TARGET = 'WCAG 2.2 at level AA';

export interface ContentChange {
  /** The day the correction was made (`YYYY-MM-DD`). */
  date: string;
  /** What was corrected, in a few words. */
  title: string;
  /**
   * What the module says now, and why, in its own words. A figure is written `{fig:<id>}` and shown from the
   * typed study data, never typed in.
   */
  change: string;
  /** The sources the correction rests on. */
  sources: readonly SourceId[];
}

/** The change log of the content, newest first; entries of one day in the order they were made. */
export const contentChanges: readonly ContentChange[] = [
  {
    date: '2026-12-03',
    title: 'A share of boards, not of reports',
    change:
      'Greysen et al.’s {fig:greysen-2012/reports-from-patients} counts the state medical boards that had received at least one report from patients or their families. It is not a share of all reports, and the letter does not rank who reports most; the lessons no longer say that patients or families were the most common source.',
    sources: ['greysen-2012'],
  },
  {
    date: '2026-12-03',
    title: '“Ever received” dropped',
    change:
      'The survey’s friend-request figures are no longer described as requests respondents had “ever” received: the abstract gives the share who said they had received one, and the question’s exact words are not available.',
    sources: ['bosslet-2011'],
  },
  {
    date: '2026-12-03',
    title: 'The survey did measure acceptance',
    change:
      'The lessons no longer say that the survey did not ask what respondents did with friend requests. It measured whether they were accepted; its abstract, the only part the module could read, does not give the answer.',
    sources: ['bosslet-2011'],
  },
  {
    date: '2026-12-03',
    title: 'How often requests came is unknown',
    change:
      'A share of respondents who had received a request is not a rate of requests. The survey measured how often requests came, but the abstract does not report it, so the lessons say nothing about frequency.',
    sources: ['bosslet-2011'],
  },
  {
    date: '2026-12-03',
    title: 'Practicing physicians’ own response rate',
    change:
      'The practicing physicians’ {fig:bosslet/friend-request-received/PP} is now set beside their own response rate, {fig:bosslet/response-rate/PP}, rather than the overall {fig:bosslet/response-rate/overall}.',
    sources: ['bosslet-2011'],
  },
  {
    date: '2026-12-03',
    title: 'Moubarak et al. was a questionnaire',
    change:
      'The French study of residents and fellows is described as a questionnaire they answered, not as a search of their profiles like the two University of Florida studies.',
    sources: ['moubarak-2011', 'thompson-2008', 'black-2010'],
  },
  {
    date: '2026-12-03',
    title: 'The 2013 ACP and FSMB statement: only what is confirmed',
    change:
      'Its full text could not be read. The lessons give its five positions as confirmed, and mark as second-hand the advice that secondary sources quote (no friending patients, electronic exchanges within an established relationship and with consent, secure, professional channels). They no longer attribute to it a rule to document exchanges in the record, to use patient portals, or never to answer through a social network.',
    sources: ['acp-fsmb-2013'],
  },
  {
    date: '2026-12-03',
    title: 'The letter on the survey is its own source',
    change:
      'The published letter criticising the survey’s response rate is cited as a source of its own, a letter on Bosslet et al. in the J Gen Intern Med (PubMed Central PMC3304029), never as part of the survey; its authors were not confirmed.',
    sources: ['letter-pmc3304029'],
  },
  {
    date: '2026-12-03',
    title: 'Wilson intervals instead of a margin below zero',
    change:
      'The national comparisons show each share’s Wilson interval, computed by the module and labelled so, instead of “± about 2 points”, which for the students’ {fig:bosslet/friend-request-received/MS} ran below zero. A Wilson interval never leaves the 0 to 100 scale.',
    sources: ['bosslet-2011'],
  },
  {
    date: '2026-12-03',
    title: 'The final check draws on an item bank',
    change:
      'Each slot of the final check is one lesson objective with two or more parallel items, written as cases and readings of figures with their limits rather than recall of a ranking, and checked so that the right option does not stand out by its length or wording.',
    sources: [],
  },
  {
    date: '2026-12-03',
    title: 'A pre-check before the lessons',
    change:
      'The start page offers an optional pre-check of one bank item on each lesson, asked once and counted toward nothing. The final check then draws other items of the same objectives, and a certificate records the pre-check beside the final score.',
    sources: [],
  },
  {
    date: '2026-12-03',
    title: 'A sixth lesson on guidance since 2013',
    change:
      'A lesson on what came after 2013: the AMA’s Code Opinion 2.3.2, the FSMB’s 2019 policy (its scope only), the ACP’s 2020 paper, the GMC’s 2013 and 2024 guidance, the Office for Civil Rights’ actions against replies to online reviews, and a 2012 survey of psychiatry residents, each said with no more than its source confirms.',
    sources: [
      'ama-code-2-3-2',
      'fsmb-2019',
      'lee-snyder-sulmasy-2020',
      'gmc-2013',
      'hhs-ocr-online-reviews',
      'ginory-2012',
    ],
  },
];

/** A change's text in parts: plain text, and figures by id, so a block can show each figure from the data. */
export type ChangePart = { text: string } | { figure: FigureId };

const FIGURE_TOKEN = /\{fig:([^}]+)\}/g;

/** Splits a change's text at its `{fig:<id>}` tokens. The ids are checked by the content tests. */
export function changeParts(change: string): ChangePart[] {
  const parts: ChangePart[] = [];
  let last = 0;
  for (const match of change.matchAll(FIGURE_TOKEN)) {
    if (match.index > last) parts.push({ text: change.slice(last, match.index) });
    parts.push({ figure: match[1] as FigureId });
    last = match.index + match[0].length;
  }
  if (last < change.length) parts.push({ text: change.slice(last) });
  return parts;
}
