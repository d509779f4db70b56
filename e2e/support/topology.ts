import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/*
 * The scale-out topology on loopback, from the same parts as compose.yaml: instances of the production
 * build as the container image holds it (.next/standalone, which `npm run build` makes), nginx with deploy/nginx.conf (its addresses swapped for
 * loopback ports) and a throwaway redis-server. Each start returns its stop.
 */

export interface Instance {
  port: number;
  origin: string;
  /** The JSON lines it logged so far. */
  lines: () => Record<string, unknown>[];
  stop: () => Promise<number | null>;
}

/** The container image's /app: `npm run build` assembles it. */
const APP_DIR = path.resolve('.next/standalone');

/** Every instance this process started: none outlives it, even when a test fails before its stop. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

function spawnInstance(port: number, env: Record<string, string>): ChildProcess {
  if (!existsSync(path.join(APP_DIR, '.next', 'friend-request-server.mjs'))) {
    throw new Error(`${APP_DIR} has no server: run npm run build first.`);
  }
  const child = spawn(
    process.execPath,
    ['.next/friend-request-server.mjs', '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd: APP_DIR,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

async function waitFor(url: string, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2_000) })).ok) return;
    } catch {
      // not listening yet (or a process on the port that does not answer)
    }
    if (Date.now() > until) throw new Error(`${url} did not answer within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function stopper(child: ChildProcess): () => Promise<number | null> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
      child.once('exit', (code) => resolve(code));
      child.kill('SIGTERM');
    });
}

/** One module instance; resolves once /readyz says ready. */
export async function startInstance(port: number, env: Record<string, string>): Promise<Instance> {
  const child = spawnInstance(port, env);
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) =>
      reject(new Error(`the instance on ${port} exited (${code}):\n${out.slice(-2000)}`)),
    ),
  );
  exited.catch(() => {});
  const origin = `http://127.0.0.1:${port}`;
  try {
    await Promise.race([waitFor(`${origin}/readyz`), exited]);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    port,
    origin,
    lines: () =>
      out
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    stop: stopper(child),
  };
}

/** Several instances at once; if one does not start, the others are stopped and the error is thrown. */
export async function startInstances(
  list: readonly { port: number; env: Record<string, string> }[],
): Promise<Instance[]> {
  const results = await Promise.allSettled(list.map(({ port, env }) => startInstance(port, env)));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (!failed) return results.map((r) => (r as PromiseFulfilledResult<Instance>).value);
  await Promise.all(results.map((r) => (r.status === 'fulfilled' ? r.value.stop() : null)));
  throw failed.reason;
}

/** Runs a module instance that is expected to refuse to start; resolves with its exit code and output. */
export function runRefusedInstance(
  port: number,
  env: Record<string, string>,
): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawnInstance(port, env);
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the instance on ${port} started when it should have refused:\n${out}`));
    }, 30_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

/** nginx with deploy/nginx.conf, in front of the given instance ports. */
export async function startNginx(
  port: number,
  upstreams: number[],
): Promise<{ origin: string; stop: () => Promise<number | null> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'fr-nginx-'));
  let site = readFileSync('deploy/nginx.conf', 'utf8');
  const servers = /^\s*server module-\d+:3000 (.*);$/gm;
  const options = servers.exec(site)?.[1] ?? '';
  site = site
    .replace(servers, '')
    .replace(
      /(upstream friend_request \{)/,
      `$1\n${upstreams.map((p) => `  server 127.0.0.1:${p} ${options};`).join('\n')}`,
    )
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`);
  writeFileSync(path.join(dir, 'site.conf'), site);
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      'worker_processes auto;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      'events { worker_connections 1024; }',
      'http {',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${dir}/${t};`),
      `  include ${dir}/site.conf;`,
      '}',
    ].join('\n'),
  );
  const child = spawn(
    'nginx',
    ['-p', dir, '-e', `${dir}/error.log`, '-c', `${dir}/nginx.conf`, '-g', 'daemon off;'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.once('error', (error) => {
    out += `nginx could not start (${error.message}); install it (apt-get install nginx).`;
  });
  const origin = `http://127.0.0.1:${port}`;
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`nginx exited (${code}): ${out}`))),
  );
  exited.catch(() => {});
  await Promise.race([waitFor(`${origin}/healthz`), exited]);
  return { origin, stop: stopper(child) };
}
