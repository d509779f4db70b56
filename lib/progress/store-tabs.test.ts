import { describe, expect, it, vi } from 'vitest';

import { answerPoll, completeLesson, startLesson } from './actions';
import { CURRENT_VERSION, decodeProgress, emptyProgress, type Progress } from './schema';
import { memoryStorage, type ProgressStorage } from './storage';
import { createProgressStore } from './store';
import { InvalidProgressError } from './store-contract';
import { savedProgress, T0, T1 } from './store-testing';

describe('createProgressStore with other tabs', () => {
  it('applies a valid change made in another tab and notifies', () => {
    const storage = memoryStorage();
    const store = createProgressStore(storage, () => T0);
    const listener = vi.fn();
    store.getSnapshot();
    store.subscribe(listener);
    const other = savedProgress((p) => completeLesson(p, 'intro'));

    storage.changeExternally(other);

    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot().lessons.intro?.status).toBe('completed');
  });

  it('ignores an invalid change made in another tab, keeping a copy aside', () => {
    const storage = memoryStorage();
    const store = createProgressStore(storage, () => T0);
    store.update((p) => startLesson(p, 'intro'));
    const before = store.getSnapshot();
    const listener = vi.fn();
    store.subscribe(listener);

    storage.changeExternally('{"version":1,"lessons":');

    expect(store.getSnapshot()).toBe(before);
    expect(listener).not.toHaveBeenCalled();
    expect(storage.keptAside).toEqual(['{"version":1,"lessons":']);
    expect(store.status()).toEqual({ persistent: true, problem: null });
  });

  it('starts afresh when another tab removes the progress', () => {
    const storage = memoryStorage(savedProgress((p) => startLesson(p, 'intro')));
    const store = createProgressStore(storage, () => T1);
    store.getSnapshot();

    storage.changeExternally(null);

    expect(store.getSnapshot()).toEqual(emptyProgress(T1));
  });

  it('stops saving when another tab saves a newer version', () => {
    const storage = memoryStorage();
    const store = createProgressStore(storage, () => T0);
    store.getSnapshot();
    const newer = JSON.stringify({ version: CURRENT_VERSION + 1 });

    storage.changeExternally(newer);
    store.update((p) => startLesson(p, 'intro'));

    expect(storage.read()).toBe(newer);
    expect(store.status().problem?.kind).toBe('newer-version');
  });
});

describe('replacing, deleting, and the unreadable copy', () => {
  it('replaces the whole document with an imported one, keeping its lesson times', () => {
    const storage = memoryStorage(savedProgress((p) => answerPoll(p, 'poll-1', 'yes')));
    const store = createProgressStore(storage, () => T1);
    const imported = completeLesson(emptyProgress(T0), 'intro');

    store.replace(imported);

    expect(store.getSnapshot()).toEqual({ ...imported, updatedAt: T1 });
    expect(store.getSnapshot().lessons.intro?.updatedAt).toBe(T0);
    expect(decodeProgress(storage.read()!)).toEqual({ kind: 'ok', progress: store.getSnapshot() });
  });

  it('rejects an invalid document to replace with, changing nothing', () => {
    const storage = memoryStorage(savedProgress((p) => answerPoll(p, 'poll-1', 'yes')));
    const before = storage.read();
    const store = createProgressStore(storage, () => T1);

    expect(() => store.replace({ ...emptyProgress(T0), role: 'surgeon' } as unknown as Progress)).toThrow(
      InvalidProgressError,
    );

    expect(storage.read()).toBe(before);
    expect(store.getSnapshot().polls).toEqual({ 'poll-1': 'yes' });
  });

  it('deletes the progress and the unreadable copy kept aside, and stops reporting it', () => {
    const storage = memoryStorage('not json');
    const store = createProgressStore(storage, () => T1);
    store.update((p) => answerPoll(p, 'poll-1', 'yes'));
    expect(store.unreadableCopy()).toBe('not json');

    store.reset();

    expect(store.getSnapshot()).toEqual(emptyProgress(T1));
    expect(decodeProgress(storage.read()!)).toEqual({ kind: 'ok', progress: emptyProgress(T1) });
    expect(storage.keptAside).toEqual([]);
    expect(store.unreadableCopy()).toBeNull();
    expect(store.status()).toEqual({ persistent: true, problem: null });
  });

  it('saves over unreadable text it was guarding once the learner deletes their progress', () => {
    let text: string | null = 'not json';
    const storage: ProgressStorage = {
      read: () => text,
      write: (next) => {
        text = next;
      },
    };
    const store = createProgressStore(storage, () => T1);
    store.update((p) => startLesson(p, 'intro'));
    expect(text).toBe('not json');

    store.reset();
    store.update((p) => answerPoll(p, 'poll-1', 'no'));

    expect(store.status()).toEqual({ persistent: true, problem: null });
    expect(decodeProgress(text!)).toMatchObject({ kind: 'ok', progress: { polls: { 'poll-1': 'no' } } });
  });

  it('does not save over a newer version’s document even when the learner deletes their progress', () => {
    const raw = JSON.stringify({ version: CURRENT_VERSION + 1 });
    const storage = memoryStorage(raw);
    const store = createProgressStore(storage, () => T1);
    store.update((p) => startLesson(p, 'intro'));

    store.reset();

    expect(storage.read()).toBe(raw);
    expect(store.getSnapshot()).toEqual(emptyProgress(T1));
    expect(store.status().problem?.kind).toBe('newer-version');
  });

  it('offers the unreadable text for download: kept aside, in a later visit, or only in memory', () => {
    const kept = memoryStorage('{"version":2,');
    expect(createProgressStore(kept, () => T0).unreadableCopy()).toBe('{"version":2,');

    const later = memoryStorage(savedProgress());
    later.keepAside('found in an earlier visit');
    expect(createProgressStore(later, () => T0).unreadableCopy()).toBe('found in an earlier visit');

    const noAside: ProgressStorage = { read: () => 'garbage', write: vi.fn() };
    expect(createProgressStore(noAside, () => T0).unreadableCopy()).toBe('garbage');

    expect(createProgressStore(memoryStorage(savedProgress()), () => T0).unreadableCopy()).toBeNull();
  });
});
