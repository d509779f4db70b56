import { existsSync } from 'node:fs';
import path from 'node:path';

import { runnerImport } from 'vite';

import { ROOT } from './paths.mjs';

/** Loads a TypeScript module of the project (path alias `@/` and the `server-only` marker resolved). */
export async function importProjectModule(file) {
  const { module } = await runnerImport(path.join(ROOT, file), {
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

/** The lessons' slugs in course order (content/lessons/order.ts), or [] when there is no such list. */
export async function lessonOrder() {
  if (!existsSync(path.join(ROOT, 'content/lessons/order.ts'))) return [];
  const { lessonOrder: order } = await importProjectModule('content/lessons/order.ts');
  return Array.isArray(order) ? order : [];
}
