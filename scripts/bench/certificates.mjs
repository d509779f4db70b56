import { existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import autocannon from 'autocannon';

import { median } from './lighthouse.mjs';
import { ROOT } from './paths.mjs';
import { importProjectModule } from './project.mjs';
import { hasRouteHandler } from './routes.mjs';

/*
 * Certificates: the signing endpoint under load, and the PDF. Each part says "not built yet" on a build
 * without them, and measures as soon as they are there.
 *
 * What the bench relies on (the certificate code's contract; update here and in the README if it changes):
 * - POST /api/certificates takes JSON `{ name, answers }`, `answers` mapping each question id of
 *   `finalQuestions` (content/questions/final.ts) to the index of its option in the order written there;
 *   all answers here are correct, so the server grades a pass and signs (200 with `credential`, `printed`,
 *   `claims`, `credentialId`).
 * - The endpoint rate-limits per client address, configured by CERT_RATE_LIMIT_BURST and
 *   CERT_RATE_LIMIT_PER_MINUTE: the bench's server gets limits high enough that one load generator is never
 *   refused (SIGNING_SERVER_ENV), so the figure is the signing throughput; the limiter's own work still runs.
 * - lib/certificates/pdf/make-certificate-pdf.ts exports `makeCertificatePdf(input, loadFont)`, and
 *   lib/certificates/pdf/testing/node-fonts.ts exports `loadFontFromPackages` (fonts read from node_modules);
 *   the input is built from a signing answer as components/certificate/make-pdf.ts builds it in the browser.
 */

export const SIGNING_ROUTE = '/api/certificates';
export const SIGNING_SERVER_ENV = {
  CERT_RATE_LIMIT_BURST: '100000000',
  CERT_RATE_LIMIT_PER_MINUTE: '100000000',
};
const LOAD_SECONDS = 30;
const CONNECTIONS = 10;
export const NAMES = { latin: 'José Núñez', cjk: '王小明' };

const PDF_MODULES = ['lib/certificates/pdf/make-certificate-pdf.ts', 'lib/certificates/pdf.ts'];
const NODE_FONTS = 'lib/certificates/pdf/testing/node-fonts.ts';

async function signingRequestBody(name) {
  if (!existsSync(path.join(ROOT, 'content/questions/final.ts'))) return null;
  const { finalQuestions } = await importProjectModule('content/questions/final.ts');
  if (!Array.isArray(finalQuestions) || finalQuestions.length === 0) return null;
  return { name, answers: Object.fromEntries(finalQuestions.map((q) => [q.id, q.answer])) };
}

async function sign(origin, body) {
  const response = await fetch(origin + SIGNING_ROUTE, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok)
    throw new Error(`POST ${SIGNING_ROUTE} answered ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

/**
 * autocannon against the signing endpoint for 30 s, or why it cannot run. Also returns one signing answer
 * per name, for the PDF.
 */
export async function loadTestSigning(distDir, origin, log) {
  if (!hasRouteHandler(distDir, SIGNING_ROUTE)) {
    return { status: 'not built yet', detail: `${SIGNING_ROUTE} is not in this build` };
  }
  const body = await signingRequestBody(NAMES.latin);
  if (!body) {
    return { status: 'not measured', detail: 'content/questions/final.ts exports no `finalQuestions`' };
  }
  const issued = {};
  try {
    for (const [script, name] of Object.entries(NAMES))
      issued[script] = await sign(origin, { ...body, name });
  } catch (error) {
    return { status: 'error', detail: `a probe request failed: ${error.message}` };
  }
  log(`autocannon: POST ${SIGNING_ROUTE}, ${CONNECTIONS} connections, ${LOAD_SECONDS} s`);
  const result = await autocannon({
    url: origin + SIGNING_ROUTE,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
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
    issued,
  };
}

/** Time and size of a certificate PDF for a Latin and a CJK name, or why it cannot be measured. */
export async function measurePdf(signing, origin, log) {
  const file = PDF_MODULES.find((f) => existsSync(path.join(ROOT, f)));
  if (!file) return { status: 'not built yet', detail: 'there is no lib/certificates/pdf module' };
  const pdf = await importProjectModule(file);
  if (typeof pdf.makeCertificatePdf !== 'function') {
    return { status: 'not built yet', detail: `${file} exports no makeCertificatePdf` };
  }
  if (!signing.issued) {
    return { status: 'not measured', detail: 'it needs a signed credential, and signing was not measured' };
  }
  if (!existsSync(path.join(ROOT, NODE_FONTS))) {
    return { status: 'not measured', detail: `there is no ${NODE_FONTS} to read the fonts in Node` };
  }
  const { loadFontFromPackages } = await importProjectModule(NODE_FONTS);
  const results = {};
  try {
    for (const script of Object.keys(NAMES)) {
      log(`PDF for a ${script} name`);
      const issued = signing.issued[script];
      const input = {
        name: issued.claims.name,
        scorePct: issued.claims.score,
        date: issued.claims.date,
        credentialId: issued.credentialId,
        credentialJwt: issued.credential,
        verifyUrl: `${origin}/verify`,
        qrUrl: `${origin}/verify#c=${issued.printed}`,
      };
      const timeOnce = async () => {
        const start = performance.now();
        const bytes = await pdf.makeCertificatePdf(input, loadFontFromPackages);
        return { ms: performance.now() - start, bytes: bytes.byteLength };
      };
      const first = await timeOnce();
      const warm = [];
      for (let i = 0; i < 5; i++) warm.push(await timeOnce());
      results[script] = {
        name: input.name,
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
