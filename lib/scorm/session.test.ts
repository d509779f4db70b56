import { readFileSync } from 'node:fs';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { lessonOrder } from '@/content/lessons/order';
import { bankItems } from '@/content/questions/final';
import { compactStorage, decodeCompact, encodeCompact } from '@/lib/progress/compact';
import { decodeProgress, emptyProgress, type Progress } from '@/lib/progress/schema';
import { memoryStorage } from '@/lib/progress/storage';
import { createProgressStore } from '@/lib/progress/store';
import { completeLesson } from '@/lib/progress/actions';
import type { ApiWindow, ScormVersion } from './api';
import { startScormSession, type ScormSessionOptions } from './session';

/*
 * scorm-again plays the LMS. It accepts suspend_data up to 64,000 characters, so the 4,096 of SCORM 1.2 is
 * asserted here, not left to it.
 */

const finished = (() => {
  const decoded = decodeProgress(
    readFileSync(new URL('../progress/fixtures/v4-finished-course.json', import.meta.url), 'utf8'),
  );
  if (decoded.kind !== 'ok') throw new Error('the fixture does not decode');
  return decoded.progress;
})();

const items = bankItems.map((q) => ({ id: q.id, answer: q.answer }));

function lmsFor(version: ScormVersion, seed?: Record<string, unknown>) {
  const api = version === '1.2' ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 });
  if (seed) api.loadFromJSON(seed as never);
  // The package is iframed by the LMS page, which holds the API.
  const top: ApiWindow = version === '1.2' ? { API: api } : { API_1484_11: api };
  const frame: ApiWindow = { parent: top };
  return { api, frame };
}

function options(version: ScormVersion, overrides: Partial<ScormSessionOptions> = {}): ScormSessionOptions {
  return {
    version,
    passMark: 80,
    failedStatus: 'incomplete',
    lessons: lessonOrder,
    items,
    mirror: memoryStorage(),
    now: (() => {
      let t = 0;
      return () => (t += 61_500);
    })(),
    ...overrides,
  };
}

// The LMS's whole data model as scorm-again renders it; the tests read it as a caller would, by path.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Cmi = any;
const cmi = (api: Scorm12API | Scorm2004API): Cmi => api.renderCMIToJSONObject();

function attempt(progress: Progress, scorePct: number, wrong: number): Progress {
  const answers = Object.fromEntries(
    items.slice(0, 17).map((item, i) => [item.id, i < wrong ? (item.answer + 1) % 4 : item.answer]),
  );
  return {
    ...progress,
    updatedAt: new Date(Date.parse(progress.updatedAt) + 60_000).toISOString(),
    finalCheck: {
      attempts: (progress.finalCheck?.attempts ?? 0) + 1,
      answers,
      scorePct,
      passed: scorePct >= 80,
      submittedAt: progress.updatedAt,
      ...(scorePct >= 80 ? { firstPass: { scorePct, at: progress.updatedAt } } : {}),
    },
  };
}

