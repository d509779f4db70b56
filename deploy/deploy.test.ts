import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/*
 * Docker is not available where the tests run: these hold the container files to what the scale-out test
 * (e2e/topology) runs on loopback — the same nginx config, the same settings, the same server file.
 */

const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');

interface Service {
  build?: string;
  image?: string;
  environment?: Record<string, string>;
  volumes?: string[];
  healthcheck?: unknown;
}
const compose = parse(read('compose.yaml'), { merge: true }) as { services: Record<string, Service> };
const nginxConf = read('deploy/nginx.conf');
const dockerfile = read('Dockerfile');

describe('compose.yaml', () => {
  const modules = Object.entries(compose.services).filter(([, s]) => s.build === '.');

  it('runs two or more module instances with one key, shared limits and one trusted proxy hop', () => {
    expect(modules.length).toBeGreaterThanOrEqual(2);
    for (const [name, service] of modules) {
      expect(service.environment, name).toMatchObject({
        CERT_SIGNING_KEY: expect.stringContaining('${CERT_SIGNING_KEY:?'),
        REDIS_URL: 'redis://redis:6379',
        TRUST_PROXY: '1',
        INSTANCE_ID: name,
      });
    }
    expect(compose.services.redis?.image).toMatch(/^redis:/);
    expect(compose.services.nginx?.volumes).toContain(
      './deploy/nginx.conf:/etc/nginx/conf.d/default.conf:ro',
    );
  });

  it('gives every instance the one PostgreSQL database and the one LTI key', () => {
    for (const [name, service] of modules) {
      expect(service.environment, name).toMatchObject({
        DATABASE_URL: expect.stringMatching(/^postgres:\/\/[^@]+@postgres:5432\/\w+$/),
        LTI_SIGNING_KEY: expect.stringContaining('${LTI_SIGNING_KEY:?'),
      });
    }
    expect(compose.services.postgres?.image).toMatch(/^postgres:/);
    expect(compose.services.postgres?.healthcheck).toBeDefined();
  });

  it('puts every module instance, and only those, in nginx’s upstream', () => {
    const upstream = [...nginxConf.matchAll(/^\s*server (module-\d+):3000\b/gm)].map((m) => m[1]);
    expect(upstream.sort()).toEqual(modules.map(([name]) => name).sort());
  });
});

describe('deploy/nginx.conf', () => {
  it('forwards the client’s address as the one hop the instances trust, and retries another instance', () => {
    expect(nginxConf).toMatch(/proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;/);
    expect(nginxConf).toMatch(/proxy_next_upstream error timeout http_502 http_503 non_idempotent;/);
    expect(nginxConf).toMatch(/proxy_set_header X-Request-Id \$request_id;/);
  });

  it('never sends an LTI POST that reached an instance to another one (a nonce is used once)', () => {
    const lti = /location \/lti\/ \{([^}]*)\}/.exec(nginxConf)?.[1] ?? '';
    expect(lti).toMatch(/proxy_pass http:\/\/friend_request;/);
    expect(lti).toMatch(/proxy_next_upstream error timeout http_502 http_503;/);
    expect(lti).not.toMatch(/non_idempotent/);
  });
});

describe('Dockerfile', () => {
  const stages = dockerfile.split(/^FROM /m).slice(1);
  const final = stages.at(-1)!;

  it('builds in one stage and runs only the standalone output in the next, as a non-root user', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(final).toMatch(/COPY --from=build --chown=node:node \/src\/\.next\/standalone \.\//);
    expect(final).toMatch(/^USER node$/m);
    expect(final).not.toMatch(/^COPY \. /m);
  });

  it('starts the module’s own server and checks /readyz', () => {
    expect(final).toMatch(/^CMD \["node", "\.next\/friend-request-server\.mjs"\]$/m);
    expect(final).toMatch(/HEALTHCHECK[\s\S]*\/readyz/);
  });

  it('leaves the development signing key and local settings out of the build context', () => {
    const ignored = read('.dockerignore').split('\n');
    for (const entry of ['data', '.env', 'node_modules', '.next']) expect(ignored).toContain(entry);
  });
});
