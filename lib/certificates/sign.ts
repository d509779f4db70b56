import 'server-only';
import { compactJws, type SigningKey } from '@/lib/signing/jws';
import { CREDENTIAL_JWT_TYPE, issuerUrls } from './constants';
import type { OpenBadgeCredential, PrintedClaims } from './credential';

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
