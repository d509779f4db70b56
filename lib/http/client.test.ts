import { describe, expect, it } from 'vitest';
import { parseTrustProxy, resolveClientAddress, TRUST_NO_PROXY } from './client';

const nginx = '10.0.0.5';

describe('resolveClientAddress', () => {
  it('trusts no proxy by default: the socket is the client, whatever the headers say', () => {
    for (const value of [undefined, '', '0', 'false']) {
      const trust = parseTrustProxy(value);
      expect(
        resolveClientAddress(nginx, { forwardedFor: '203.0.113.7', realIp: '198.51.100.2' }, trust),
      ).toBe(nginx);
    }
    expect(resolveClientAddress('::ffff:192.0.2.9', {}, TRUST_NO_PROXY)).toBe('192.0.2.9');
  });

  it('with a hop count, takes the address the outermost declared proxy saw', () => {
    const one = parseTrustProxy('1');
    expect(resolveClientAddress(nginx, { forwardedFor: '203.0.113.7' }, one)).toBe('203.0.113.7');
    // What the client wrote itself sits further left and is passed over.
    expect(resolveClientAddress(nginx, { forwardedFor: '1.1.1.1, 203.0.113.7' }, one)).toBe('203.0.113.7');
    const two = parseTrustProxy('2');
    expect(resolveClientAddress(nginx, { forwardedFor: '1.1.1.1, 203.0.113.7, 10.0.0.9' }, two)).toBe(
      '203.0.113.7',
    );
    // Fewer entries than hops: the farthest one there is.
    expect(resolveClientAddress(nginx, { forwardedFor: '203.0.113.7' }, two)).toBe('203.0.113.7');
    // X-Real-IP counts through a declared proxy when it sent no X-Forwarded-For.
    expect(resolveClientAddress(nginx, { realIp: '203.0.113.8' }, one)).toBe('203.0.113.8');
  });

  it('with an address list, walks back past declared proxies only', () => {
    const trust = parseTrustProxy('10.0.0.0/8, loopback');
    expect(resolveClientAddress(nginx, { forwardedFor: '1.1.1.1, 203.0.113.7, 10.0.0.9' }, trust)).toBe(
      '203.0.113.7',
    );
    expect(resolveClientAddress('127.0.0.1', { forwardedFor: '203.0.113.7' }, trust)).toBe('203.0.113.7');
    // From an address not on the list, the header is ignored.
    expect(resolveClientAddress('192.0.2.50', { forwardedFor: '203.0.113.7' }, trust)).toBe('192.0.2.50');
    const privateRanges = parseTrustProxy('private');
    expect(resolveClientAddress('172.20.0.3', { forwardedFor: '203.0.113.7' }, privateRanges)).toBe(
      '203.0.113.7',
    );
  });

  it('never takes a malformed entry for the client', () => {
    const one = parseTrustProxy('1');
    expect(resolveClientAddress(nginx, { forwardedFor: 'not-an-address' }, one)).toBe(nginx);
    const list = parseTrustProxy('10.0.0.0/8');
    expect(resolveClientAddress(nginx, { forwardedFor: '203.0.113.7, garbage, 10.0.0.9' }, list)).toBe(
      '10.0.0.9',
    );
  });
});

describe('parseTrustProxy', () => {
  it('refuses what would trust any client, and says what it takes', () => {
    expect(() => parseTrustProxy('true')).toThrow(/number of proxies in front, or their addresses/);
    expect(() => parseTrustProxy('10.0.0.0/33')).toThrow(/"10.0.0.0\/33" is not an address, a CIDR range/);
    expect(() => parseTrustProxy('nginx')).toThrow(/"nginx" is not an address/);
    expect(() => parseTrustProxy('99')).toThrow(/more than 10 proxies/);
  });
});
