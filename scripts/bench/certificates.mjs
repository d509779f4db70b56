import { existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import autocannon from 'autocannon';
import { runnerImport } from 'vite';

import { median } from './lighthouse.mjs';
import { ROOT } from './paths.mjs';
import { hasRouteHandler } from './routes.mjs';

/*
 * Certificates: the signing endpoint under load, and the PDF. Neither exists on every branch yet; each
 * part says "not built yet" until it does, and starts measuring the day it lands.
 *
 * ASSUMPTIONS, to check against the certificate code when it lands (change them here, and in the README):
 * - POST /api/certificates takes JSON `{ name, answers }`, where `answers` maps each final-check question id
 *   (from `finalQuestions` in content/questions/final.ts) to the index of the chosen option, in the order the
 *   options are written there; all answers here are correct, so the server grades a pass and signs. Any
 *   2xx answer counts as success.
 * - lib/certificates/pdf(.ts|.tsx|/index.ts) exports `makeCertificatePdf(details)`, taking one object with at
 *   least `name`, returning the PDF's bytes (Uint8Array or ArrayBuffer), or a promise of them.
 */

export const SIGNING_ROUTE = '/api/certificates';
const LOAD_SECONDS = 30;
const CONNECTIONS = 10;
export const NAMES = { latin: 'José Núñez', cjk: '王小明' };

/** Loads a TypeScript module of the project (path alias `@/` and the `server-only` marker resolved). */
async function importProjectModule(file) {
  const { module } = await runnerImport(file, {
    configFile: false,
    logLevel: 'error',
    resolve: {
      alias: [
        { find: /^@\//, replacement: ROOT },
        { find: 'server-only', replacement: path.join(ROOT, 'lib/testing/server-only.ts') },
      ],
    },
  });
  return module;
}

export async function signingRequestBody() {
  const file = path.join(ROOT, 'content/questions/final.ts');
  if (!existsSync(file)) return null;
  const { finalQuestions } = await importProjectModule(file);
  if (!Array.isArray(finalQuestions) || finalQuestions.length === 0) return null;
  return {
    name: NAMES.latin,
    answers: Object.fromEntries(finalQuestions.map((q) => [q.id, q.answer])),
  };
}

/** autocannon against the signing endpoint for 30 s, or why it cannot run. */
export async function loadTestSigning(distDir, origin, log) {
  if (!hasRouteHandler(distDir, SIGNING_ROUTE)) {
    return { status: 'not built yet', detail: `${SIGNING_ROUTE} is not in this build` };
  }
  const body = await signingRequestBody();
  if (!body) {
    return { status: 'not measured', detail: 'content/questions/final.ts exports no `finalQuestions`' };
  }
  const url = origin + SIGNING_ROUTE;
  const json = JSON.stringify(body);
  const probe = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: json,
  });
  if (!probe.ok) {
    const text = (await probe.text()).slice(0, 300);
    return { status: 'error', detail: `a probe POST was answered ${probe.status}: ${text}` };
  }
  log(`autocannon: POST ${SIGNING_ROUTE}, ${CONNECTIONS} connections, ${LOAD_SECONDS} s`);
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: json,
    connections: CONNECTIONS,
    duration: LOAD_SECONDS,
  });
  return {
    status: 'measured',
    connections: CONNECTIONS,
    seconds: LOAD_SECONDS,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
  };
}

/** Time and size of a certificate PDF for a Latin and a CJK name, or why it cannot be measured. */
export async function measurePdf(log) {
  const file = ['lib/certificates/pdf.ts', 'lib/certificates/pdf.tsx', 'lib/certificates/pdf/index.ts']
    .map((f) => path.join(ROOT, f))
    .find((f) => existsSync(f));
  if (!file) return { status: 'not built yet', detail: 'there is no lib/certificates/pdf module' };
  const pdf = await importProjectModule(file);
  if (typeof pdf.makeCertificatePdf !== 'function') {
    return { status: 'not built yet', detail: `${path.relative(ROOT, file)} exports no makeCertificatePdf` };
  }
  const results = {};
  try {
    for (const [script, name] of Object.entries(NAMES)) {
      log(`PDF for a ${script} name`);
      const details = {
        name,
        moduleTitle: 'Friend Request? Patients, physicians and online social networks',
        completedOn: new Date().toISOString().slice(0, 10),
        scorePct: 100,
        verifyUrl: 'http://127.0.0.1/verify',
      };
      const timeOnce = async () => {
        const start = performance.now();
        const bytes = await pdf.makeCertificatePdf(details);
        return { ms: performance.now() - start, bytes: bytes.byteLength };
      };
      const first = await timeOnce();
      const warm = [];
      for (let i = 0; i < 5; i++) warm.push(await timeOnce());
      results[script] = {
        name,
        firstMs: first.ms,
        medianMs: median(warm.map((w) => w.ms)),
        bytes: first.bytes,
      };
    }
  } catch (error) {
    return { status: 'error', detail: `makeCertificatePdf threw: ${error?.message ?? error}` };
  }
  return { status: 'measured', ...results };
}
