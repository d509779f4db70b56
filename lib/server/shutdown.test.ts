import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppServer, type DirectRoute } from './app-server';
import { stopGracefully } from './shutdown';

let server: Server | undefined;
afterEach(() => {
  server?.closeAllConnections();
  server = undefined;
});

/** A server whose one route answers after `ms`. */
async function slowServer(ms: number): Promise<number> {
  const slow: DirectRoute = {
    method: 'GET',
    path: '/slow',
    headers: [],
    handle: () => new Promise((resolve) => setTimeout(() => resolve(new Response('done')), ms)),
  };
  server = createAppServer([slow], (_req, res) => void res.end('next'), { log: () => {} });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

function get(port: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/slow' }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('stopGracefully', () => {
  it('answers the requests in flight, refuses new connections, then resolves', async () => {
    const port = await slowServer(300);
    const inFlight = get(port);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const stopped = stopGracefully(server!, 5_000);
    await expect(get(port)).rejects.toThrow(/ECONNREFUSED/);
    expect(await inFlight).toEqual({ status: 200, body: 'done' });
    expect(await stopped).toEqual({ forced: false });
  });

  it('cuts what is still running when the grace period ends', async () => {
    const port = await slowServer(10_000);
    const inFlight = get(port).catch((error: Error) => error.message);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await stopGracefully(server!, 200)).toEqual({ forced: true });
    expect(await inFlight).toMatch(/socket hang up|ECONNRESET/);
  });
});
