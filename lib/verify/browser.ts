import { PATHS } from '@/lib/certificates/constants';
import type { PublishedKeys } from '@/lib/signing/jwks';
import type { Verification } from './types';

let keys: Promise<PublishedKeys> | undefined;

/** This module's published keys, fetched once from its own origin (again after a failure). */
export function publishedKeys(): Promise<PublishedKeys> {
  keys ??= fetch(PATHS.jwks, { cache: 'no-store' }).then(async (response) => {
    if (!response.ok) throw new Error(String(response.status));
    return (await response.json()) as PublishedKeys;
  });
  keys.catch(() => (keys = undefined));
  return keys;
}

/** Checks certificates in this browser against this module's published keys. Never sends them anywhere. */
export interface BrowserVerifier {
  /** A certificate PDF, a `.json` credential file or a text file with a code. */
  file(bytes: Uint8Array): Promise<Verification>;
  /** A pasted code, verification link or credential JSON. */
  text(text: string): Promise<Verification>;
}

/**
 * Loads the verifier (jose; pdf-lib only when a PDF comes) and the published keys when something is to be
 * checked, so that neither weighs on a page's first load. Rejects when the keys cannot be loaded.
 */
export async function loadBrowserVerifier(): Promise<BrowserVerifier> {
  const [verify, published] = await Promise.all([import('./verify'), publishedKeys()]);
  const options = { keys: published, issuerOrigin: window.location.origin };
  return {
    file: (bytes) => verify.verifyFile(bytes, options),
    text: (text) => verify.verifyText(text, options),
  };
}

/** Says what to do when the keys could not be loaded: nothing was checked. */
export const KEYS_UNAVAILABLE =
  'This module’s public keys could not be loaded, so nothing was checked. Check your connection and try again.';
