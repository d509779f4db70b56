import { describe, expect, it } from 'vitest';
import { lessonOrder } from '@/content/lessons/order';
import { figureList, formatFigure, isSourceId } from '@/content/study';
import { bankItems, finalQuestions, finalQuestionsByLesson, finalSlots, finalSlotsByLesson } from './final';
import { getQuestion, lessonCheckQuestions, questions } from './index';
import type { Question } from './types';

/*
 * What makes the checks trustworthy as an assessment: the right option does not give itself away by length
 * or by a catch-all, the final check's bank does not repeat the lessons' own prompts, and every slot has
 * parallel items to draw from. The limits are computed from the questions themselves.
 */

/** The most that the right option may be the strictly longest one, over a set of questions. */
const MAX_LONGEST_CORRECT_SHARE = 0.3;

/** The most that any one length rank (longest, second longest, …) may hold the right option. */
const MAX_SHARE_OF_ONE_LENGTH_RANK = 0.4;

/**
 * The most of a prompt's content words that may also be in another question's prompt. The old bank's
 * rewordings of lesson-check prompts shared 53% to 67% of their content words (the "clinical question in a
 * social-network message" pair 53%, the state boards' pair 67%), and two lesson checks on the AMA and privacy
 * settings 83%; prompts on one topic written afresh share well under half.
 */
const MAX_SHARED_CONTENT_WORDS = 0.5;

