import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './redis';

/*
 * A throwaway PostgreSQL cluster for tests that need the real server: initdb into a temporary folder,
 * pg_ctl start on a loopback port (no socket file, trust authentication, no fsync), pg_ctl stop -m immediate
 * and the folder removed afterwards. PostgreSQL refuses to run as root: as root it runs as the `postgres`
 * user (Debian's package makes it). .ci/run installs the server from Debian when it is missing.
 */

export interface PostgresProcess {
  url: string;
  stop: () => void;
}

/** Where initdb and pg_ctl are: PG_BIN, the PATH, or Debian's /usr/lib/postgresql/<version>/bin. */
export function postgresBin(): string | undefined {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const onPath = spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' }).stdout.trim();
  if (onPath && existsSync(path.join(path.dirname(onPath), 'initdb'))) return path.dirname(onPath);
  const debian = '/usr/lib/postgresql';
  if (!existsSync(debian)) return undefined;
  const versions = readdirSync(debian)
    .filter((v) => existsSync(path.join(debian, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(debian, versions[0], 'bin') : undefined;
}

export async function startPostgres(port?: number): Promise<PostgresProcess> {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed (apt-get install postgresql).');
  const chosen = port ?? (Number(process.env.PG_TEST_PORT) || (await freePort()));
  const root = mkdtempSync(path.join(tmpdir(), 'fr-pg-'));
  const data = path.join(root, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    chmodSync(root, 0o777);
    execFileSync('chown', ['postgres', root]);
  }
  const run = (cmd: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', path.join(bin, cmd), ...args], { stdio: 'pipe' })
      : execFileSync(path.join(bin, cmd), args, { stdio: 'pipe' });
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const options = `-p ${chosen} -h 127.0.0.1 -k '' -F -c listen_addresses=127.0.0.1`;
  run('pg_ctl', ['-D', data, '-o', options, '-l', path.join(root, 'log'), '-w', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${chosen}/postgres`,
    stop: () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}
