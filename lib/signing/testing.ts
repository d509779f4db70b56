import { generatePrivateJwk, signingKeyFromJson } from './keys';
import type { SigningKey } from './jws';

/** A new signing key, as the server would load it. */
export async function newSigningKey(): Promise<SigningKey> {
  return signingKeyFromJson(JSON.stringify(await generatePrivateJwk()), 'test key');
}

/** The key set that publishes these keys. */
export function jwksOf(...keys: SigningKey[]) {
  return { keys: keys.map((k) => k.publicJwk as Record<string, unknown>) };
}

/** Base64url of a JSON value, as a JWS segment. */
export function segment(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** A JWS segment's JSON, read without any check. */
export function decodeSegment(part: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
}
