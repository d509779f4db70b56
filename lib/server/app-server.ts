import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

import { CLIENT_HEADER, resolveClientAddress, TRUST_NO_PROXY, type ProxyTrust } from '@/lib/http/client';
import type { Header } from '@/lib/security/headers.mjs';
import { logLine, type Log } from '@/lib/log/log';

/*
 * The module's HTTP server: Next answers everything, except the few routes listed here, which go straight to
 * their route handler (the same function Next's route calls) without Next's request pipeline. Signing is
 * the one such route: under load, Next's per-request work costs about four times the signing itself (see
 * README, "Performance").
 */

export interface DirectRoute {
  method: string;
  /** Exact path; a query string is allowed, a trailing slash is not (Next redirects those). */
  path: string;
  handle: (request: Request) => Promise<Response>;
  /** Sent with every answer, as next.config.mjs's headers() would. */
  headers: readonly Header[];
}

export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export interface AppServerOptions {
  /** Which proxies' X-Forwarded-For / X-Real-IP to believe (TRUST_PROXY); by default none. */
  trust?: ProxyTrust;
  /** One JSON line a request, and the errors; by default stdout and stderr. */
  log?: Log;
  /** Logs every request (method, path without its query, status, time, request id); on by default. */
  accessLog?: boolean;
}

/** An X-Request-Id a proxy set is kept when it looks like one; otherwise the server makes one. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export function createAppServer(
  routes: readonly DirectRoute[],
  next: NodeHandler,
  { trust = TRUST_NO_PROXY, log = logLine, accessLog = true }: AppServerOptions = {},
): Server {
  return createServer((req, res) => {
    const started = performance.now();
    const incomingId = req.headers['x-request-id'];
    const id = typeof incomingId === 'string' && REQUEST_ID.test(incomingId) ? incomingId : randomUUID();
    req.headers['x-request-id'] = id;
    res.setHeader('x-request-id', id);
    // Decided here, once, for Next's routes and the direct ones alike; whatever a client sent is replaced.
    req.headers[CLIENT_HEADER] = resolveClientAddress(
      req.socket.remoteAddress,
      { forwardedFor: req.headers['x-forwarded-for'], realIp: req.headers['x-real-ip'] },
      trust,
    );
    if (accessLog) {
      // The path only: a query string can hold a certificate or an assignment (names, answers).
      res.once('finish', () =>
        log('info', 'request', {
          id,
          method: req.method,
          path: pathOf(req.url),
          status: res.statusCode,
          ms: Math.round((performance.now() - started) * 10) / 10,
        }),
      );
    }
    const route = routes.find((r) => r.method === req.method && pathOf(req.url) === r.path);
    if (!route) return void next(req, res);
    answer(route, req, res).catch((error: unknown) => {
      log('error', 'a route failed', {
        id,
        method: req.method,
        path: route.path,
        error: (error as Error).stack ?? String(error),
      });
      if (!res.headersSent) {
        res.writeHead(500, {
          'content-type': 'application/json; charset=utf-8',
          'cache-control': 'no-store',
        });
        res.end(JSON.stringify({ error: 'Something went wrong on the server. Try again later.' }));
      } else res.destroy();
    });
  });
}

function pathOf(url: string | undefined): string {
  const q = url?.indexOf('?') ?? -1;
  return q === -1 ? (url ?? '') : url!.slice(0, q);
}

async function answer(route: DirectRoute, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const response = await route.handle(toRequest(req));
  for (const { key, value } of route.headers) res.setHeader(key, value);
  response.headers.forEach((value, key) => res.setHeader(key, value));
  // A body the handler did not read to the end (too large, rate-limited) is not waited for.
  if (!req.complete) res.setHeader('connection', 'close');
  const body = Buffer.from(await response.arrayBuffer());
  res.setHeader('content-length', body.byteLength);
  res.writeHead(response.status);
  res.end(body);
}

/**
 * The Web Request a route handler takes, with the client's address in CLIENT_HEADER (the rate limiter reads
 * it). The body is streamed as the handler reads it, so that it can stop reading an oversized one and still
 * answer.
 */
export function toRequest(req: IncomingMessage): Request {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(key, v);
  }
  const host = headers.get('host') ?? '';
  const base = /^[A-Za-z0-9.:[\]-]+$/.test(host) ? `http://${host}` : 'http://localhost';
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(new URL(req.url ?? '/', base), {
    method: req.method,
    headers,
    ...(hasBody ? { body: bodyOf(req), duplex: 'half' } : {}),
  } as RequestInit);
}

function bodyOf(req: IncomingMessage): ReadableStream<Uint8Array> {
  let cancelled = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      req.on('data', (chunk: Buffer) => {
        if (cancelled) return;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 0) <= 0) req.pause();
      });
      req.once('end', () => cancelled || controller.close());
      req.once('error', (error) => cancelled || controller.error(error));
    },
    pull() {
      req.resume();
    },
    cancel() {
      cancelled = true;
      req.resume();
    },
  });
}
