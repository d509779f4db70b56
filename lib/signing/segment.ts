/**
 * The JSON in one base64url segment of a compact JWS (its header or payload), read without checking any
 * signature; undefined when it is not base64url of UTF-8 JSON. No imports, so that code which must stay
 * small (the progress store's assignment) can read a token too.
 */
export function decodeJsonSegment(segment: string): unknown {
  try {
    const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
}
