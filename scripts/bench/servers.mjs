import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, request } from 'node:http';
import path from 'node:path';
import { createGzip } from 'node:zlib';

import { ROOT } from './paths.mjs';

export const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');

/** The module's own server (lib/server/main.ts), bundled by scripts/build-server.mjs. */
export const MODULE_SERVER = path.join(ROOT, '.next', 'friend-request-server.mjs');

/** Runs `next build` in `dir`, its output kept in `logFile`. Rejects with the log's tail on failure. */
export function nextBuild(dir, logFile) {
  return runLogged([NEXT_BIN, 'build'], dir, logFile);
}

/** Builds the module as `npm run build` does: `next build`, then its server. */
export async function moduleBuild(logFile) {
  await nextBuild(ROOT, logFile);
  await runLogged([path.join(ROOT, 'scripts', 'build-server.mjs')], ROOT, `${logFile}.server`);
}

function runLogged(args, dir, logFile) {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(logFile);
    const child = spawn(process.execPath, args, {
      cwd: dir,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(log);
    child.stderr.pipe(log);
    child.on('error', reject);
    child.on('close', (code) => {
      log.end();
      if (code === 0) return resolve();
      const tail = readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
      reject(
        new Error(
          `${path.basename(args[0])} ${args.slice(1).join(' ')} failed in ${dir} (exit ${code}); end of ${logFile}:\n${tail}`,
        ),
      );
    });
  });
}

/** `next start` for the build in `dir` (the floor), on loopback. */
export function nextStart(dir, port, logFile, env = {}) {
  return serverStart([NEXT_BIN, 'start'], dir, port, logFile, env);
}

/** The module's server for its build, on loopback: what `npm start` runs. */
export function moduleStart(port, logFile, env = {}) {
  if (!existsSync(MODULE_SERVER)) {
    throw new Error(`${MODULE_SERVER} is missing: build the module first (npm run build).`);
  }
  return serverStart([MODULE_SERVER], ROOT, port, logFile, env);
}

/** A production server, in its own process group so that `stop()` ends it and nothing else. */
async function serverStart(args, dir, port, logFile, env) {
  await assertPortFree(port);
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [...args, '-p', String(port), '-H', '127.0.0.1'], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilUp(origin, child);
  return {
    origin,
    stop: () => stopGroup(child),
  };
}

/**
 * The limit: one static HTML file and the module's own static assets (its stylesheet), served with gzip
 * like `next start` serves its pages.
 */
export async function staticServer(port, html, assetsDir) {
  await assertPortFree(port);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const send = (type, body) => {
      res.setHeader('Content-Type', type);
      res.setHeader('Cache-Control', 'no-cache');
      if (gzip) res.setHeader('Content-Encoding', 'gzip');
      const gz = gzip ? createGzip() : null;
      if (gz) gz.pipe(res);
      const out = gz ?? res;
      if (typeof body === 'string') out.end(body);
      else body.pipe(out);
    };
    if (url.pathname === '/') return send('text/html; charset=utf-8', html);
    if (url.pathname.startsWith('/_next/static/')) {
      const file = path.join(assetsDir, url.pathname.slice('/_next/static/'.length));
      if (file.startsWith(assetsDir) && existsSync(file) && statSync(file).isFile()) {
        const type = file.endsWith('.css') ? 'text/css' : 'application/octet-stream';
        return send(type, createReadStream(file));
      }
    }
    res.statusCode = 404;
    res.end('Not found');
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function assertPortFree(port) {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', () =>
      reject(new Error(`Port ${port} is in use: set BENCH_PORT to a free range (three ports from it).`)),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

async function waitUntilUp(origin, child) {
  const deadline = Date.now() + 60_000;
  let exited = null;
  child.once('exit', (code) => (exited = code));
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`the server for ${origin} exited with ${exited}`);
    if (await answers(origin)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  stopGroup(child);
  throw new Error(`the server for ${origin} did not answer within 60 s`);
}

function answers(origin) {
  return new Promise((resolve) => {
    const req = request(origin, { method: 'HEAD', timeout: 2000 }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
    req.end();
  });
}

function stopGroup(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      resolve();
    }
  });
}
