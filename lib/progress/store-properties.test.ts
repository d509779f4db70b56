import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { answerPoll, startLesson } from './actions';
import { decodeProgress, emptyProgress, encodeProgress } from './schema';
import { memoryStorage, type ProgressStorage } from './storage';
import { createProgressStore } from './store';
import { progressArbitrary } from './arbitraries';
import { T0 } from './store-testing';

describe('createProgressStore with arbitrary stored text (properties)', () => {
  const storedText = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.json(),
    progressArbitrary.map(encodeProgress),
    // Valid documents with one field replaced by arbitrary JSON.
    fc
      .tuple(
        progressArbitrary,
        fc.constantFrom('version', 'role', 'lessons', 'checks', 'extra'),
        fc.jsonValue(),
      )
      .map(([p, key, value]) => JSON.stringify({ ...p, [key]: value })),
    fc.record({ version: fc.integer() }).map((doc) => JSON.stringify(doc)),
  );

  it('never throws while loading, and never loses the stored text', () => {
    fc.assert(
      fc.property(storedText, (text) => {
        const storage = memoryStorage(text);
        const store = createProgressStore(storage, () => T0);

        const progress = store.getSnapshot();
        store.update((p) => startLesson(p, 'intro'));

        const decoded = decodeProgress(text);
        if (decoded.kind === 'ok') {
          expect(progress).toEqual(decoded.progress);
        } else {
          expect(progress).toEqual(emptyProgress(T0));
          if (decoded.kind === 'corrupt') expect(storage.keptAside).toContain(text);
          else expect(storage.read()).toBe(text);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never saves over stored text it cannot read when it cannot keep a copy aside', () => {
    fc.assert(
      fc.property(storedText, (text) => {
        let stored: string | null = text;
        const storage: ProgressStorage = {
          read: () => stored,
          write: (next) => {
            stored = next;
          },
          keepAside: () => {
            throw new DOMException('Quota exceeded', 'QuotaExceededError');
          },
        };
        const store = createProgressStore(storage, () => T0);

        expect(() => store.update((p) => answerPoll(startLesson(p, 'intro'), 'poll-1', 'yes'))).not.toThrow();

        expect(store.getSnapshot().polls['poll-1']).toBe('yes');
        if (decodeProgress(text).kind !== 'ok') {
          expect(stored).toBe(text);
          expect(store.status().persistent).toBe(false);
          if (decodeProgress(text).kind === 'corrupt') expect(store.unreadableCopy()).toBe(text);
        }
      }),
      { numRuns: 300 },
    );
  });
});
