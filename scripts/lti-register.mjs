// `npm run lti:register -- --issuer URL --client-id ID --auth-url URL --token-url URL --jwks-url URL
//  --deployment ID [--deployment ID …] [--name NAME]`: registers an LMS by hand, for one without LTI Dynamic
// Registration (Blackboard Learn) — the values the LMS shows once the tool is added there (README, "In an
// LMS (LTI 1.3)"). Writes to the same store as the server: DATABASE_URL, else PGlite in data/pglite. Run it
// again with the same issuer and client id to change the addresses or add a deployment.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { serverOnly } from './esbuild-server-only.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

const { values } = parseArgs({
  options: {
    issuer: { type: 'string' },
    'client-id': { type: 'string' },
    'auth-url': { type: 'string' },
    'token-url': { type: 'string' },
    'jwks-url': { type: 'string' },
    name: { type: 'string' },
    deployment: { type: 'string', multiple: true },
  },
});

// The store and the check are the project's TypeScript: compile them for this script.
const tool = path.join(root, '.lti-register-tool.mjs');
await build({
  absWorkingDir: root,
  stdin: {
    contents:
      "export { manualRegistration } from './lib/lti/manual';\nexport { openStore } from './lib/store/store';",
    resolveDir: root,
    loader: 'ts',
  },
  outfile: tool,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['@electric-sql/pglite', 'pg'],
  logLevel: 'warning',
  plugins: [serverOnly],
});
const { manualRegistration, openStore } = await import(pathToFileURL(tool).href);
rmSync(tool);

let registration;
try {
  registration = manualRegistration(values);
} catch (error) {
  console.error(`Not registered: ${error.message}`);
  process.exit(2);
}
const store = await openStore(process.env, path.join(root, 'data'));
try {
  const platform = await store.registerPlatform(registration.platform, registration.deployments, new Date());
  console.log(
    `Registered ${platform.name} (issuer ${platform.issuer}, client ${platform.clientId}) with deployment ${registration.deployments.join(', ')}.`,
  );
} finally {
  await store.close();
}
