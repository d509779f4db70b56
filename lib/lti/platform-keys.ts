import 'server-only';
import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';

/** One remote key set per platform JWKS URL, cached by jose (refetched on an unknown kid, at most every 30 s). */
const sets = new Map<string, JWTVerifyGetKey>();

export function platformKeys(jwksUrl: string): JWTVerifyGetKey {
  let set = sets.get(jwksUrl);
  if (!set) {
    set = createRemoteJWKSet(new URL(jwksUrl), { timeoutDuration: 5_000, cooldownDuration: 30_000 });
    sets.set(jwksUrl, set);
  }
  return set;
}