describe('a SCORM 1.2 launch', () => {
  it('reports incomplete, then passed with the score, each item of each attempt, the session time and the resume data', () => {
    const { api, frame } = lmsFor('1.2');
    const session = startScormSession(frame, options('1.2'))!;
    const storage = compactStorage(session.storage);
    const started = { ...emptyProgress('2026-03-01T10:00:00.000Z'), role: 'MS' as const };
    storage.write(JSON.stringify(started));
    expect(cmi(api).cmi.core).toMatchObject({ lesson_status: 'incomplete', exit: 'suspend' });

    const failed = attempt(started, 47, 9);
    storage.write(JSON.stringify(failed));
    expect(cmi(api).cmi.core).toMatchObject({
      lesson_status: 'incomplete',
      score: { raw: '47', min: '0', max: '100' },
    });
    const passed = attempt(failed, 88, 2);
    storage.write(JSON.stringify(passed));
    session.finish();

    const data = cmi(api).cmi;
    expect(data.core).toMatchObject({ lesson_status: 'passed', exit: '', score: { raw: '88' } });
    // 61.5 s between the launch and pagehide on the test's clock (scorm-again stores it as HH:MM:SS.S).
    expect(data.core.session_time).toMatch(/^0{2,4}:01:01\.50?$/);
    const interactions = Object.values(data.interactions) as Record<string, string>[];
    expect(interactions).toHaveLength(34);
    expect(interactions.filter((i) => i.result === 'wrong')).toHaveLength(11);
    expect(interactions[0]).toMatchObject({ id: items[0]!.id, type: 'choice' });
    expect(decodeCompact(data.suspend_data)).toMatchObject({
      kind: 'ok',
      progress: { finalCheck: { scorePct: 88 } },
    });
  });

  it('keeps a finished course’s resume data within SCORM 1.2’s 4,096 characters, and resumes from it', () => {
    const { api, frame } = lmsFor('1.2');
    const first = startScormSession(frame, options('1.2'))!;
    compactStorage(first.storage).write(JSON.stringify(finished));
    first.finish();
    const suspend = cmi(api).cmi.suspend_data as string;
    expect(suspend.length).toBeLessThanOrEqual(4096);
    expect(cmi(api).cmi.core.lesson_location).toBe('guidance-since-2013#check-your-understanding');

    const next = lmsFor('1.2', { cmi: { suspend_data: suspend, core: { entry: 'resume' } } });
    const resumed = startScormSession(next.frame, options('1.2'))!;
    expect(decodeProgress(compactStorage(resumed.storage).read()!)).toEqual({
      kind: 'ok',
      progress: finished,
    });
  });

  it('takes the pass mark from the LMS’s mastery score when it gives one', () => {
    const { api, frame } = lmsFor('1.2', { cmi: { student_data: { mastery_score: '90' } } });
    const session = startScormSession(frame, options('1.2'))!;
    expect(session.passMark).toBe(90);
    compactStorage(session.storage).write(
      JSON.stringify(attempt(emptyProgress('2026-03-01T10:00:00.000Z'), 88, 2)),
    );
    expect(cmi(api).cmi.core.lesson_status).toBe('incomplete');
  });

  it('reports a failed attempt as failed only when the build is asked to', () => {
    const { api, frame } = lmsFor('1.2');
    const session = startScormSession(frame, options('1.2', { failedStatus: 'failed' }))!;
    compactStorage(session.storage).write(
      JSON.stringify(attempt(emptyProgress('2026-03-01T10:00:00.000Z'), 47, 9)),
    );
    expect(cmi(api).cmi.core.lesson_status).toBe('failed');
  });
});

describe('a SCORM 2004 launch', () => {
  it('reports completion, success, the scaled score, how far the learner is, and interactions', () => {
    const { api, frame } = lmsFor('2004', { cmi: { scaled_passing_score: '0.7' } });
    const session = startScormSession(frame, options('2004'))!;
    expect(session.passMark).toBe(70);
    const storage = compactStorage(session.storage);
    const halfway: Progress = {
      ...emptyProgress('2026-03-01T10:00:00.000Z'),
      lessons: Object.fromEntries(
        lessonOrder
          .slice(0, 3)
          .map((slug) => [slug, { status: 'completed', updatedAt: '2026-03-01T10:00:00.000Z' }]),
      ),
    };
    storage.write(JSON.stringify(halfway));
    expect(cmi(api).cmi).toMatchObject({
      completion_status: 'incomplete',
      success_status: 'unknown',
      exit: 'suspend',
    });
    expect(Number(cmi(api).cmi.progress_measure)).toBeCloseTo(3 / (lessonOrder.length + 1), 3);

    storage.write(JSON.stringify(finished));
    session.finish();
    const data = cmi(api).cmi;
    expect(data).toMatchObject({
      completion_status: 'completed',
      success_status: 'passed',
      exit: 'normal',
      progress_measure: '1',
    });
    expect(data.score).toMatchObject({ raw: '88', min: '0', max: '100', scaled: '0.88' });
    expect(data.session_time).toMatch(/^PT\d+H\d+M[\d.]+S$/);
    const interactions = Object.values(data.interactions) as Record<string, string>[];
    expect(interactions).toHaveLength(Object.keys(finished.finalCheck!.answers).length);
    expect(new Set(interactions.map((i) => i.result))).toEqual(new Set(['correct', 'incorrect']));
  });
});

