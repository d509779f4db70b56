/**
 * The origin the browser used: its Host header (or a proxy's X-Forwarded-Host/-Proto). Next's request.url
 * names the server's own host name instead, which need not be the one the learner's browser sees.
 */
export function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() || request.headers.get('host');
  const proto =
    request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() || url.protocol.replace(':', '');
  if (!host || !/^[A-Za-z0-9.:[\]-]+$/.test(host) || !/^https?$/.test(proto)) return url.origin;
  return `${proto}://${host}`;
}

/** CERT_ISSUER_ORIGIN as an origin (scheme, host, port), or undefined when unset; throws when malformed. */
export function configuredIssuerOrigin(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  const url = new URL(value.trim());
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error('CERT_ISSUER_ORIGIN must be an http(s) origin such as https://example.org');
  }
  return url.origin;
}
