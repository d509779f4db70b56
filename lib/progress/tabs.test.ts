import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { answerPoll, completeLesson, setReflection, startLesson } from './actions';
import { decodeProgress, emptyProgress, encodeProgress, type Progress } from './schema';
import type { ProgressStorage } from './storage';
import { createProgressStore } from './store';
import { PROBLEM_MESSAGES } from './store-contract';

const T0 = '2025-01-01T00:00:00.000Z';

/**
 * One stored text shared by several tabs, as localStorage is. A write by one tab reaches the others'
 * change listeners only when `deliver()` is called, as a browser's storage event arrives later.
 */
function sharedStorage(initial: string | null = null) {
  let text = initial;
  const queues = new Map<number, (string | null)[]>();
  const listeners = new Map<number, (text: string | null) => void>();
  let failWrites = new Set<number>();
  let next = 0;

  function tab(): ProgressStorage {
    const id = next++;
    queues.set(id, []);
    return {
      read: () => text,
      write(value) {
        if (failWrites.has(id)) throw new DOMException('Quota exceeded', 'QuotaExceededError');
        text = value;
        for (const [other, queue] of queues) if (other !== id) queue.push(value);
      },
      keepAside: () => {},
      subscribe(listener) {
        listeners.set(id, listener);
        return () => listeners.delete(id);
      },
    };
  }

  return {
    tab,
    read: () => text,
    /** Delivers the pending change events to each tab, oldest first. */
    deliver(only?: number) {
      for (const [id, queue] of queues) {
        if (only !== undefined && id !== only) continue;
        for (const value of queue.splice(0)) listeners.get(id)?.(value);
      }
    },
    failWritesOf(ids: number[]) {
      failWrites = new Set(ids);
    },
  };
}

function stored(text: string | null): Progress {
  const decoded = decodeProgress(text ?? '');
  if (decoded.kind !== 'ok') throw new Error(`Stored text is not a document: ${text}`);
  return decoded.progress;
}

