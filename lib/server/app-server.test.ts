import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handleCertificatePost, type CertificateEndpoint } from '@/lib/certificates/http';
import type { KeyRing } from '@/lib/signing/keys';
import { createRateLimiter } from '@/lib/http/rate-limit';
import { passingAnswers } from '@/lib/certificates/testing/fixtures';
import { jwksOf, newSigningKey } from '@/lib/signing/testing';
import { API_HEADERS, SECURITY_HEADERS } from '@/lib/security/headers.mjs';
import { parseTrustProxy } from '@/lib/http/client';
import type { Log } from '@/lib/log/log';
import { createAppServer, type AppServerOptions, type DirectRoute, type NodeHandler } from './app-server';

const HEADERS = [...SECURITY_HEADERS, ...API_HEADERS];
let server: Server | undefined;
let logged: Parameters<Log>[] = [];

afterEach(async () => {
  await new Promise<void>((resolve) => {
    if (!server) return resolve();
    server.closeAllConnections();
    server.close(() => resolve());
  });
  server = undefined;
  logged = [];
});

/** The server on a free loopback port; Next is a stand-in that says it answered. */
async function serve(routes: DirectRoute[], options?: AppServerOptions): Promise<string> {
  const next: NodeHandler = (req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(`next: ${req.method} ${req.url}`);
  };
  server = createAppServer(routes, next, { log: (...line) => logged.push(line), ...options });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function signingEndpoint(burst = 100): Promise<CertificateEndpoint> {
  const key = await newSigningKey();
  const ring: KeyRing = { signing: key, jwks: jwksOf(key) as KeyRing['jwks'] };
  return { keyRing: async () => ring, limiter: createRateLimiter({ burst, perMinute: 1 }) };
}

function signingRoute(endpoint: CertificateEndpoint): DirectRoute {
  return {
    method: 'POST',
    path: '/api/certificates',
    handle: (request) => handleCertificatePost(request, endpoint),
    headers: HEADERS,
  };
}

const json = { 'content-type': 'application/json' };

/** A signing request from a loopback address of the test's choosing (loopback has a whole /8). */
function sign(origin: URL, localAddress: string, headers: Record<string, string> = {}) {
  const body = JSON.stringify({ name: 'Ana Lima', answers: passingAnswers() });
  return new Promise<{ status: number; retryAfter: string | undefined }>((resolve, reject) => {
    const req = httpRequest(
      {
        host: origin.hostname,
        port: origin.port,
        path: '/api/certificates?from=test',
        method: 'POST',
        localAddress,
        headers: { ...json, ...headers },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ status: res.statusCode!, retryAfter: res.headers['retry-after'] as string }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('the module server', () => {
  it('signs on its direct route, with the security headers Next would send', async () => {
    const origin = await serve([signingRoute(await signingEndpoint())]);
    const response = await fetch(`${origin}/api/certificates`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ name: 'Amira حداد', answers: passingAnswers() }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { claims: { name: string }; issuer: string };
    expect(body.claims.name).toBe('Amira حداد');
    // The issuer is the origin the client used (its Host header).
    expect(body.issuer.startsWith(origin)).toBe(true);
    for (const { key, value } of HEADERS) expect(response.headers.get(key)).toBe(value);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('leaves every other method and path to Next', async () => {
    const origin = await serve([signingRoute(await signingEndpoint())]);
    for (const [method, path] of [
      ['GET', '/api/certificates'],
      ['POST', '/api/assignments'],
      ['POST', '/api/certificates/'],
      ['GET', '/lessons?x=1'],
    ] as const) {
      const response = await fetch(origin + path, { method, ...(method === 'POST' ? { body: '{}' } : {}) });
      expect(await response.text()).toBe(`next: ${method} ${path}`);
    }
  });

  it('rate-limits by the client’s own address: a forwarded address a client sends itself gets it no new bucket', async () => {
    const origin = new URL(await serve([signingRoute(await signingEndpoint(1))]));
    expect((await sign(origin, '127.0.0.1')).status).toBe(200);
    const refused = await sign(origin, '127.0.0.1');
    expect(refused.status).toBe(429);
    expect(refused.retryAfter).toMatch(/^\d+$/);
    // A new X-Forwarded-For or X-Real-IP on every request was a new bucket every time: no more.
    for (const spoof of ['203.0.113.7', '198.51.100.1, 203.0.113.8']) {
      expect((await sign(origin, '127.0.0.1', { 'x-forwarded-for': spoof })).status).toBe(429);
    }
    expect((await sign(origin, '127.0.0.1', { 'x-real-ip': '203.0.113.9' })).status).toBe(429);
    expect((await sign(origin, '127.0.0.2')).status).toBe(200);
  });

  it('counts a forwarded address only from a proxy the operator declared (TRUST_PROXY)', async () => {
    const origin = new URL(
      await serve([signingRoute(await signingEndpoint(1))], { trust: parseTrustProxy('127.0.0.1') }),
    );
    // 127.0.0.1 is the declared proxy: the address it forwards is the client.
    expect((await sign(origin, '127.0.0.1', { 'x-forwarded-for': '203.0.113.7' })).status).toBe(200);
    expect((await sign(origin, '127.0.0.1', { 'x-forwarded-for': '203.0.113.7' })).status).toBe(429);
    expect((await sign(origin, '127.0.0.1', { 'x-forwarded-for': '203.0.113.8' })).status).toBe(200);
    // A client in front of the proxy cannot pick its address: the proxy appends what it saw.
    expect((await sign(origin, '127.0.0.1', { 'x-forwarded-for': '192.0.2.1, 203.0.113.8' })).status).toBe(
      429,
    );
    // 127.0.0.2 is not a declared proxy: what it forwards is ignored.
    expect((await sign(origin, '127.0.0.2', { 'x-forwarded-for': '203.0.113.9' })).status).toBe(200);
    expect((await sign(origin, '127.0.0.2', { 'x-forwarded-for': '203.0.113.10' })).status).toBe(429);
  });

  it('answers an oversized streamed body with 413 without reading it all, then closes the connection', async () => {
    const origin = new URL(await serve([signingRoute(await signingEndpoint())]));
    const { status, body, connection } = await new Promise<{
      status: number;
      body: string;
      connection: string | undefined;
    }>((resolve, reject) => {
      const req = httpRequest(
        {
          host: origin.hostname,
          port: origin.port,
          path: '/api/certificates',
          method: 'POST',
          headers: json,
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => {
            req.destroy();
            resolve({ status: res.statusCode!, body: text, connection: res.headers.connection });
          });
        },
      );
      req.on('error', (error) => (error.message.includes('EPIPE') ? undefined : reject(error)));
      // Chunked, with no Content-Length: the server finds out only by reading. It never ends.
      const chunk = `{"name":"${'x'.repeat(4096)}`;
      const write = () => {
        if (!req.destroyed) req.write(chunk, () => setTimeout(write, 1));
      };
      write();
    });
    expect(status).toBe(413);
    expect(JSON.parse(body).error).toMatch(/larger than 8192 bytes/);
    expect(connection).toBe('close');
  });

  it('keeps the connection open between requests it read whole', async () => {
    const origin = await serve([signingRoute(await signingEndpoint())]);
    const statuses: number[] = [];
    for (const data of ['{"name": "Ana"', JSON.stringify({ name: 'Ana', answers: passingAnswers() })]) {
      const response = await fetch(`${origin}/api/certificates`, {
        method: 'POST',
        headers: json,
        body: data,
      });
      statuses.push(response.status);
      expect(response.headers.get('connection')).toBe('keep-alive');
    }
    expect(statuses).toEqual([400, 200]);
  });

  it('answers 500 with a message when a handler throws, and goes on serving', async () => {
    let calls = 0;
    const origin = await serve([
      {
        method: 'POST',
        path: '/api/flaky',
        headers: HEADERS,
        handle: async () => {
          calls += 1;
          if (calls === 1) throw new Error('disk on fire');
          return new Response('{"ok":true}', { headers: json });
        },
      },
    ]);
    const first = await fetch(`${origin}/api/flaky`, { method: 'POST', body: '{}' });
    expect(first.status).toBe(500);
    expect((await first.json()).error).toMatch(/went wrong on the server/);
    const error = logged.find(([level]) => level === 'error');
    expect(error?.[2]?.error).toMatch(/disk on fire/);
    expect(error?.[2]?.id).toBe(first.headers.get('x-request-id'));
    const second = await fetch(`${origin}/api/flaky`, { method: 'POST', body: '{}' });
    expect(await second.json()).toEqual({ ok: true });
  });

  it('logs each request as one line with its id, never its query string, and keeps a proxy’s request id', async () => {
    const origin = await serve([signingRoute(await signingEndpoint())]);
    const made = await fetch(`${origin}/verify?c=Ana+Lima`);
    const kept = await fetch(`${origin}/api/certificates`, {
      method: 'POST',
      headers: { ...json, 'x-request-id': 'nginx-0123456789abcdef' },
      body: JSON.stringify({ name: 'Ana Lima', answers: passingAnswers() }),
    });
    await kept.arrayBuffer();
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(kept.headers.get('x-request-id')).toBe('nginx-0123456789abcdef');
    await vi.waitFor(() => expect(logged.filter(([, m]) => m === 'request')).toHaveLength(2));
    const lines = logged.filter(([, m]) => m === 'request').map(([, , fields]) => fields);
    expect(lines).toEqual([
      expect.objectContaining({
        id: made.headers.get('x-request-id'),
        method: 'GET',
        path: '/verify',
        status: 200,
      }),
      expect.objectContaining({
        id: 'nginx-0123456789abcdef',
        method: 'POST',
        path: '/api/certificates',
        status: 200,
      }),
    ]);
    expect(JSON.stringify(logged)).not.toMatch(/Ana|Lima/);
  });
});
