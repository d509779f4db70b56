// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

import { asideKey, DEFAULT_STORAGE_KEY, localStorageAdapter, memoryStorage } from './storage';

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

function storageEvent(init: StorageEventInit): StorageEvent {
  return new StorageEvent('storage', { storageArea: localStorage, ...init });
}

describe('localStorageAdapter', () => {
  it('reads and writes its key, and keeps unreadable text aside under another', () => {
    const storage = localStorageAdapter();

    expect(storage.read()).toBeNull();
    storage.write('{"a":1}');
    storage.keepAside?.('garbage');

    expect(storage.read()).toBe('{"a":1}');
    expect(localStorage.getItem(DEFAULT_STORAGE_KEY)).toBe('{"a":1}');
    expect(localStorage.getItem('friend-request:progress:unreadable')).toBe('garbage');
    expect(asideKey('k')).toBe('k:unreadable');
  });

  it('reads back the text kept aside, and forgets it when asked', () => {
    const storage = localStorageAdapter();
    expect(storage.readAside?.()).toBeNull();

    storage.keepAside?.('{"version":2,');
    expect(storage.readAside?.()).toBe('{"version":2,');

    storage.discardAside?.();
    expect(storage.readAside?.()).toBeNull();
    expect(localStorage.getItem(asideKey(DEFAULT_STORAGE_KEY))).toBeNull();
  });

  it('tells subscribers about other tabs’ changes to its key only, until unsubscribed', () => {
    const storage = localStorageAdapter('k');
    const onChange = vi.fn();
    const unsubscribe = storage.subscribe!(onChange);

    window.dispatchEvent(storageEvent({ key: 'k', newValue: 'new' }));
    window.dispatchEvent(storageEvent({ key: 'other', newValue: 'x' }));
    window.dispatchEvent(storageEvent({ key: 'k', newValue: 'y', storageArea: sessionStorage }));
    window.dispatchEvent(storageEvent({ key: null, newValue: null }));
    unsubscribe();
    window.dispatchEvent(storageEvent({ key: 'k', newValue: 'late' }));

    expect(onChange.mock.calls).toEqual([['new'], [null]]);
  });

  it('lets errors from a blocked localStorage reach the caller', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const storage = localStorageAdapter();

    expect(() => storage.read()).toThrow('insecure');
    expect(() => storage.write('x')).toThrow('insecure');
  });
});

describe('memoryStorage', () => {
  it('holds text, keeps aside copies and reports external changes', () => {
    const storage = memoryStorage('start');
    const onChange = vi.fn();
    storage.subscribe(onChange);

    storage.keepAside('old');
    storage.changeExternally('other tab');

    expect(storage.read()).toBe('other tab');
    expect(storage.keptAside).toEqual(['old']);
    expect(storage.readAside()).toBe('old');
    expect(onChange).toHaveBeenCalledWith('other tab');
  });
});
