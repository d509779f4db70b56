import { describe, expect, it } from 'vitest';

import {
  leaveAssignment,
  openAssignment,
  answerCheck,
  answerPoll,
  clearChecks,
  completeLesson,
  recordFinalAttempt,
  recordPrecheck,
  setReflection,
  setRole,
  startLesson,
  visitSection,
} from './actions';
import { emptyProgress, freezeProgress, LIMITS, ProgressSchema, type Progress } from './schema';

const T0 = '2025-01-01T00:00:00.000Z';

/** A frozen document, so that any mutation by an action throws. */
function progress(patch: Partial<Progress> = {}): Progress {
  return freezeProgress({ ...emptyProgress(T0), ...patch });
}

describe('setRole', () => {
  it('sets the role', () => {
    expect(setRole(progress(), 'RP').role).toBe('RP');
  });

  it('returns the same document when the role is unchanged', () => {
    const p = progress({ role: 'MS' });

    expect(setRole(p, 'MS')).toBe(p);
  });

  it('can clear the role', () => {
    expect(setRole(progress({ role: 'PP' }), null).role).toBeNull();
  });
});

describe('startLesson', () => {
  it('marks a new lesson started and makes it the place to continue from', () => {
    const next = startLesson(progress(), 'intro');

    expect(next.lessons).toEqual({ intro: { status: 'started', updatedAt: T0 } });
    expect(next.lastVisited).toEqual({ lesson: 'intro' });
    expect(ProgressSchema.safeParse(next).success).toBe(true);
  });

  it('keeps a completed lesson completed, but still moves the place to continue from', () => {
    const p = progress({
      lessons: { intro: { status: 'completed', lastSection: 'wrap-up', updatedAt: T0 } },
      lastVisited: { lesson: 'other' },
    });

    const next = startLesson(p, 'intro');

    expect(next.lessons.intro).toBe(p.lessons.intro);
    expect(next.lastVisited).toEqual({ lesson: 'intro', section: 'wrap-up' });
  });

  it('continues from the section the lesson was left at', () => {
    const p = progress({
      lessons: { intro: { status: 'started', lastSection: 'part-2', updatedAt: T0 } },
      lastVisited: { lesson: 'other' },
    });

    expect(startLesson(p, 'intro').lastVisited).toEqual({ lesson: 'intro', section: 'part-2' });
  });

  it('returns the same document when the lesson is already started and last visited', () => {
    const p = startLesson(progress(), 'intro');

    expect(startLesson(p, 'intro')).toBe(p);
  });
});

describe('visitSection', () => {
  it('records the section on the lesson and as the place to continue from', () => {
    const p = startLesson(progress(), 'intro');

    const next = visitSection(p, 'intro', 'part-2');

    expect(next.lessons.intro).toEqual({ status: 'started', lastSection: 'part-2', updatedAt: T0 });
    expect(next.lastVisited).toEqual({ lesson: 'intro', section: 'part-2' });
  });

  it('starts a lesson not yet started', () => {
    const next = visitSection(progress(), 'intro', 'part-1');

    expect(next.lessons.intro?.status).toBe('started');
  });

  it('keeps a completed lesson completed', () => {
    const p = progress({ lessons: { intro: { status: 'completed', updatedAt: T0 } } });

    expect(visitSection(p, 'intro', 'part-1').lessons.intro?.status).toBe('completed');
  });

  it('returns the same document when nothing changes', () => {
    const p = visitSection(progress(), 'intro', 'part-1');

    expect(visitSection(p, 'intro', 'part-1')).toBe(p);
  });
});

describe('completeLesson', () => {
  it('marks a started lesson completed, keeping its last section', () => {
    const p = visitSection(progress(), 'intro', 'part-3');

    const next = completeLesson(p, 'intro');

    expect(next.lessons.intro).toEqual({ status: 'completed', lastSection: 'part-3', updatedAt: T0 });
  });

  it('marks a lesson never started completed', () => {
    expect(completeLesson(progress(), 'intro').lessons.intro?.status).toBe('completed');
  });

  it('returns the same document when the lesson is already completed', () => {
    const p = completeLesson(progress(), 'intro');

    expect(completeLesson(p, 'intro')).toBe(p);
  });
});

describe('answerPoll', () => {
  it('records the chosen value by question id, replacing an earlier answer', () => {
    const p = answerPoll(progress(), 'poll:friend', 'yes');

    const next = answerPoll(p, 'poll:friend', 'no');

    expect(p.polls).toEqual({ 'poll:friend': 'yes' });
    expect(next.polls).toEqual({ 'poll:friend': 'no' });
  });

  it('returns the same document for the same answer', () => {
    const p = answerPoll(progress(), 'poll:friend', 'yes');

    expect(answerPoll(p, 'poll:friend', 'yes')).toBe(p);
  });
});

