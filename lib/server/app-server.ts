import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

import type { Header } from '@/lib/security/headers.mjs';

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

export function createAppServer(routes: readonly DirectRoute[], next: NodeHandler): Server {
  return createServer((req, res) => {
    const route = routes.find((r) => r.method === req.method && pathOf(req.url) === r.path);
    if (!route) return void next(req, res);
    answer(route, req, res).catch((error: unknown) => {
      console.error(`${req.method} ${route.path}: ${(error as Error).stack ?? String(error)}`);
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
 * The Web Request a route handler takes. As Next does, the client's address goes into X-Forwarded-For
 * when no proxy has set it (the rate limiter reads it). The body is streamed as the handler reads it, so
 * that it can stop reading an oversized one and still answer.
 */
export function toRequest(req: IncomingMessage): Request {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(key, v);
  }
  if (!headers.has('x-forwarded-for') && req.socket.remoteAddress) {
    headers.set('x-forwarded-for', req.socket.remoteAddress);
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
