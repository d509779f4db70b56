import { writeFileSync } from 'node:fs';
import path from 'node:path';

import autocannon from 'autocannon';

import { SIGNING_SERVER_ENV } from './certificates.mjs';
import { importProjectModule } from './project.mjs';
import { moduleStart } from './servers.mjs';

/*
 * `npm run bench -- --lti`: the LTI launch under load. The module's server (its embedded PGlite store in
 * data/pglite, as `npm start` has it) and the test platform (lib/lti/testing/platform.ts) on the next port;
 * the tool is registered dynamically, then LAUNCHES logins are made (each a state and nonce in the store) and
 * the platform signs an id_token for each. autocannon then posts each launch once (a nonce is used once), 10
 * connections: each POST /lti/launch checks the signature against the platform's JWKS (cached), uses the
 * nonce, checks the deployment and writes the launch. Reported: requests/s, latency p50/p99, errors.
 */

const LAUNCHES = 6000;
const CONNECTIONS = 10;
const CLAIM = 'https://purl.imsglobal.org/spec/lti/claim/';

export async function benchLti({ port, resultsDir, log }) {
  const { startTestPlatform } = await importProjectModule('lib/lti/testing/platform.ts');
  const tool = `http://127.0.0.1:${port}`;
  const server = await moduleStart(port, path.join(resultsDir, 'server-lti.log'), {
    ...SIGNING_SERVER_ENV,
    LOG_REQUESTS: '0',
  });
  const platform = await startTestPlatform({ port: port + 1, toolOrigin: tool });
  try {
    const registered = await fetch(`${tool}/lti/register?${platform.registrationQuery()}`);
    if (registered.status !== 200) throw new Error(`registration answered ${registered.status}`);

    log(`preparing ${LAUNCHES} logins (state and nonce in the store, an id_token from the platform each)…`);
    const launches = [];
    for (let i = 0; i < LAUNCHES; i++) {
      const login = await fetch(`${tool}/lti/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          iss: platform.issuer,
          login_hint: `learner-${i}`,
          target_link_uri: `${tool}/lti/launch`,
          client_id: platform.clientId,
        }),
      });
      const auth = new URL(JSON.parse(/const auth=("[^"]+")/.exec(await login.text())[1]));
      const state = auth.searchParams.get('state');
      const idToken = await platform.idToken({
        sub: `learner-${i}`,
        nonce: auth.searchParams.get('nonce'),
        azp: platform.clientId,
        [`${CLAIM}version`]: '1.3.0',
        [`${CLAIM}message_type`]: 'LtiResourceLinkRequest',
        [`${CLAIM}deployment_id`]: platform.deploymentId,
        [`${CLAIM}resource_link`]: { id: 'link-1' },
        'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint': {
          scope: ['https://purl.imsglobal.org/spec/lti-ags/scope/score'],
          lineitem: `${platform.origin}/lineitems/1`,
        },
      });
      launches.push({
        body: new URLSearchParams({ id_token: idToken, state }).toString(),
        cookie: `fr_lti_state=${state}`,
      });
    }

    log(`autocannon: POST /lti/launch, ${CONNECTIONS} connections, ${LAUNCHES} launches, each once`);
    let next = 0;
    const statuses = {};
    const result = await autocannon({
      url: `${tool}/lti/launch`,
      connections: CONNECTIONS,
      amount: LAUNCHES,
      requests: [
        {
          method: 'POST',
          setupRequest: (request) => {
            const launch = launches[next++ % launches.length];
            return {
              ...request,
              headers: {
                ...request.headers,
                'content-type': 'application/x-www-form-urlencoded',
                cookie: launch.cookie,
              },
              body: launch.body,
            };
          },
          onResponse: (status) => {
            statuses[status] = (statuses[status] ?? 0) + 1;
          },
        },
      ],
    });
    const report = {
      measuredAt: new Date().toISOString(),
      launches: LAUNCHES,
      connections: CONNECTIONS,
      store: 'PGlite (data/pglite)',
      requestsPerSecond: Math.round(result.requests.average),
      latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
      statuses,
      errors: result.errors + result.timeouts + (result.non2xx ?? 0),
    };
    writeFileSync(path.join(resultsDir, 'lti.json'), `${JSON.stringify(report, null, 2)}\n`);
    const md =
      `| LTI launch (POST /lti/launch) | requests/s | p50 | p99 | max | errors |\n| --- | --- | --- | --- | --- | --- |\n` +
      `| ${LAUNCHES} launches, ${CONNECTIONS} connections, PGlite | ${report.requestsPerSecond} | ${report.latencyMs.p50} ms | ${report.latencyMs.p99} ms | ${report.latencyMs.max} ms | ${report.errors} |\n`;
    writeFileSync(path.join(resultsDir, 'lti.md'), md);
    console.log(md);
    return report;
  } finally {
    await platform.stop();
    await server.stop();
  }
}
