import 'server-only';
import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import type { Platform } from '@/lib/store/store';
import { SCOPE } from './claims';
import type { ToolKey } from './keys';

/*
 * Assignment and Grade Services 2.0: a score posted to the line item's /scores, with an access token from the
 * platform's token endpoint (OAuth 2 client-credentials grant, the client authenticated by a JWT signed with
 * the tool's key: IMS Security Framework §4.1). Tokens are reused until a minute before they expire.
 */

export interface Score {
  userId: string;
  scoreGiven: number;
  scoreMaximum: number;
  activityProgress: 'Completed';
  gradingProgress: 'FullyGraded';
  timestamp: string;
  comment?: string;
}

/** Why a post failed, and whether trying again can help. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

const tokens = new Map<string, { token: string; until: number }>();

export async function accessToken(
  platform: Platform,
  key: ToolKey,
  fetcher: typeof fetch,
  now: Date,
): Promise<string> {
  const cached = tokens.get(platform.id);
  if (cached && cached.until > now.getTime()) return cached.token;
  const seconds = Math.floor(now.getTime() / 1000);
  const assertion = await new SignJWT({})
    .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
    .setIssuer(platform.clientId)
    .setSubject(platform.clientId)
    .setAudience(platform.tokenUrl)
    .setIssuedAt(seconds)
    .setExpirationTime(seconds + 300)
    .setJti(randomUUID())
    .sign(key.privateKey);
  let response: Response;
  try {
    response = await fetcher(platform.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        client_assertion: assertion,
        scope: SCOPE.score,
      }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    throw new DeliveryError(`the token endpoint did not answer (${(error as Error).name})`, false);
  }
  if (!response.ok) throw new DeliveryError(`the token endpoint answered ${response.status}`, false);
  const body = (await response.json().catch(() => ({}))) as { access_token?: unknown; expires_in?: unknown };
  if (typeof body.access_token !== 'string')
    throw new DeliveryError('the token endpoint gave no access_token', false);
  const lifetime = typeof body.expires_in === 'number' ? body.expires_in : 3600;
  tokens.set(platform.id, {
    token: body.access_token,
    until: now.getTime() + Math.max(0, lifetime - 60) * 1000,
  });
  return body.access_token;
}

/** The line item's scores URL: `/scores` added to its path, its query kept (AGS §3.4). */
export function scoresUrl(lineItem: string): string {
  const url = new URL(lineItem);
  url.pathname = `${url.pathname.replace(/\/$/, '')}/scores`;
  return url.href;
}

export async function postScore(
  platform: Platform,
  lineItem: string,
  score: Score,
  key: ToolKey,
  fetcher: typeof fetch,
  now: Date,
): Promise<void> {
  const token = await accessToken(platform, key, fetcher, now);
  let response: Response;
  try {
    response = await fetcher(scoresUrl(lineItem), {
      method: 'POST',
      headers: { 'content-type': 'application/vnd.ims.lis.v1.score+json', authorization: `Bearer ${token}` },
      body: JSON.stringify(score),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    throw new DeliveryError(`the score endpoint did not answer (${(error as Error).name})`, false);
  }
  if (response.ok) return;
  if (response.status === 401) tokens.delete(platform.id);
  // The line item is gone or the score is refused as such: sending it again cannot help.
  const permanent = [400, 404, 410, 422].includes(response.status);
  throw new DeliveryError(`the score endpoint answered ${response.status}`, permanent);
}

/** Forgets the cached tokens (tests). */
export function forgetTokens(): void {
  tokens.clear();
}
