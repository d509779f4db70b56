import { describe, expect, it, vi } from 'vitest';

import { answerCheck, answerPoll, completeLesson, setReflection, startLesson } from './actions';
import { CURRENT_VERSION, decodeProgress, emptyProgress } from './schema';
import { memoryStorage, type ProgressStorage } from './storage';
import { createProgressStore } from './store';
import { InvalidProgressError, PROBLEM_MESSAGES } from './store-contract';
import { clockOf, savedProgress, T0, T1 } from './store-testing';

describe('createProgressStore', () => {
  it('starts with empty progress when nothing is stored, and writes nothing until a change', () => {
    const storage = memoryStorage();
    const store = createProgressStore(storage, () => T0);

    const progress = store.getSnapshot();

    expect(progress).toEqual(emptyProgress(T0));
    expect(store.status()).toEqual({ persistent: true, problem: null });
    expect(storage.read()).toBeNull();
  });

  it('does not read storage until first asked', () => {
    const storage = memoryStorage();
    const read = vi.spyOn(storage, 'read');

    const store = createProgressStore(storage, () => T0);
    expect(read).not.toHaveBeenCalled();
    store.getSnapshot();
    store.status();
    store.getSnapshot();

    expect(read).toHaveBeenCalledTimes(1);
  });

  it('saves a change so that a new store over the same storage loads it', () => {
    const storage = memoryStorage();
    const store = createProgressStore(storage, clockOf(T0, T1));

    store.update((p) => answerCheck(startLesson(p, 'privacy'), 'privacy:q1', 2));
    const reloaded = createProgressStore(storage, () => T0).getSnapshot();

    expect(reloaded).toEqual(store.getSnapshot());
    expect(reloaded.checks).toEqual({ 'privacy:q1': 2 });
    expect(reloaded.lessons.privacy).toEqual({ status: 'started', updatedAt: T1 });
    expect(reloaded.updatedAt).toBe(T1);
  });

  it('stamps the time of the change on the document and only on the lesson entries the change replaced', () => {
    const storage = memoryStorage(savedProgress((p) => startLesson(startLesson(p, 'a'), 'b')));
    const store = createProgressStore(storage, clockOf(T0, T1));

    store.update((p) => completeLesson(p, 'b'));

    const progress = store.getSnapshot();
    expect(progress.updatedAt).toBe(T1);
    expect(progress.lessons.a?.updatedAt).toBe(T0);
    expect(progress.lessons.b).toEqual({ status: 'completed', updatedAt: T1 });
  });

  it('keeps corrupt JSON aside exactly as it was, starts afresh and says so', () => {
    const raw = '{"version":1,"lessons":{ oops \u2028 \uD800';
    const storage = memoryStorage(raw);
    const store = createProgressStore(storage, () => T0);

    const progress = store.getSnapshot();

    expect(progress).toEqual(emptyProgress(T0));
    expect(storage.keptAside).toEqual([raw]);
    expect(store.status()).toEqual({
      persistent: true,
      problem: { kind: 'corrupt', message: PROBLEM_MESSAGES.corrupt },
    });
  });

  it('keeps aside a JSON document that does not fit the schema', () => {
    const raw = JSON.stringify({ ...emptyProgress(T0), checks: { q1: 'b' } });
    const storage = memoryStorage(raw);
    const store = createProgressStore(storage, () => T0);

    store.update((p) => answerPoll(p, 'poll-1', 'yes'));

    expect(storage.keptAside).toEqual([raw]);
    expect(store.status().problem?.kind).toBe('corrupt');
    expect(decodeProgress(storage.read()!)).toMatchObject({
      kind: 'ok',
      progress: { polls: { 'poll-1': 'yes' } },
    });
  });

  it('does not save over unreadable text it could not keep aside', () => {
    const raw = 'not json';
    const storage: ProgressStorage = {
      read: () => raw,
      write: vi.fn(),
      keepAside: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const store = createProgressStore(storage, () => T0);

    store.update((p) => startLesson(p, 'intro'));

    expect(storage.write).not.toHaveBeenCalled();
    expect(store.getSnapshot().lessons.intro?.status).toBe('started');
    expect(store.status()).toEqual({
      persistent: false,
      problem: { kind: 'corrupt', message: PROBLEM_MESSAGES.corruptNotSaving },
    });
  });

  it('does not save over a document from a newer version, keeps changes in memory and asks for a reload', () => {
    const raw = JSON.stringify({ version: CURRENT_VERSION + 1, somethingNew: true });
    const storage = memoryStorage(raw);
    const store = createProgressStore(storage, () => T0);

    store.update((p) => startLesson(p, 'intro'));

    expect(storage.read()).toBe(raw);
    expect(storage.keptAside).toEqual([]);
    expect(store.getSnapshot().lessons.intro?.status).toBe('started');
    expect(store.status()).toEqual({
      persistent: false,
      problem: { kind: 'newer-version', message: PROBLEM_MESSAGES.newerVersion },
    });
  });

  it('keeps progress in memory and reports it unavailable when storage throws', () => {
    const storage: ProgressStorage = {
      read: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      write: vi.fn(() => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      }),
    };
    const store = createProgressStore(storage, () => T0);

    expect(() => store.update((p) => completeLesson(p, 'intro'))).not.toThrow();

    expect(store.getSnapshot().lessons.intro?.status).toBe('completed');
    expect(store.status()).toEqual({
      persistent: false,
      problem: { kind: 'unavailable', message: PROBLEM_MESSAGES.unavailable },
    });
    expect(storage.write).not.toHaveBeenCalled();
  });

  it('keeps the change in memory and reports write-failed when a write throws, then recovers', () => {
    const backing = memoryStorage();
    let full = true;
    const storage: ProgressStorage = {
      read: () => backing.read(),
      write: (text) => {
        if (full) throw new DOMException('Quota exceeded', 'QuotaExceededError');
        backing.write(text);
      },
    };
    const store = createProgressStore(storage, () => T0);

    store.update((p) => setReflection(p, 'r1', 'My thoughts'));

    expect(store.getSnapshot().reflections).toEqual({ r1: 'My thoughts' });
    expect(store.status()).toEqual({
      persistent: false,
      problem: { kind: 'write-failed', message: PROBLEM_MESSAGES.writeFailed },
    });

    full = false;
    store.update((p) => answerPoll(p, 'poll-1', 'no'));

    expect(store.status()).toEqual({ persistent: true, problem: null });
    expect(decodeProgress(backing.read()!)).toMatchObject({
      kind: 'ok',
      progress: { reflections: { r1: 'My thoughts' }, polls: { 'poll-1': 'no' } },
    });
  });

  it('returns the same snapshot and status objects until something changes', () => {
    const store = createProgressStore(memoryStorage(), () => T0);
    const first = store.getSnapshot();
    const firstStatus = store.status();

    expect(store.getSnapshot()).toBe(first);
    expect(store.status()).toBe(firstStatus);

    store.update((p) => startLesson(p, 'intro'));
    const second = store.getSnapshot();

    expect(second).not.toBe(first);
    expect(store.getSnapshot()).toBe(second);
  });

  it('neither saves nor notifies when a change returns the same document', () => {
    const storage = memoryStorage();
    const write = vi.spyOn(storage, 'write');
    const store = createProgressStore(storage, () => T0);
    store.update((p) => startLesson(p, 'intro'));
    const listener = vi.fn();
    store.subscribe(listener);
    const before = store.getSnapshot();

    store.update((p) => startLesson(p, 'intro'));

    expect(store.getSnapshot()).toBe(before);
    expect(listener).not.toHaveBeenCalled();
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('notifies subscribers of a change, and no longer after they unsubscribe', () => {
    const store = createProgressStore(memoryStorage(), () => T0);
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);

    store.update((p) => startLesson(p, 'a'));
    unsubscribe();
    store.update((p) => startLesson(p, 'b'));

    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('hands out a frozen snapshot, so it cannot be changed in place', () => {
    const store = createProgressStore(memoryStorage(savedProgress((p) => startLesson(p, 'a'))), () => T0);

    const progress = store.getSnapshot();

    expect(() => {
      progress.lessons.a!.status = 'completed';
    }).toThrow(TypeError);
    expect(() => {
      progress.polls.x = 'yes';
    }).toThrow(TypeError);
  });

  it('rejects a change that makes an invalid document, keeping the previous state', () => {
    const storage = memoryStorage();
    const store = createProgressStore(storage, () => T0);
    const before = store.getSnapshot();

    expect(() => store.update((p) => answerCheck(p, 'Not An Id!', 1))).toThrow(InvalidProgressError);

    expect(store.getSnapshot()).toBe(before);
    expect(storage.read()).toBeNull();
  });
});