describe('the progress store on a launch', () => {
  it('reads back what it saved, so each change builds on the last one and the LMS holds them all', () => {
    const { api, frame } = lmsFor('2004');
    const session = startScormSession(frame, options('2004'))!;
    const store = createProgressStore(compactStorage(session.storage));
    store.update((p) => ({ ...p, role: 'MS' }));
    store.update((p) => completeLesson(p, lessonOrder[0]!));
    store.update((p) => completeLesson(p, lessonOrder[1]!));
    const kept = decodeCompact(cmi(api).cmi.suspend_data);
    expect(kept).toMatchObject({ kind: 'ok', progress: { role: 'MS' } });
    if (kept.kind !== 'ok') return;
    expect(Object.keys(kept.progress.lessons).sort()).toEqual([lessonOrder[0], lessonOrder[1]].sort());
    expect(cmi(api).cmi.completion_status).toBe('incomplete');
  });
});

describe('an LMS that refuses', () => {
  it('loses nothing: the browser keeps the code, the session says so, and the next save writes it all again', () => {
    const api = new Scorm12API({ logLevel: 5 });
    const frame: ApiWindow = { parent: { API: api } };
    const mirror = memoryStorage();
    const refusals: string[] = [];
    const session = startScormSession(
      frame,
      options('1.2', { mirror, onRefused: (what) => refusals.push(what) }),
    )!;
    const storage = compactStorage(session.storage);
    const realCommit = api.LMSCommit.bind(api);
    let down = true;
    api.LMSCommit = () => (down ? 'false' : realCommit(''));
    storage.write(JSON.stringify(finished));
    expect(session.refused()).toBe(true);
    expect(refusals).toContain('Commit');
    expect(decodeCompact(mirror.read()!)).toMatchObject({
      kind: 'ok',
      progress: { updatedAt: finished.updatedAt },
    });

    const realSet = api.LMSSetValue.bind(api);
    api.LMSSetValue = () => {
      throw new Error('LMS gone');
    };
    expect(() => storage.write(JSON.stringify(finished))).not.toThrow();
    api.LMSSetValue = realSet;
    down = false;
    session.flush();
    expect(session.refused()).toBe(false);
    expect(cmi(api).cmi.core.lesson_status).toBe('passed');
    expect(encodeCompact(finished)).toBe(cmi(api).cmi.suspend_data);
  });

  it('resumes from the browser’s copy when it is newer than what the LMS kept', () => {
    const older = lmsFor('1.2', {
      cmi: { suspend_data: encodeCompact(emptyProgress('2026-01-01T00:00:00.000Z')) },
    });
    const session = startScormSession(
      older.frame,
      options('1.2', { mirror: memoryStorage(encodeCompact(finished)) }),
    )!;
    expect(decodeCompact(session.storage.read()!)).toMatchObject({
      kind: 'ok',
      progress: { updatedAt: finished.updatedAt },
    });
  });
  it('keeps each learner’s copy apart, so a shared computer never resumes another learner’s course', () => {
    const copies = new Map<string, ReturnType<typeof memoryStorage>>();
    const mirror = (learnerId: string) => {
      if (!copies.has(learnerId)) copies.set(learnerId, memoryStorage());
      return copies.get(learnerId)!;
    };
    const first = lmsFor('1.2', { cmi: { core: { student_id: 'learner-a' } } });
    const a = startScormSession(first.frame, options('1.2', { mirror }))!;
    compactStorage(a.storage).write(JSON.stringify(finished));
    a.finish();

    const second = lmsFor('2004', { cmi: { learner_id: 'learner-b' } });
    const b = startScormSession(second.frame, options('2004', { mirror }))!;
    expect(b.storage.read()).toBeNull();
    expect([...copies.keys()]).toEqual(['learner-a', 'learner-b']);
    expect(decodeCompact(copies.get('learner-a')!.read()!)).toMatchObject({
      kind: 'ok',
      progress: { updatedAt: finished.updatedAt },
    });
  });
});

describe('no LMS at all', () => {
  it('finds none in a plain page, so the package runs on the browser’s storage', () => {
    const plain: ApiWindow = {};
    plain.parent = plain;
    expect(startScormSession(plain, options('1.2'))).toBeNull();
    // A 2004 package does not take a 1.2 API for its own.
    expect(startScormSession(lmsFor('1.2').frame, options('2004'))).toBeNull();
  });
});
