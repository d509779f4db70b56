// Bundles the module's server (lib/server/main.ts) into .next/, after `next build`: the project's own
// TypeScript (@/ paths included) and the packages it uses are compiled in; only Next (and React, which Next
// loads) stay in node_modules, so the file also runs from .next/standalone, whose node_modules holds just
// what Next's own server needs (the Dockerfile's image). `server-only` is a marker
// for Next's bundler, and empty here: this file runs on the server only.
import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { serverOnly } from './esbuild-server-only.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

await build({
  absWorkingDir: root,
  entryPoints: ['lib/server/main.ts'],
  outfile: '.next/friend-request-server.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // PGlite loads its WebAssembly and data files beside its own module: it stays a package (copied into
  // .next/standalone below); pg's optional native binding is never used.
  external: [
    'next',
    'next/*',
    'react',
    'react/*',
    'react-dom',
    'react-dom/*',
    '@electric-sql/pglite',
    'pg-native',
  ],
  // Bundled CommonJS packages (ioredis) call require() for Node's modules.
  banner: {
    js: "import { createRequire as __frCreateRequire } from 'node:module'; const require = __frCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
  plugins: [serverOnly],
});

// .next/standalone (next.config.mjs `output: 'standalone'`) becomes the whole runnable server, as the
// container image holds it: Next's traced server files, plus the static assets, public/ and this server.
// The data/ folder Next traced in (the development signing key) never ships.
const standalone = path.join(root, '.next', 'standalone');
if (existsSync(standalone)) {
  rmSync(path.join(standalone, 'data'), { recursive: true, force: true });
  cpSync(path.join(root, '.next', 'static'), path.join(standalone, '.next', 'static'), { recursive: true });
  cpSync(path.join(root, 'public'), path.join(standalone, 'public'), { recursive: true });
  cpSync(
    path.join(root, 'node_modules', '@electric-sql', 'pglite'),
    path.join(standalone, 'node_modules', '@electric-sql', 'pglite'),
    { recursive: true },
  );
  cpSync(
    path.join(root, '.next', 'friend-request-server.mjs'),
    path.join(standalone, '.next', 'friend-request-server.mjs'),
  );
}
