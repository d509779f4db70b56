import { parseArgs } from 'node:util';
import next from 'next';

import { handleCertificatePost } from '@/lib/certificates/http';
import { certificateEndpoint } from '@/lib/certificates/server';
import { API_HEADERS, SECURITY_HEADERS } from '@/lib/security/headers.mjs';
import { createAppServer } from './app-server';

/*
 * `npm run serve` (and `npm start` after the build): the production build, served by Next, with
 * POST /api/certificates answered directly (see app-server.ts). Bundled into .next/ by
 * scripts/build-server.mjs; `next dev` does not use it, and serves the same route through Next.
 *
 * Options as `next start` takes them: -p/--port (or PORT, default 3000), -H/--hostname (or HOSTNAME,
 * default every interface).
 */

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`The port must be a number from 0 to 65535; got "${values.port ?? process.env.PORT}".`);
  process.exit(1);
}

const app = next({ dev: false, dir: process.cwd(), port, ...(hostname ? { hostname } : {}) });
await app.prepare();

const server = createAppServer(
  [
    {
      method: 'POST',
      path: '/api/certificates',
      handle: (request) => handleCertificatePost(request, certificateEndpoint),
      headers: [...SECURITY_HEADERS, ...API_HEADERS],
    },
  ],
  app.getRequestHandler(),
);
server.listen(port, hostname, () => {
  const shown = hostname && hostname !== '0.0.0.0' ? hostname : 'localhost';
  console.log(`Friend Request? is ready on http://${shown}:${port}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 3000).unref();
  });
}
