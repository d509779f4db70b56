/**
 * Where the progress store keeps its one text document. The store does not know whether that is the
 * browser's localStorage or (later) an LMS's suspend_data. Any method may throw; the store handles it.
 */
export interface ProgressStorage {
  /** The stored text, or null when nothing is stored. */
  read(): string | null;
  write(text: string): void;
  /**
   * Keep unreadable text aside, where the next `write` will not overwrite it. A storage without this
   * method (or whose call throws) never has unreadable text overwritten: the store then stays in memory.
   * A storage that accepts losing such text can provide a method that does nothing. The localStorage
   * adapter keeps one such text, the latest: an older one was offered to the learner when it was found.
   */
  keepAside?(text: string): void;
  /** The text last kept aside, or null when there is none (for the learner to download). */
  readAside?(): string | null;
  /** Forgets the text kept aside (when the learner deletes their progress). */
  discardAside?(): void;
  /** Calls back when another tab or window changes the stored text (null: removed). Returns unsubscribe. */
  subscribe?(onExternalChange: (text: string | null) => void): () => void;
}

export const DEFAULT_STORAGE_KEY = 'friend-request:progress';

/** The key under which `localStorageAdapter(key)` keeps unreadable text aside. */
export function asideKey(key: string): string {
  return `${key}:unreadable`;
}

/**
 * The browser's localStorage under `key`. `window.localStorage` is looked up on every call because merely
 * reading it throws when the browser blocks storage.
 */
export function localStorageAdapter(key: string = DEFAULT_STORAGE_KEY): ProgressStorage {
  const local = (): Storage => window.localStorage;
  return {
    read: () => local().getItem(key),
    write: (text) => local().setItem(key, text),
    keepAside: (text) => local().setItem(asideKey(key), text),
    readAside: () => local().getItem(asideKey(key)),
    discardAside: () => local().removeItem(asideKey(key)),
    subscribe(onExternalChange) {
      const onStorage = (event: StorageEvent) => {
        // key null: the other tab cleared all of this site's storage.
        if (event.key !== key && event.key !== null) return;
        let area: Storage;
        try {
          area = local();
        } catch {
          return;
        }
        if (event.storageArea !== null && event.storageArea !== area) return;
        onExternalChange(event.key === null ? null : event.newValue);
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    },
  };
}

export interface MemoryStorage extends ProgressStorage {
  /** Every text kept aside, oldest first. */
  readonly keptAside: readonly string[];
  /** Changes the stored text as another tab would: subscribers are told. */
  changeExternally(text: string | null): void;
  keepAside(text: string): void;
  readAside(): string | null;
  discardAside(): void;
  subscribe(onExternalChange: (text: string | null) => void): () => void;
}

/** Storage that lasts as long as the page; for the server and for tests. */
export function memoryStorage(initial: string | null = null): MemoryStorage {
  let text = initial;
  let keptAside: string[] = [];
  const subscribers = new Set<(text: string | null) => void>();
  return {
    read: () => text,
    write(next) {
      text = next;
    },
    keepAside(aside) {
      keptAside.push(aside);
    },
    get keptAside() {
      return keptAside;
    },
    readAside: () => keptAside.at(-1) ?? null,
    discardAside() {
      keptAside = [];
    },
    subscribe(onExternalChange) {
      subscribers.add(onExternalChange);
      return () => {
        subscribers.delete(onExternalChange);
      };
    },
    changeExternally(next) {
      text = next;
      for (const subscriber of [...subscribers]) subscriber(next);
    },
  };
}