describe('answerCheck', () => {
  it('records the chosen option index by question id', () => {
    const next = answerCheck(answerCheck(progress(), 'q1', 0), 'q2', 3);

    expect(next.checks).toEqual({ q1: 0, q2: 3 });
  });

  it('returns the same document for the same answer', () => {
    const p = answerCheck(progress(), 'q1', 2);

    expect(answerCheck(p, 'q1', 2)).toBe(p);
  });
});

describe('clearChecks', () => {
  it('removes only the given answers', () => {
    const p = progress({ checks: { q1: 0, q2: 1, q3: 2 } });

    expect(clearChecks(p, ['q1', 'q3', 'unknown']).checks).toEqual({ q2: 1 });
  });

  it('returns the same document when none of the questions was answered', () => {
    const p = progress({ checks: { q1: 0 } });

    expect(clearChecks(p, ['q2', 'toString'])).toBe(p);
  });
});

describe('setReflection', () => {
  it('records the text by reflection id', () => {
    expect(setReflection(progress(), 'r1', '  Some thoughts\n').reflections).toEqual({
      r1: '  Some thoughts\n',
    });
  });

  it('removes the reflection when the text is emptied', () => {
    const p = setReflection(progress(), 'r1', 'Some thoughts');

    expect(setReflection(p, 'r1', '').reflections).toEqual({});
    expect(setReflection(progress(), 'r1', '')).toEqual(progress());
  });

  it('cuts text to the limit, never inside a surrogate pair', () => {
    const long = 'x'.repeat(LIMITS.reflectionLength + 10);
    const astral = 'x'.repeat(LIMITS.reflectionLength - 1) + '😀';

    expect(setReflection(progress(), 'r1', long).reflections.r1).toHaveLength(LIMITS.reflectionLength);
    expect(setReflection(progress(), 'r1', astral).reflections.r1).toBe(
      'x'.repeat(LIMITS.reflectionLength - 1),
    );
  });

  it('returns the same document for the same text', () => {
    const p = setReflection(progress(), 'r1', 'Same');

    expect(setReflection(p, 'r1', 'Same')).toBe(p);
  });
});

describe('recordFinalAttempt', () => {
  const T1 = '2026-11-24T10:00:00.000Z';
  const T2 = '2026-11-24T11:00:00.000Z';

  it('counts attempts and keeps the last answers and score', () => {
    const once = recordFinalAttempt(emptyProgress(T1), {
      answers: { a: 1 },
      scorePct: 50,
      passed: false,
      at: T1,
    });
    const twice = recordFinalAttempt(once, { answers: { a: 2 }, scorePct: 60, passed: false, at: T2 });
    expect(twice.finalCheck).toEqual({
      attempts: 2,
      answers: { a: 2 },
      scorePct: 60,
      passed: false,
      submittedAt: T2,
    });
  });

  it('keeps the first pass even when a later attempt fails', () => {
    const passed = recordFinalAttempt(emptyProgress(T1), {
      answers: { a: 0 },
      scorePct: 90,
      passed: true,
      at: T1,
    });
    const failedLater = recordFinalAttempt(passed, {
      answers: { a: 1 },
      scorePct: 40,
      passed: false,
      at: T2,
    });
    expect(failedLater.finalCheck?.firstPass).toEqual({ scorePct: 90, at: T1 });
    expect(failedLater.finalCheck?.passed).toBe(false);
  });
});

describe('recordPrecheck', () => {
  const T1 = '2026-12-03T09:00:00.000Z';

  it('keeps the answers and the time, and a skip as no answers', () => {
    expect(recordPrecheck(progress(), { a: 1, b: 0 }, T1).precheck).toEqual({
      answers: { a: 1, b: 0 },
      at: T1,
    });
    expect(recordPrecheck(progress(), {}, T1).precheck).toEqual({ answers: {}, at: T1 });
  });

  it('is asked once: a second record leaves the first as it was', () => {
    const skipped = recordPrecheck(progress(), {}, T0);
    expect(recordPrecheck(skipped, { a: 1 }, T1)).toBe(skipped);
  });
});

describe('assignments', () => {
  const at = '2026-12-01T10:00:00.000Z';

  it('keeps the opened link, replaces an earlier one, and returns the same document for the same link', () => {
    const opened = openAssignment(emptyProgress(at), 'a.b.c', at);
    expect(opened.assignment).toEqual({ token: 'a.b.c', openedAt: at });
    expect(openAssignment(opened, 'a.b.c', '2026-12-02T00:00:00.000Z')).toBe(opened);
    expect(openAssignment(opened, 'd.e.f', at).assignment?.token).toBe('d.e.f');
  });

  it('forgets the assignment when the learner leaves it, and nothing else', () => {
    const opened = { ...openAssignment(emptyProgress(at), 'a.b.c', at), role: 'MS' as const };
    const left = leaveAssignment(opened);
    expect(left).not.toHaveProperty('assignment');
    expect(left.role).toBe('MS');
    expect(leaveAssignment(left)).toBe(left);
  });
});
