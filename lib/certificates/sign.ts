import 'server-only';
import { KeyObject, sign } from 'node:crypto';
import type { JWK } from 'jose';
import { CREDENTIAL_JWT_TYPE, issuerUrls } from './constants';
import type { OpenBadgeCredential, PrintedClaims } from './credential';

/** The key the server signs with: a private Ed25519 key and its published public half. */
export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  /** Public JWK with `kid`, `alg` and `use`, as published in the JWKS. */
  publicJwk: JWK;
}

/** The `kid` a credential's header carries: a URL that dereferences to the key set, with the key's id. */
export function credentialKid(origin: string, kid: string): string {
  return `${issuerUrls(origin).jwksUrl}#${kid}`;
}

/*
 * Signing is a compact JWS (RFC 7515 §7.1) made here with Node's own Ed25519 signature, which runs at once
 * on the calling thread. WebCrypto (what jose signs with) sends each signature to the thread pool and back
 * through promises, which under load cost more than the signature itself. Ed25519 is deterministic, so the
 * tokens are byte for byte those jose makes (sign.test.ts checks it); jose still verifies them everywhere.
 */

const keyObjects = new WeakMap<CryptoKey, KeyObject>();

function keyObject(key: CryptoKey): KeyObject {
  let object = keyObjects.get(key);
  if (!object) {
    if (key.type !== 'private' || key.algorithm.name !== 'Ed25519') {
      throw new TypeError('Certificates are signed with a private Ed25519 key.');
    }
    object = KeyObject.from(key);
    keyObjects.set(key, object);
  }
  return object;
}

function compactJws(header: Record<string, string>, payload: string, key: CryptoKey): string {
  const input = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(payload).toString('base64url')}`;
  // Ed25519 takes no digest: `null` selects pure EdDSA, the JWS `EdDSA` algorithm.
  const signature = sign(null, Buffer.from(input), keyObject(key));
  return `${input}.${signature.toString('base64url')}`;
}

/**
 * Secures a credential as a VC-JWT (W3C VC-JOSE-COSE; Open Badges 3.0 §8.2): the payload is the credential
 * itself plus the registered claims OB 3.0 maps from it (iss = issuer.id, jti = id, nbf = validFrom; no
 * `sub`, since the subject is identified by name, not by an id). Header: alg EdDSA, kid, typ vc+jwt.
 */
export async function signCredential(credential: OpenBadgeCredential, key: SigningKey): Promise<string> {
  const origin = new URL(credential.issuer.id).origin;
  const payload = {
    ...credential,
    iss: credential.issuer.id,
    jti: credential.id,
    nbf: Math.floor(Date.parse(credential.validFrom) / 1000),
  };
  const header = { alg: 'EdDSA', kid: credentialKid(origin, key.kid), typ: CREDENTIAL_JWT_TYPE };
  return compactJws(header, JSON.stringify(payload), key.privateKey);
}

/** The QR code's compact JWS of the printed claims: header {alg, kid}, nothing else, to stay small. */
export async function signPrintedClaims(claims: PrintedClaims, key: SigningKey): Promise<string> {
  return compactJws({ alg: 'EdDSA', kid: key.kid }, JSON.stringify(claims), key.privateKey);
}
