import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  guidanceSince2013FinalSlots,
  guidanceSince2013Questions,
} from '@/content/questions/guidance-since-2013';
import { getPoll, polls } from '@/content/polls';
import { getQuestion, questions } from '@/content/questions';
import { finalQuestionsByLesson, finalSlots, finalSlotsByLesson } from '@/content/questions/final';
import type { Question } from '@/content/questions/types';
import { formatFigure, getFigure, getSource, isSourceId } from '@/content/study';
import { parseLessonSource } from '@/lib/content/lesson-source';
import { teachingBlocks } from '@/components/blocks/teachingBlocks';
import { lessonOrder } from './order';

/*
 * The sixth lesson, checked closely: what its sources' cautions require, its questions and its poll. As one
 * of `lessonOrder`, lessons.test.ts checks its skeleton and looks its poll and questions up in the registries
 * too; the last tests here say it is registered where it belongs.
 */

const SLUG = 'guidance-since-2013';
const source = readFileSync(path.join(__dirname, `${SLUG}.mdx`), 'utf8');
const meta = parseLessonSource(SLUG, source);

/** Every value of `attr="…"` on a `<Tag …>` in the MDX text. */
function attributes(tag: string, attr: string): string[] {
  const tags = source.match(new RegExp(`<${tag}\\b[^>]*>`, 'g')) ?? [];
  return tags.flatMap((t) => [...t.matchAll(new RegExp(`\\b${attr}="([^"]*)"`, 'g'))].map((m) => m[1]!));
}

/** The text of every `<Evidence source="id">…</Evidence>` block for one source. */
function evidence(id: string): string {
  return (source.match(new RegExp(`<Evidence source="${id}"[\\s\\S]*?</Evidence>`, 'g')) ?? []).join('\n');
}

/** The paragraph (or list item) around each use of a figure. */
function contextsOf(figureId: string): string[] {
  return source.split(/\n\s*\n|\n- /).filter((block) => block.includes(`<Fig id="${figureId}"`));
}

const lessonQuestionIds = [
  ...(/<KnowledgeCheck\b[\s\S]*?\/>/.exec(source)?.[0] ?? '').matchAll(/'([^']+)'/g),
].map((m) => m[1]!);

const finalItems = guidanceSince2013FinalSlots.flatMap((slot) => slot.items);
const allQuestions: readonly Question[] = [...guidanceSince2013Questions, ...finalItems];

