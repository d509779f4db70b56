import { BlockList, isIP } from 'node:net';

/*
 * Who the client is, for the rate limits: the address of the socket, unless the operator declared the
 * proxies in front (TRUST_PROXY). A client can write any X-Forwarded-For it likes; only the entries that a
 * declared proxy appended say anything. The module's server decides once per request and passes the answer
 * on in CLIENT_HEADER, which it always overwrites, so a client cannot send it either.
 */

/** Set by the module's server on every request (any incoming value is replaced). */
export const CLIENT_HEADER = 'x-friend-request-client';

/**
 * Which proxies to believe: `hops` proxies in front (the last `hops` entries of the chain were appended by
 * them), or any proxy whose address is in `list`.
 */
export type ProxyTrust = { hops: number } | { list: BlockList };

export const TRUST_NO_PROXY: ProxyTrust = { hops: 0 };

export class ProxyTrustError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProxyTrustError';
  }
}

const NAMED_RANGES: Record<string, readonly string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  private: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

/**
 * TRUST_PROXY: unset, empty, 0 or false trusts no proxy; a number N trusts N proxies in front; a
 * comma-separated list of addresses, CIDR ranges, `loopback` or `private` trusts proxies at those addresses.
 */
export function parseTrustProxy(value: string | undefined): ProxyTrust {
  const text = value?.trim() ?? '';
  if (text === '' || text === '0' || text.toLowerCase() === 'false') return TRUST_NO_PROXY;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 10)
      throw new ProxyTrustError(`TRUST_PROXY is ${hops}: more than 10 proxies in front is not plausible.`);
    return { hops };
  }
  if (text.toLowerCase() === 'true') {
    throw new ProxyTrustError(
      'TRUST_PROXY=true would believe any X-Forwarded-For a client sends: give the number of proxies in front, or their addresses.',
    );
  }
  const list = new BlockList();
  for (const raw of text.split(',')) {
    const entry = raw.trim();
    const named = NAMED_RANGES[entry.toLowerCase()];
    for (const range of named ?? [entry]) {
      const [address, prefix] = range.split('/');
      const family = isIP(address ?? '');
      const bits = prefix === undefined ? (family === 6 ? 128 : 32) : Number(prefix);
      const max = family === 6 ? 128 : 32;
      if (family === 0 || !Number.isInteger(bits) || bits < 0 || bits > max) {
        throw new ProxyTrustError(
          `TRUST_PROXY: "${entry}" is not an address, a CIDR range, "loopback" or "private" (or a number of proxies).`,
        );
      }
      list.addSubnet(address!, bits, family === 6 ? 'ipv6' : 'ipv4');
    }
  }
  return { list };
}

/** `::ffff:192.0.2.1` → `192.0.2.1`; anything that is not an address → undefined. */
function normalise(address: string | undefined): string | undefined {
  const text = address?.trim().replace(/^\[|\]$/g, '');
  if (!text) return undefined;
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(text)?.[1];
  const candidate = v4 ?? text;
  return isIP(candidate) ? candidate : undefined;
}

function trusted(trust: { list: BlockList }, address: string): boolean {
  return trust.list.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

export interface ClientHeaders {
  forwardedFor?: string | readonly string[];
  realIp?: string | readonly string[];
}

/**
 * The client's address: the socket's, or, through declared proxies only, the nearest address that no
 * declared proxy holds. Malformed entries are never the answer: the nearest good address is.
 */
export function resolveClientAddress(
  socketAddress: string | undefined,
  headers: ClientHeaders,
  trust: ProxyTrust,
): string {
  const socket = normalise(socketAddress) ?? 'unknown';
  const forwarded = [headers.forwardedFor ?? []]
    .flat()
    .flatMap((value) => value.split(','))
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const realIp = normalise([headers.realIp ?? []].flat()[0]);
  // The chain from the client to this server: what the proxies appended, then the socket.
  const chain = [...forwarded, socket];
  if (forwarded.length === 0 && realIp) chain.unshift(realIp);

  let index = chain.length - 1;
  if ('hops' in trust) index = Math.max(0, chain.length - 1 - trust.hops);
  else while (index > 0 && normalise(chain[index]) && trusted(trust, normalise(chain[index])!)) index--;
  // Never a malformed entry: walk back toward this server to the nearest real address.
  while (index < chain.length - 1 && !normalise(chain[index])) index++;
  return normalise(chain[index]) ?? socket;
}

/** The client a rate limit applies to, as the module's server recorded it (see CLIENT_HEADER). */
export function clientAddress(request: Request): string {
  return request.headers.get(CLIENT_HEADER)?.trim() || 'unknown';
}
