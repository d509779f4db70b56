import 'server-only';
import { KeyObject, sign } from 'node:crypto';
import type { JWK } from 'jose';

/** The key the server signs with: a private Ed25519 key and its published public half. */
export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  /** Public JWK with `kid`, `alg` and `use`, as published in the JWKS. */
  publicJwk: JWK;
}

/*
 * Signing is a compact JWS (RFC 7515 §7.1) made here with Node's own Ed25519 signature, which runs at once
 * on the calling thread. WebCrypto (what jose signs with) sends each signature to the thread pool and back
 * through promises, which under load cost more than the signature itself. Ed25519 is deterministic, so the
 * tokens are byte for byte those jose makes (certificates/sign.test.ts checks it); jose still verifies them
 * everywhere.
 */

const keyObjects = new WeakMap<CryptoKey, KeyObject>();

function keyObject(key: CryptoKey): KeyObject {
  let object = keyObjects.get(key);
  if (!object) {
    if (key.type !== 'private' || key.algorithm.name !== 'Ed25519') {
      throw new TypeError('Tokens are signed with a private Ed25519 key.');
    }
    object = KeyObject.from(key);
    keyObjects.set(key, object);
  }
  return object;
}

/** A compact JWS of `payload` (already JSON text) under `header`, signed with EdDSA. */
export function compactJws(header: Record<string, string>, payload: string, key: CryptoKey): string {
  const input = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(payload).toString('base64url')}`;
  // Ed25519 takes no digest: `null` selects pure EdDSA, the JWS `EdDSA` algorithm.
  const signature = sign(null, Buffer.from(input), keyObject(key));
  return `${input}.${signature.toString('base64url')}`;
}