describe('two tabs over one storage', () => {
  it('keeps an answer given in one tab when the other tab, not yet told of it, answers next', () => {
    const shared = sharedStorage();
    const a = createProgressStore(shared.tab(), () => T0);
    const b = createProgressStore(shared.tab(), () => T0);
    a.getSnapshot();
    b.getSnapshot();

    a.update((p) => answerPoll(p, 'poll-1', 'yes'));
    b.update((p) => answerPoll(p, 'poll-2', 'no')); // B has not had the change event yet.

    expect(stored(shared.read()).polls).toEqual({ 'poll-1': 'yes', 'poll-2': 'no' });
    expect(b.getSnapshot().polls).toEqual({ 'poll-1': 'yes', 'poll-2': 'no' });
    shared.deliver();
    expect(a.getSnapshot().polls).toEqual({ 'poll-1': 'yes', 'poll-2': 'no' });
  });

  it('never goes back to an older state when a change event arrives late', () => {
    const shared = sharedStorage();
    const a = createProgressStore(shared.tab(), () => T0);
    const b = createProgressStore(shared.tab(), () => T0);
    a.getSnapshot();
    b.getSnapshot();

    a.update((p) => completeLesson(p, 'intro'));
    b.update((p) => setReflection(p, 'r1', 'Written in tab B'));
    shared.deliver(1); // B now hears of A's first write, which is older than what B saved.

    expect(b.getSnapshot().reflections).toEqual({ r1: 'Written in tab B' });
    expect(b.getSnapshot().lessons.intro?.status).toBe('completed');
  });

  it('tells a tab of the other tab’s change, once', () => {
    const shared = sharedStorage();
    const a = createProgressStore(shared.tab(), () => T0);
    const b = createProgressStore(shared.tab(), () => T0);
    a.getSnapshot();
    let told = 0;
    b.subscribe(() => (told += 1));
    b.getSnapshot();

    a.update((p) => startLesson(p, 'intro'));
    shared.deliver();
    shared.deliver();

    expect(told).toBe(1);
    expect(b.getSnapshot()).toEqual(a.getSnapshot());
  });

  it('keeps the answers of a tab that cannot save, takes in the other tab’s, and saves both once it can', () => {
    const shared = sharedStorage();
    const a = createProgressStore(shared.tab(), () => T0);
    const b = createProgressStore(shared.tab(), () => T0);
    a.getSnapshot();
    b.getSnapshot();
    shared.failWritesOf([0]);

    a.update((p) => setReflection(p, 'r1', 'Only in tab A so far'));
    expect(a.status().problem?.kind).toBe('write-failed');
    b.update((p) => answerPoll(p, 'poll-1', 'yes'));
    shared.deliver();

    expect(a.getSnapshot().reflections).toEqual({ r1: 'Only in tab A so far' });
    expect(a.getSnapshot().polls).toEqual({ 'poll-1': 'yes' });

    shared.failWritesOf([]);
    a.update((p) => answerPoll(p, 'poll-2', 'no'));

    expect(a.status()).toEqual({ persistent: true, problem: null });
    expect(stored(shared.read())).toMatchObject({
      reflections: { r1: 'Only in tab A so far' },
      polls: { 'poll-1': 'yes', 'poll-2': 'no' },
    });
  });

  it('empties the other tab when the learner deletes their progress in one', () => {
    const shared = sharedStorage(encodeProgress(answerPoll(emptyProgress(T0), 'poll-1', 'yes')));
    const a = createProgressStore(shared.tab(), () => T0);
    const b = createProgressStore(shared.tab(), () => T0);
    a.getSnapshot();
    b.getSnapshot();

    a.reset();
    shared.deliver();

    expect(b.getSnapshot().polls).toEqual({});
  });

  it('leaves a newer version’s document, saved by a tab of the updated module, untouched and asks for a reload', () => {
    const shared = sharedStorage();
    const a = createProgressStore(shared.tab(), () => T0);
    a.getSnapshot();
    const newer = JSON.stringify({ version: 99, lessons: {} });
    const c = shared.tab();
    c.write(newer);

    a.update((p) => startLesson(p, 'intro'));

    expect(shared.read()).toBe(newer);
    expect(a.status()).toEqual({
      persistent: false,
      problem: { kind: 'newer-version', message: PROBLEM_MESSAGES.newerVersion },
    });
  });
});

describe('two tabs answering in any order (property)', () => {
  const pollId = fc.constantFrom('poll-1', 'poll-2', 'poll-3', 'poll-4');
  const op = fc.oneof(
    fc.record({
      kind: fc.constant('answer' as const),
      tab: fc.integer({ min: 0, max: 1 }),
      id: pollId,
      value: fc.constantFrom('yes', 'no', 'unsure'),
    }),
    fc.record({ kind: fc.constant('deliver' as const), tab: fc.integer({ min: 0, max: 1 }) }),
  );

  it('ends with every answer kept, the latest answer to each question winning, in storage and both tabs', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const shared = sharedStorage();
        const tabs = [
          createProgressStore(shared.tab(), () => T0),
          createProgressStore(shared.tab(), () => T0),
        ];
        tabs.forEach((t) => t.getSnapshot());
        const expected: Record<string, string> = {};

        for (const o of ops) {
          if (o.kind === 'deliver') {
            shared.deliver(o.tab);
          } else {
            tabs[o.tab]!.update((p) => answerPoll(p, o.id, o.value));
            expected[o.id] = o.value;
            // The tab that answered always shows its own answer at once.
            expect(tabs[o.tab]!.getSnapshot().polls[o.id]).toBe(o.value);
          }
        }
        shared.deliver();

        const text = shared.read();
        expect(text === null ? {} : stored(text).polls).toEqual(expected);
        for (const t of tabs) expect(t.getSnapshot().polls).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
