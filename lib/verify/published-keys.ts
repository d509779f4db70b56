import { PATHS } from '@/lib/certificates/constants';
import type { PublishedKeys } from './types';

let keys: Promise<PublishedKeys> | undefined;

/** This module's published keys, fetched once from its own origin (a failed fetch is tried again next time). */
export function publishedKeys(): Promise<PublishedKeys> {
  keys ??= fetch(PATHS.jwks, { cache: 'no-store' }).then(async (response) => {
    if (!response.ok) throw new Error(String(response.status));
    return (await response.json()) as PublishedKeys;
  });
  keys.catch(() => (keys = undefined));
  return keys;
}
