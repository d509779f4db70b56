import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';

/**
 * A new private RS256 JWK for the tool, its thumbprint as kid: what `data/lti-signing-key.json` and
 * LTI_SIGNING_KEY hold. Not server-only: it reads no key of the server's, so the scale-out journey (which
 * Playwright loads outside Next) and the bench can make one too.
 */
export async function generateToolJwk(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, kid: await calculateJwkThumbprint({ kty: 'RSA', n: jwk.n!, e: jwk.e! }), alg: 'RS256' };
}