describe('lesson "guidance-since-2013"', () => {
  it('has frontmatter with objectives, about six minutes of reading, and the sections of the skeleton', () => {
    expect(meta.title).toBe('What came after 2013');
    expect(meta.minutes).toBe(6);
    expect(meta.objectives.length).toBeGreaterThanOrEqual(2);
    const titles = meta.sections.map((s) => s.title);
    for (const section of ['The case', 'Your view', 'Reflect', 'Recap', 'Check your understanding']) {
      expect(titles, section).toContain(section);
    }
    expect(titles.indexOf('The case')).toBe(0);
    expect(titles.indexOf('Your view')).toBe(1);
    expect(titles.at(-1)).toBe('Check your understanding');
  });

  it('is built from the teaching blocks: a labelled case, a poll, evidence, reflection, recap and a check', () => {
    for (const block of ['Scenario', 'Poll', 'Evidence', 'Reflection', 'Recap', 'KnowledgeCheck']) {
      expect(source, block).toMatch(new RegExp(`<${block}\\b`));
    }
    const used = new Set([...source.matchAll(/<([A-Z][A-Za-z]*)\b/g)].map((m) => m[1]!));
    expect([...used].filter((name) => !(name in teachingBlocks))).toEqual([]);
  });

  it('refers only to figures and sources that exist', () => {
    const figures = attributes('Fig', 'id');
    const sources = [...attributes('Cite', 'source'), ...attributes('Evidence', 'source')];
    expect(figures.length).toBeGreaterThan(0);
    figures.forEach((id) => expect(() => getFigure(id), id).not.toThrow());
    sources.forEach((id) => expect(() => getSource(id), id).not.toThrow());
  });

  it('cites each source of the guidance since 2013, the OCR cases and the residents’ survey', () => {
    const sources = new Set([...attributes('Cite', 'source'), ...attributes('Evidence', 'source')]);
    for (const id of [
      'ama-code-2-3-2',
      'ama-code-product-promotion',
      'fsmb-2019',
      'lee-snyder-sulmasy-2020',
      'gmc-2013',
      'hhs-ocr-online-reviews',
      'ginory-2012',
    ]) {
      expect(sources, id).toContain(id);
    }
  });

  it('types no percentage or dollar amount into its prose: figures come through <Fig>', () => {
    const prose = source.replace(/<[^>]+>/g, '');
    expect(prose.match(/\d+(\.\d+)?\s?%|\$\s?\d/g) ?? []).toEqual([]);
  });

  it('has no task-list checkboxes, raw links to routes or absolute URLs', () => {
    expect(source).not.toMatch(/^\s*[-*] \[[ x]\]/m);
    expect(source).not.toMatch(/\]\(\//);
    expect(source).not.toMatch(/href=/);
  });

  it('says where a figure is second-hand, wherever a secondary figure appears', () => {
    const secondary = attributes('Fig', 'id').filter((id) => getFigure(id).provenance === 'secondary');
    expect(secondary.length).toBeGreaterThan(0);
    for (const id of secondary) {
      for (const context of contextsOf(id)) expect(context, id).toMatch(/secondary/i);
    }
  });

  it('names every OCR case as OCR did, with its amount and date', () => {
    const ocr = evidence('hhs-ocr-online-reviews');
    for (const [name, figure, date] of [
      ['Elite Dental Associates', 'hhs-ocr/elite-dental-amount', '2 October 2019'],
      ['New Vision Dental', 'hhs-ocr/new-vision-dental-amount', '14 December 2022'],
      ['Manasa Health Center', 'hhs-ocr/manasa-amount', 'June 2023'],
      ['Dr. U. Phillip Igbinadolor, DMD & Associates', 'hhs-ocr/igbinadolor-penalty', 'June 2021'],
    ] as const) {
      const item = ocr.split('\n').find((line) => line.includes(name));
      expect(item, name).toBeDefined();
      expect(item, name).toContain(`<Fig id="${figure}" />`);
      expect(item, name).toContain(date);
    }
  });

  it('says nothing about what the FSMB’s 2019 policy recommends, as its caution requires', () => {
    expect(getSource('fsmb-2019').caution).toMatch(/nothing about what it recommends/);
    const block = evidence('fsmb-2019');
    expect(block).toMatch(/replac/);
    const claims = block
      .split(/(?<=[.!?])\s+/)
      .filter((sentence) => /\b(recommends?|advises?|asks|should|must|tells)\b/i.test(sentence));
    expect(claims.every((sentence) => /nothing here describes|read the policy/i.test(sentence))).toBe(true);
  });

  it('gives the residents’ survey its caution and the GMC’s profile advice to 2013, secondhand', () => {
    expect(evidence('ginory-2012')).toMatch(/no response rate can be computed/);
    expect(evidence('gmc-2013')).toMatch(/Medical Defence Union[^.]*secondary source/);
    expect(evidence('gmc-2013')).toMatch(/treat it as the 2013 guidance/);
    expect(evidence('ama-code-2-3-2')).toMatch(/no date/);
  });

  it('sends a possible privacy breach to the institution’s privacy office', () => {
    const section = source.split('\n## ').find((s) => s.startsWith('Your own institution')) ?? '';
    expect(section).toMatch(/social-media and privacy policies/);
    expect(section).toMatch(/privacy office/);
  });
});

describe('its questions', () => {
  it('checks the lesson with the questions of its own file, 4 or 5 of them, each of this lesson', () => {
    expect(lessonQuestionIds.length).toBeGreaterThanOrEqual(4);
    expect(lessonQuestionIds.length).toBeLessThanOrEqual(5);
    expect(lessonQuestionIds).toEqual(guidanceSince2013Questions.map((q) => q.id));
    for (const q of guidanceSince2013Questions) expect(q.lesson).toBe(SLUG);
  });

  it('has two final-check slots of at least two parallel items, each item of the final check', () => {
    expect(guidanceSince2013FinalSlots).toHaveLength(2);
    for (const slot of guidanceSince2013FinalSlots) {
      expect(slot.lesson).toBe(SLUG);
      expect(meta.objectives, slot.id).toContain(slot.objective);
      expect(slot.items.length, slot.id).toBeGreaterThanOrEqual(2);
      for (const item of slot.items) expect(item.lesson, item.id).toBe('final');
      const optionCounts = new Set(slot.items.map((item) => item.options.length));
      expect(optionCounts.size, `${slot.id}: parallel items have as many options`).toBe(1);
    }
  });

  it('uses ids found nowhere else in the bank', () => {
    const ids = [...allQuestions.map((q) => q.id), ...guidanceSince2013FinalSlots.map((s) => s.id)];
    expect(new Set(ids).size).toBe(ids.length);
    const own = new Set<unknown>([...allQuestions, ...guidanceSince2013FinalSlots]);
    const others = new Set([...questions, ...finalSlots].filter((x) => !own.has(x)).map((x) => x.id));
    expect(ids.filter((id) => others.has(id))).toEqual([]);
  });

  it('is the sixth lesson, after "Guidance and practice", with its check and its final-check slots registered', () => {
    expect(lessonOrder.indexOf(SLUG)).toBe(lessonOrder.indexOf('guidance-and-practice') + 1);
    expect(lessonOrder.indexOf(SLUG)).toBe(5);
    for (const q of guidanceSince2013Questions) expect(getQuestion(q.id), q.id).toBe(q);
    expect(finalSlotsByLesson[SLUG]).toBe(guidanceSince2013FinalSlots);
    expect(finalQuestionsByLesson[SLUG]).toEqual(guidanceSince2013FinalSlots.map((slot) => slot.items[0]));
  });

  it.each(allQuestions.map((q) => [q.id, q] as const))('%s is well-formed', (_id, q) => {
    expect(q.options.length).toBeGreaterThanOrEqual(3);
    expect(Number.isInteger(q.answer) && q.answer >= 0 && q.answer < q.options.length).toBe(true);
    for (const option of q.options) {
      expect(option.text.trim()).not.toBe('');
      expect(option.explanation.trim().length, option.text).toBeGreaterThan(20);
      expect(option.text, 'no all/none of the above').not.toMatch(/\b(all|none) of the above\b/i);
    }
    expect(q.options[q.answer]!.explanation).toMatch(/^Right\./);
    q.options.filter((_, i) => i !== q.answer).forEach((o) => expect(o.explanation, o.text).toMatch(/^No\./));
    expect(new Set(q.options.map((o) => o.text)).size).toBe(q.options.length);
    expect(q.sources.length).toBeGreaterThan(0);
    q.sources.forEach((s) => expect(isSourceId(s), s).toBe(true));
  });

  it.each(allQuestions.map((q) => [q.id, q] as const))(
    '%s does not give its answer away by length',
    (_id, q) => {
      const lengths = q.options.map((o) => o.text.length);
      const correct = lengths[q.answer]!;
      const others = lengths.filter((_, i) => i !== q.answer);
      expect(correct, 'the correct option is the longest').toBeLessThan(Math.max(...others));
      // Distractors as long and specific as the answer: none shorter than four fifths of it.
      for (const length of others) expect(length).toBeGreaterThanOrEqual(Math.floor(correct * 0.8));
    },
  );

  it('does not always put the correct answer in the same place', () => {
    expect(new Set(allQuestions.map((q) => q.answer)).size).toBeGreaterThan(1);
  });

  it('writes its figures in from the study data, never by hand', () => {
    const used = [
      'ginory-2012/friend-request-received',
      'bosslet/friend-request-received/RP',
      'hhs-ocr/manasa-amount',
      'hhs-ocr/igbinadolor-penalty',
    ].map((id) => formatFigure(getFigure(id)));
    const text = allQuestions
      .flatMap((q) => [q.prompt, ...q.options.flatMap((o) => [o.text, o.explanation])])
      .join(' ');
    const printed = [...text.matchAll(/\d+(?:\.\d+)?%|\$[\d,]+/g)].map((m) => m[0]);
    expect(printed.length).toBeGreaterThan(0);
    for (const value of printed) expect(used, value).toContain(value);
  });
});

describe('its poll', () => {
  const poll = getPoll('since');
  const texts = poll.questions.flatMap((q) => [q.prompt, ...q.options.map((o) => o.label)]);

  it('is the poll "since" of content/polls, the only one the lesson asks, with three questions', () => {
    expect(attributes('Poll', 'id')).toEqual(['since']);
    expect(poll.questions).toHaveLength(3);
    expect(new Set(poll.questions.map((q) => q.id)).size).toBe(3);
    for (const q of poll.questions) expect(q.id, q.id).toMatch(/^since-/);
  });

  it('asks first about the case, then about the learner’s own workplace', () => {
    const [caseQuestion, ...workplace] = poll.questions;
    expect(caseQuestion!.prompt).toMatch(/Ruth|Kevin/);
    for (const q of workplace) expect(q.prompt, q.id).toMatch(/\byour (practice|workplace)\b/);
  });

  it('mirrors no survey item and prints no figure, so nothing national is set beside its answers', () => {
    for (const q of poll.questions) {
      expect(q.item, q.id).toBeUndefined();
      expect(q.matches, q.id).toBeUndefined();
    }
    expect(texts.filter((text) => /\d/.test(text))).toEqual([]);
  });

  it('takes none of its questions from another poll: an answer here is this lesson’s own', () => {
    const elsewhere = new Set(polls.filter((p) => p !== poll).flatMap((p) => p.questions.map((q) => q.id)));
    expect(poll.questions.map((q) => q.id).filter((id) => elsewhere.has(id))).toEqual([]);
  });
});