const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below
  between both but by can could did do does doing down during each few for from further had has have having
  he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
  nor not now of off on once only or other our ours ourselves out over own same she should so some such than
  that the their theirs them themselves then there these they this those through to too under until up very
  was we were what when where which while who whom why will with would you your yours yourself yourselves
  one two three may might must shall us whose`.split(/\s+/),
);

/** The prompt's content words: lowercased, apostrophes dropped, split on anything else, stop words dropped. */
function contentWords(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word));
  return new Set(words);
}

/** The share of `a`'s content words that also occur in `b`. */
function sharedShare(a: string, b: string): number {
  const wordsA = contentWords(a);
  const wordsB = contentWords(b);
  if (wordsA.size === 0) return 0;
  return [...wordsA].filter((word) => wordsB.has(word)).length / wordsA.size;
}

/** How many options are longer (in characters) than the right one: 0 when it is the longest or tied for it. */
function lengthRankOfCorrect(q: Question): number {
  const key = q.options[q.answer]!.text.length;
  return q.options.filter((option) => option.text.length > key).length;
}

/** The right option is longer than every other option (in characters). */
function correctIsStrictlyLongest(q: Question): boolean {
  const key = q.options[q.answer]!.text.length;
  return q.options.every((option, index) => index === q.answer || option.text.length < key);
}

function longestCorrectShare(set: readonly Question[]) {
  const longest = set.filter(correctIsStrictlyLongest);
  const share = longest.length / set.length;
  return {
    share,
    message: `the right option is the strictly longest in ${longest.length} of ${set.length} questions (${Math.round(share * 100)}%): ${longest.map((q) => q.id).join(', ')}`,
  };
}

/** A catch-all option: “all of the above”, “none of these” and the like. */
const CATCH_ALL = /\b(all|none|both|neither) of the above\b|^\s*(all|none|both|neither) of (these|them)\b/i;

describe('the question bank', () => {
  it('has unique ids across the lesson checks and the final check’s bank', () => {
    const ids = questions.map((q) => q.id);
    const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(repeated).toEqual([]);
    expect(ids.length).toBe(lessonCheckQuestions.length + bankItems.length);
  });

  it('finds every lesson-check question and every bank item by its id', () => {
    for (const q of [...lessonCheckQuestions, ...bankItems]) expect(getQuestion(q.id)).toBe(q);
  });

  it.each(questions.map((q) => [q.id, q] as const))('%s is well-formed', (_id, q) => {
    expect(q.options.length).toBeGreaterThanOrEqual(3);
    expect(Number.isInteger(q.answer) && q.answer >= 0 && q.answer < q.options.length).toBe(true);
    for (const option of q.options) {
      expect(option.text.trim()).not.toBe('');
      expect(option.explanation.trim().length, `explanation of "${option.text}"`).toBeGreaterThan(20);
    }
    expect(new Set(q.options.map((o) => o.text)).size).toBe(q.options.length);
    expect(q.sources.length).toBeGreaterThan(0);
    q.sources.forEach((s) => expect(isSourceId(s), s).toBe(true));
  });

  it('tells each question apart by the opening of its prompt (how a page and its journeys find it)', () => {
    for (const q of questions) {
      const opening = q.prompt.slice(0, 50);
      const others = questions.filter((other) => other !== q && other.prompt.includes(opening));
      expect(
        others.map((other) => other.id),
        q.id,
      ).toEqual([]);
    }
  });

  it('does not always put the correct answer in the same place', () => {
    const positions = new Set(questions.map((q) => q.answer));
    expect(positions.size).toBeGreaterThan(1);
  });
});

describe('fair options', () => {
  it.each([
    ['every question', questions],
    ['the lesson checks', lessonCheckQuestions],
    ['the final check’s bank', bankItems],
    ['the final check as asked today', finalQuestions],
  ] as const)('in %s the right option is seldom the strictly longest', (_name, set) => {
    const { share, message } = longestCorrectShare(set);
    expect(share, message).toBeLessThanOrEqual(MAX_LONGEST_CORRECT_SHARE);
  });

  it('gives no length rank away: “always pick the n-th longest” wins no more than 40% of questions', () => {
    const maxOptions = Math.max(...questions.map((q) => q.options.length));
    for (let rank = 0; rank < maxOptions; rank++) {
      const held = questions.filter((q) => lengthRankOfCorrect(q) === rank);
      expect(
        held.length / questions.length,
        `the right option has ${rank} longer option(s) in ${held.length} of ${questions.length} questions`,
      ).toBeLessThanOrEqual(MAX_SHARE_OF_ONE_LENGTH_RANK);
    }
  });

  it('has no “all of the above” or “none of the above” option', () => {
    const catchAll = questions.flatMap((q) =>
      q.options.filter((o) => CATCH_ALL.test(o.text)).map((o) => `${q.id}: ${o.text}`),
    );
    expect(catchAll).toEqual([]);
  });

  it('explains every option, and only the right one’s explanation says it is right', () => {
    for (const q of questions) {
      q.options.forEach((option, index) => {
        const explanation = option.explanation.trim();
        expect(explanation.length, `${q.id}, option ${index}`).toBeGreaterThan(20);
        expect(explanation.startsWith('Right.'), `${q.id}, option ${index}: ${explanation}`).toBe(
          index === q.answer,
        );
      });
    }
  });
});

describe('the final check’s bank against the lessons’ checks', () => {
  it('never reuses a lesson-check prompt, nor a close rewording of one', () => {
    const closeCopies = bankItems.flatMap((item) =>
      lessonCheckQuestions
        .map((check) => ({ check, share: sharedShare(item.prompt, check.prompt) }))
        .filter(({ share }) => share > MAX_SHARED_CONTENT_WORDS)
        .map(({ check, share }) => `${item.id} ~ ${check.id} (${Math.round(share * 100)}%)`),
    );
    expect(closeCopies, closeCopies.join('; ')).toEqual([]);
  });

  it('has no two lesson-check prompts that are close rewordings of each other', () => {
    const closeCopies = lessonCheckQuestions.flatMap((a, i) =>
      lessonCheckQuestions
        .slice(i + 1)
        .map((b) => ({
          b,
          share: Math.max(sharedShare(a.prompt, b.prompt), sharedShare(b.prompt, a.prompt)),
        }))
        .filter(({ share }) => share > MAX_SHARED_CONTENT_WORDS)
        .map(({ b, share }) => `${a.id} ~ ${b.id} (${Math.round(share * 100)}%)`),
    );
    expect(closeCopies, closeCopies.join('; ')).toEqual([]);
  });

  it('the word-overlap measure flags a reworded prompt and passes one written afresh', () => {
    // A lesson check's prompt, the old final-check item that reworded it, and the item that replaced it.
    const lessonCheck =
      'A patient you see in clinic sends you a private message on a social network asking whether to change the dose of a medication. What is the best response?';
    const rewording =
      'A patient you already treat asks about a change in her medication in a message on a social network. Which response best follows the ACP/FSMB guidance?';
    const afresh =
      'The mother of a boy you treat for asthma sends a friend request to your personal account, with a note asking whether his inhaler dose can go up before the weekend. Which reply best fits the guidance?';
    expect(sharedShare(rewording, lessonCheck)).toBeGreaterThan(MAX_SHARED_CONTENT_WORDS);
    expect(sharedShare(afresh, lessonCheck)).toBeLessThanOrEqual(MAX_SHARED_CONTENT_WORDS);
    expect(sharedShare(lessonCheck, lessonCheck)).toBe(1);
  });
});

describe('the final check’s slots', () => {
  it('has two or three slots for every lesson, in course order, at least 15 slots and 30 items in all', () => {
    for (const slug of lessonOrder) {
      expect(finalSlotsByLesson[slug].length, slug).toBeGreaterThanOrEqual(2);
      expect(finalSlotsByLesson[slug].length, slug).toBeLessThanOrEqual(3);
      finalSlotsByLesson[slug].forEach((slot) => expect(slot.lesson, slot.id).toBe(slug));
    }
    expect(finalSlots.map((slot) => slot.id)).toEqual(
      lessonOrder.flatMap((slug) => finalSlotsByLesson[slug].map((slot) => slot.id)),
    );
    expect(new Set(finalSlots.map((slot) => slot.id)).size).toBe(finalSlots.length);
    expect(finalSlots.length).toBeGreaterThanOrEqual(15);
    expect(bankItems.length).toBeGreaterThanOrEqual(30);
    expect(bankItems).toEqual(finalSlots.flatMap((slot) => slot.items));
  });

  it.each(finalSlots.map((slot) => [slot.id, slot] as const))(
    '%s states its objective and has at least two parallel final-check items',
    (_id, slot) => {
      expect(slot.objective.trim().length).toBeGreaterThan(20);
      expect(slot.items.length).toBeGreaterThanOrEqual(2);
      slot.items.forEach((item) => expect(item.lesson, item.id).toBe('final'));
    },
  );

  it('asks, until the per-attempt draw, the first item of each slot', () => {
    for (const slug of lessonOrder) {
      expect(finalQuestionsByLesson[slug]).toEqual(finalSlotsByLesson[slug].map((slot) => slot.items[0]));
    }
    expect(finalQuestions.length).toBe(finalSlots.length);
  });

  it('keeps the ids of the final-check items learners have already answered, and adds new ones after them', () => {
    // The final check's ids of the five-lesson course; stored answers and certificates refer to them.
    const answeredBefore = [
      'final-study-random-not-enough',
      'final-study-worst-case',
      'final-study-women-respondents',
      'final-online-training-stage',
      'final-online-pew-pairing',
      'final-online-privacy-trend',
      'final-knock-profile-visits',
      'final-knock-portal-question',
      'final-knock-who-reports',
      'final-ethics-two-reasons',
      'final-ethics-unsure',
      'final-ethics-witness',
      'final-guide-professional-page',
      'final-guide-fsmb-contact',
      'final-guide-colleague-unresolved',
    ];
    const ids = finalQuestions.map((q) => q.id);
    expect(ids.slice(0, answeredBefore.length)).toEqual(answeredBefore);
    // The sixth lesson's come after them, from slots of their own.
    expect(ids.slice(answeredBefore.length)).toEqual(
      finalQuestionsByLesson['guidance-since-2013'].map((q) => q.id),
    );
    expect(ids.slice(answeredBefore.length).length).toBeGreaterThan(0);
  });
});

describe('percentages in what a learner reads before answering', () => {
  // The final check draws its items at random, so a page check sees only some of them: every prompt and
  // option of every question is checked here instead. Explanations say "computed" beside their arithmetic.
  const printed = new Set(figureList.filter((f) => f.unit === 'percent').map((f) => formatFigure(f)));

  it.each(questions.map((q) => [q.id, q] as const))('%s shows only figures of the study data', (_id, q) => {
    const shown = [q.prompt, ...q.options.map((option) => option.text)].join('\n');
    const unknown = [...shown.matchAll(/\d+(?:\.\d+)?%/g)]
      .map((m) => m[0])
      .filter((pct) => !printed.has(pct));
    expect(unknown).toEqual([]);
  });
});
