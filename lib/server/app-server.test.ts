import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { handleCertificatePost, type CertificateEndpoint } from '@/lib/certificates/http';
import type { KeyRing } from '@/lib/signing/keys';
import { createRateLimiter } from '@/lib/http/rate-limit';
import { passingAnswers } from '@/lib/certificates/testing/fixtures';
import { jwksOf, newSigningKey } from '@/lib/signing/testing';
import { API_HEADERS, SECURITY_HEADERS } from '@/lib/security/headers.mjs';
import { createAppServer, type DirectRoute, type NodeHandler } from './app-server';

const HEADERS = [...SECURITY_HEADERS, ...API_HEADERS];
let server: Server | undefined;

afterEach(async () => {
  await new Promise<void>((resolve) => {
    if (!server) return resolve();
    server.closeAllConnections();
    server.close(() => resolve());
  });
  server = undefined;
});

/** The server on a free loopback port; Next is a stand-in that says it answered. */
async function serve(routes: DirectRoute[]): Promise<string> {
  const next: NodeHandler = (req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(`next: ${req.method} ${req.url}`);
  };
  server = createAppServer(routes, next);
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

  it('rate-limits by the client’s own address, or by the one a proxy forwarded', async () => {
    const origin = new URL(await serve([signingRoute(await signingEndpoint(1))]));
    const body = JSON.stringify({ name: 'Ana Lima', answers: passingAnswers() });
    // Loopback has a whole /8: a second client can come from 127.0.0.2.
    const sign = (localAddress: string, headers: Record<string, string> = {}) =>
      new Promise<{ status: number; retryAfter: string | undefined }>((resolve, reject) => {
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
    expect((await sign('127.0.0.1')).status).toBe(200);
    const refused = await sign('127.0.0.1');
    expect(refused.status).toBe(429);
    expect(refused.retryAfter).toMatch(/^\d+$/);
    expect((await sign('127.0.0.2')).status).toBe(200);
    expect((await sign('127.0.0.2', { 'x-forwarded-for': '203.0.113.7' })).status).toBe(200);
    expect((await sign('127.0.0.1', { 'x-forwarded-for': '203.0.113.7' })).status).toBe(429);
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
    const errors: unknown[] = [];
    const log = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const first = await fetch(`${origin}/api/flaky`, { method: 'POST', body: '{}' });
      expect(first.status).toBe(500);
      expect((await first.json()).error).toMatch(/went wrong on the server/);
      expect(String(errors[0])).toMatch(/disk on fire/);
    } finally {
      console.error = log;
    }
    const second = await fetch(`${origin}/api/flaky`, { method: 'POST', body: '{}' });
    expect(await second.json()).toEqual({ ok: true });
  });
});
