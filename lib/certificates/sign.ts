import { SignJWT, CompactSign, type JWK } from 'jose';
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

/**
 * Secures a credential as a VC-JWT (W3C VC-JOSE-COSE; Open Badges 3.0 §8.2): the payload is the credential
 * itself plus the registered claims OB 3.0 maps from it (iss = issuer.id, jti = id, nbf = validFrom; no
 * `sub`, since the subject is identified by name, not by an id). Header: alg EdDSA, kid, typ vc+jwt.
 */
export async function signCredential(credential: OpenBadgeCredential, key: SigningKey): Promise<string> {
  const origin = new URL(credential.issuer.id).origin;
  return new SignJWT({ ...credential })
    .setProtectedHeader({ alg: 'EdDSA', kid: credentialKid(origin, key.kid), typ: CREDENTIAL_JWT_TYPE })
    .setIssuer(credential.issuer.id)
    .setJti(credential.id)
    .setNotBefore(Math.floor(Date.parse(credential.validFrom) / 1000))
    .sign(key.privateKey);
}

/** The QR code's compact JWS of the printed claims: header {alg, kid}, nothing else, to stay small. */
export async function signPrintedClaims(claims: PrintedClaims, key: SigningKey): Promise<string> {
  const payload = new TextEncoder().encode(JSON.stringify(claims));
  return new CompactSign(payload).setProtectedHeader({ alg: 'EdDSA', kid: key.kid }).sign(key.privateKey);
}
