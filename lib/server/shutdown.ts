import type { Server } from 'node:http';

/**
 * Stops the server as a rolling deploy needs: no new connections, idle keep-alive connections closed, each
 * request in flight answered (its connection then closed), all within `graceMs`; after that, whatever is
 * left is cut.
 */
export function stopGracefully(server: Server, graceMs: number): Promise<{ forced: boolean }> {
  return new Promise((resolve) => {
    let done = false;
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      clearInterval(sweep);
      server.closeAllConnections();
      resolve({ forced: true });
    }, graceMs);
    timer.unref();
    // A keep-alive connection goes idle when its last answer is sent: close it then.
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    sweep.unref();
    // Answers still to be written tell their clients not to reuse the connection.
    server.on('request', (_req, res) => res.setHeader('connection', 'close'));
    server.close(() => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearInterval(sweep);
      resolve({ forced: false });
    });
    server.closeIdleConnections();
  });
}
