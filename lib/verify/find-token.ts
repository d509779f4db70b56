/** Where a pasted or uploaded text keeps its signed token. */
export type FoundToken =
  { ok: true; token: string; source: 'jws' | 'link' | 'json' } | { ok: false; message: string };

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const ENVELOPE_PREFIX = 'data:application/vc+jwt,';

/**
 * Finds the token in what a person pastes or uploads: a compact JWS (line breaks allowed), a
 * verification link (`…/verify#c=…`), or a credential file (a VC 2.0 EnvelopedVerifiableCredential).
 */
export function findToken(input: string): FoundToken {
  const text = input.trim();
  if (text === '')
    return { ok: false, message: 'There is nothing to check: paste a certificate code or link.' };

  if (text.startsWith('{')) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return { ok: false, message: 'The file looks like JSON but cannot be read.' };
    }
    const id = (data as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && id.startsWith(ENVELOPE_PREFIX)) {
      const token = id.slice(ENVELOPE_PREFIX.length);
      if (COMPACT_JWS.test(token)) return { ok: true, token, source: 'json' };
    }
    return { ok: false, message: 'The JSON file does not hold a signed credential (a VC-JWT envelope).' };
  }

  const fragment = /#(?:.*&)?c=([A-Za-z0-9_.-]+)/.exec(text);
  if (fragment && /^(https?:\/\/|\/|#)/.test(text)) {
    const token = fragment[1]!;
    return COMPACT_JWS.test(token)
      ? { ok: true, token, source: 'link' }
      : { ok: false, message: 'The verification link is incomplete: part of its code is missing.' };
  }

  const compact = text.replace(/\s+/g, '');
  if (COMPACT_JWS.test(compact)) return { ok: true, token: compact, source: 'jws' };
  return {
    ok: false,
    message: 'This is not a certificate code, link or file from this module.',
  };
}

/** The credential as a VC 2.0 EnvelopedVerifiableCredential: the JSON file a learner downloads. */
export function envelopeCredential(jwt: string): Record<string, string> {
  return {
    '@context': 'https://www.w3.org/ns/credentials/v2',
    id: `${ENVELOPE_PREFIX}${jwt}`,
    type: 'EnvelopedVerifiableCredential',
  };
}
