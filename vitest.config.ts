import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: root },
      // `server-only` throws outside Next's server bundle; in unit tests it is just a marker.
      { find: 'server-only', replacement: `${root}lib/testing/server-only.ts` },
    ],
  },
  test: {
    include: ['{lib,content,components,deploy}/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
