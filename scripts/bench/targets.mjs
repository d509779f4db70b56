import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { ROOT } from './paths.mjs';

/**
 * The framework floor: a bare page (one heading, one paragraph) of the same Next version and the same
 * next.config.mjs, built in the same run. It lives inside the project (under the git-ignored bench-results/)
 * because Turbopack compiles nothing outside the project root, and so it resolves the project's node_modules.
 * Its proxy.ts matches no path, so the floor sends no CSP (it measures the framework, not the module's
 * policy): without a proxy.ts of its own, Turbopack (Next 16.4) builds the project's proxy.ts into a nested
 * app, which then fails to resolve the project's `@/` imports.
 */
export function writeFloorApp(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'app'), { recursive: true });
  const configPath = path.relative(dir, path.join(ROOT, 'next.config.mjs')).split(path.sep).join('/');
  writeFileSync(
    path.join(dir, 'next.config.mjs'),
    `// The module's own configuration, so the floor differs from the module only in its pages.\nexport { default } from '${configPath}';\n`,
  );
  writeFileSync(
    path.join(dir, 'app', 'layout.tsx'),
    `import type { ReactNode } from 'react';

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  );
  writeFileSync(
    path.join(dir, 'app', 'page.tsx'),
    `export default function Page() {
  return (
    <main>
      <h1>A bare page</h1>
      <p>One heading and one paragraph, built with the same Next.js and the same configuration as the module.</p>
    </main>
  );
}
`,
  );
  writeFileSync(
    path.join(dir, 'proxy.ts'),
    `import { NextResponse } from 'next/server';

export function proxy() {
  return NextResponse.next();
}

export const config = { matcher: ['/__bench-floor-proxy-matches-nothing'] };
`,
  );
  // The project's compiler options without its path alias (the floor imports nothing of the module).
  const { compilerOptions } = JSON.parse(readFileSync(path.join(ROOT, 'tsconfig.json'), 'utf8'));
  delete compilerOptions.paths;
  compilerOptions.types = ['node'];
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify(
      { compilerOptions, include: ['next-env.d.ts', '**/*.ts', '**/*.tsx', '.next/types/**/*.ts'] },
      null,
      2,
    ),
  );
  writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
}

/**
 * The limit: the text of one lesson as plain HTML, with no JavaScript at all — the lesson's prerendered HTML
 * with every script and every script preload removed, its stylesheet kept (served from the module's build),
 * so it renders as the lesson does before hydration.
 */
export function plainHtmlOf(prerenderedHtml) {
  return prerenderedHtml
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"[^>]*\/?>/gi, '')
    .replace(/<link\b[^>]*\bas="script"[^>]*\brel="(?:preload|modulepreload)"[^>]*\/?>/gi, '')
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*\/?>/gi, '');
}
