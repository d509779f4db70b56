import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import jsxA11y from 'eslint-plugin-jsx-a11y';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      ...jsxA11y.flatConfigs.strict.rules,
    },
  },
  {
    // No import cycles between files (type-only imports and folders: scripts/check-imports.mjs).
    files: ['**/*.{ts,tsx,mjs}'],
    // Packages are not followed (PGlite's WebAssembly loader is too large for the parser, and a cycle inside
    // a package is not ours to fix).
    settings: { 'import/ignore': ['node_modules'] },
    rules: {
      'import/no-cycle': ['error', { ignoreExternal: true }],
      // Imports point down: lib/ is plain TypeScript for pages and servers alike, components/ serve the routes.
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './lib', from: ['./components', './app'] },
            { target: './components', from: './app' },
            { target: './content', from: './app' },
          ],
        },
      ],
    },
  },
  globalIgnores([
    '.next/**',
    '.next-scorm/**',
    '.next-site-aside/**',
    'dist/**',
    'out/**',
    'build/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
    'bench-results/**',
    'data/**',
  ]),
]);
