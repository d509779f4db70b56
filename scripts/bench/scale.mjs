import { writeFileSync } from 'node:fs';
import path from 'node:path';

import autocannon from 'autocannon';

import { SIGNING_ROUTE, SIGNING_SERVER_ENV } from './certificates.mjs';
import { importProjectModule } from './project.mjs';

/*
 * npm run bench -- --scale: the signing endpoint under 200 connections for 60 s, first on one instance alone
 * (no proxy, limits in memory: today's single server), then through nginx to two instances sharing their
 * limits in Redis (the topology of compose.yaml, as e2e/topology runs it). On 2 cores the instances share
 * the CPU, so the ratio is what nginx and Redis cost, not capacity gained.
 * Budget: no error, no request over 1 s, and the pair at least 0.8× the single instance's requests/s.
 */

const CONNECTIONS = 200;
const SECONDS = Number(process.env.BENCH_SCALE_SECONDS ?? 60);
export const SCALE_BUDGET = { errors: 0, maxMs: 1000, ratio: 0.8 };

async function load(origin, body, log, label) {
  log(`autocannon: POST ${SIGNING_ROUTE} on ${label}, ${CONNECTIONS} connections, ${SECONDS} s`);
  const result = await autocannon({
    url: origin + SIGNING_ROUTE,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    connections: CONNECTIONS,
    duration: SECONDS,
    timeout: 10,
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
  };
}

export async function benchScale({ port, resultsDir, log }) {
  const topology = await importProjectModule('e2e/support/topology.ts');
  const { startRedis } = await importProjectModule('lib/testing/redis.ts');
  const { startPostgres } = await importProjectModule('lib/testing/postgres.ts');
  const { finalQuestions } = await importProjectModule('content/questions/final.ts');
  const { generatePrivateJwk } = await importProjectModule('lib/signing/keys.ts');
  const { generateToolJwk } = await importProjectModule('lib/lti/tool-jwk.ts');
  const body = {
    name: 'José Núñez',
    answers: Object.fromEntries(finalQuestions.map((q) => [q.id, q.answer])),
  };
  const key = JSON.stringify(await generatePrivateJwk());
  const base = {
    ...SIGNING_SERVER_ENV,
    CERT_SIGNING_KEY: key,
    LTI_SIGNING_KEY: JSON.stringify(await generateToolJwk()),
    LOG_REQUESTS: '1',
  };

  const stops = [];
  try {
    const single = await topology.startInstance(port, { ...base, INSTANCE_ID: 'single' });
    stops.push(single.stop);
    const alone = await load(single.origin, body, log, 'one instance');
    await stops.pop()();

    const redis = await startRedis();
    stops.push(redis.stop);
    // Instances of several share one PostgreSQL (they refuse an embedded database each).
    const postgres = await startPostgres();
    stops.push(async () => postgres.stop());
    const shared = { ...base, REDIS_URL: redis.url, DATABASE_URL: postgres.url, TRUST_PROXY: '1' };
    const [a, b] = await topology.startInstances([
      { port: port + 1, env: { ...shared, INSTANCE_ID: 'module-1' } },
      { port: port + 2, env: { ...shared, INSTANCE_ID: 'module-2' } },
    ]);
    stops.push(a.stop, b.stop);
    const nginx = await topology.startNginx(port + 3, [port + 1, port + 2]);
    stops.push(nginx.stop);
    const pair = await load(nginx.origin, body, log, 'nginx → two instances, Redis');
    // The instances' own time per request (their access log), to tell their share of a slow answer.
    const times = [...a.lines(), ...b.lines()].filter((l) => l.message === 'request').map((l) => l.ms);
    pair.instanceMaxMs = times.reduce((max, ms) => Math.max(max, ms), 0);
    pair.instanceOver1s = times.filter((ms) => ms > 1000).length;
    pair.redisFallbacks = [...a.lines(), ...b.lines()].filter((l) =>
      String(l.message).startsWith('Redis is'),
    ).length;

    const ratio = pair.requestsPerSecond / alone.requestsPerSecond;
    const broken = [];
    for (const [label, run] of [
      ['one instance', alone],
      ['nginx → two instances', pair],
    ]) {
      if (run.errors > SCALE_BUDGET.errors) broken.push(`${label}: ${run.errors} errors (budget 0)`);
      if (run.max > SCALE_BUDGET.maxMs)
        broken.push(`${label}: slowest request ${run.max} ms (budget under 1,000 ms)`);
    }
    if (ratio < SCALE_BUDGET.ratio)
      broken.push(`nginx → two instances: ${ratio.toFixed(2)}× one instance (budget ≥ 0.8×)`);
    const report = { connections: CONNECTIONS, seconds: SECONDS, alone, pair, ratio, broken };
    writeFileSync(path.join(resultsDir, 'scale.json'), `${JSON.stringify(report, null, 2)}\n`);
    const row = (label, r) =>
      `| ${label} | ${Math.round(r.requestsPerSecond)} | ${r.p50} | ${r.p99} | ${r.max} | ${r.errors} |`;
    const md = [
      `## Scale-out: POST ${SIGNING_ROUTE}, ${CONNECTIONS} connections, ${SECONDS} s`,
      '',
      '| Setup | Requests/s | p50 ms | p99 ms | max ms | errors |',
      '| --- | --: | --: | --: | --: | --: |',
      row('One instance, no proxy', alone),
      row('nginx → two instances, Redis limits', pair),
      '',
      `Ratio: ${ratio.toFixed(2)}× (budget ≥ 0.8×). ${broken.length ? `Broken: ${broken.join('; ')}` : 'Every budget met.'}`,
    ].join('\n');
    writeFileSync(path.join(resultsDir, 'scale.md'), `${md}\n`);
    console.log(md);
    return report;
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => {});
  }
}
