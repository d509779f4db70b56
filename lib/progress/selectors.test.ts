import { describe, expect, it } from 'vitest';

import {
  answerPoll,
  completeLesson,
  recordFinalAttempt,
  recordPrecheck,
  startLesson,
  visitSection,
} from './actions';
import { emptyProgress, type Progress } from './schema';
import { completedCount, lessonStatus, pollAnswer, precheckOffered, resumeTarget } from './selectors';

const T0 = '2025-01-01T00:00:00.000Z';
const ORDER = ['intro', 'privacy', 'boundaries'];

function progressAfter(...changes: ((p: Progress) => Progress)[]): Progress {
  return changes.reduce((p, change) => change(p), emptyProgress(T0));
}

describe('lessonStatus', () => {
  it('tells not-started, started and completed lessons apart', () => {
    const p = progressAfter(
      (p) => startLesson(p, 'intro'),
      (p) => completeLesson(p, 'privacy'),
    );

    expect(lessonStatus(p, 'intro')).toBe('started');
    expect(lessonStatus(p, 'privacy')).toBe('completed');
    expect(lessonStatus(p, 'boundaries')).toBe('not-started');
  });

  it('does not mistake inherited object properties for lessons', () => {
    expect(lessonStatus(emptyProgress(T0), 'constructor')).toBe('not-started');
  });
});

describe('completedCount', () => {
  it('counts the completed lessons among those given, each once', () => {
    const p = progressAfter(
      (p) => completeLesson(p, 'intro'),
      (p) => startLesson(p, 'privacy'),
      (p) => completeLesson(p, 'elsewhere'),
    );

    expect(completedCount(p, [...ORDER, 'intro'])).toBe(1);
    expect(completedCount(p, [])).toBe(0);
  });
});

describe('resumeTarget', () => {
  it('is null when nothing has been started', () => {
    expect(resumeTarget(emptyProgress(T0), ORDER)).toBeNull();
  });

  it('is the last place visited while that lesson is not completed', () => {
    const p = progressAfter(
      (p) => completeLesson(p, 'intro'),
      (p) => visitSection(p, 'boundaries', 'part-2'),
    );

    expect(resumeTarget(p, ORDER)).toEqual({ lesson: 'boundaries', section: 'part-2' });
  });

  it('is the first lesson not completed, at its last section, once the last one visited is completed', () => {
    const p = progressAfter(
      (p) => visitSection(p, 'privacy', 'part-4'),
      (p) => completeLesson(p, 'intro'),
      (p) => startLesson(p, 'boundaries'),
      (p) => completeLesson(p, 'boundaries'),
    );

    expect(resumeTarget(p, ORDER)).toEqual({ lesson: 'privacy', section: 'part-4' });
  });

  it('is the first lesson not yet started when those before are completed', () => {
    const p = progressAfter((p) => completeLesson(startLesson(p, 'intro'), 'intro'));

    expect(resumeTarget(p, ORDER)).toEqual({ lesson: 'privacy' });
  });

  it('ignores a last visit to a lesson no longer in the course', () => {
    const p = progressAfter(
      (p) => startLesson(p, 'privacy'),
      (p) => visitSection(p, 'retired-lesson', 'part-1'),
    );

    expect(resumeTarget(p, ORDER)).toEqual({ lesson: 'intro' });
    expect(
      resumeTarget(
        progressAfter((p) => startLesson(p, 'retired-lesson')),
        ORDER,
      ),
    ).toBeNull();
  });

  it('is null when every lesson is completed', () => {
    const p = progressAfter(
      ...ORDER.map((slug) => (p: Progress) => completeLesson(startLesson(p, slug), slug)),
    );

    expect(resumeTarget(p, ORDER)).toBeNull();
  });
});

describe('pollAnswer', () => {
  const options = [
    { value: 'acceptable', label: 'Acceptable' },
    { value: 'not-acceptable', label: 'Not acceptable' },
  ];

  it('gives the stored value and the label of the option it names', () => {
    const p = answerPoll(emptyProgress(T0), 'before-ethics-social', 'not-acceptable');

    expect(pollAnswer(p, 'before-ethics-social', options)).toEqual({
      value: 'not-acceptable',
      label: 'Not acceptable',
    });
  });

  it('is undefined for a question not answered, even one named like an inherited property', () => {
    const p = answerPoll(emptyProgress(T0), 'before-ethics-social', 'acceptable');

    expect(pollAnswer(p, 'after-ethics-social', options)).toBeUndefined();
    expect(pollAnswer(p, 'constructor', options)).toBeUndefined();
  });

  it('keeps an answer whose value is no longer an option, without a label', () => {
    const p = answerPoll(emptyProgress(T0), 'before-ethics-social', 'unsure');

    expect(pollAnswer(p, 'before-ethics-social', options)).toEqual({ value: 'unsure', label: undefined });
  });
});

describe('precheckOffered', () => {
  it('offers the pre-check to a learner who has begun nothing, answered the start page or not', () => {
    expect(precheckOffered(progressAfter())).toBe(true);
    expect(precheckOffered(progressAfter((p) => answerPoll(p, 'before-q1', 'yes')))).toBe(true);
  });

  it('offers it once, whether it was answered or skipped', () => {
    expect(precheckOffered(progressAfter((p) => recordPrecheck(p, { a: 1 }, T0)))).toBe(false);
    expect(precheckOffered(progressAfter((p) => recordPrecheck(p, {}, T0)))).toBe(false);
  });

  it('no longer offers it once a lesson or the final check has been begun: it would not be "before"', () => {
    expect(precheckOffered(progressAfter((p) => startLesson(p, 'intro')))).toBe(false);
    expect(
      precheckOffered(
        progressAfter((p) => recordFinalAttempt(p, { answers: {}, scorePct: 0, passed: false, at: T0 })),
      ),
    ).toBe(false);
  });
});
