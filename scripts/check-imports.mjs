#!/usr/bin/env node
/*
 * `npm run lint` runs this after ESLint. It finds import cycles that `import/no-cycle` cannot see:
 * - between files, counting `import type` too (the ESLint rule skips type-only imports);
 * - between folders: each folder of lib/, components/ and content/ is one unit (lib/progress,
 *   components/review, …), and no two units may depend on each other, directly or round a loop, through
 *   their code (a test may import from any folder).
 * Exits 1 and names each cycle.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = /\.(ts|tsx|mts|mjs|mdx)$/;
const IMPORT =
  /(?:^|[\s;])(?:import|export)\s(?:[^'"`;]*?\sfrom\s)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const TEST = /\.test\.tsx?$/;
const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.mjs', '.js', '.mdx', '.json', '/index.ts', '/index.tsx'];

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function resolve(from, specifier) {
  let base;
  if (specifier.startsWith('@/')) base = path.join(ROOT, specifier.slice(2));
  else if (specifier.startsWith('.')) base = path.resolve(path.dirname(from), specifier);
  else return null; // a package
  for (const ext of EXTENSIONS) {
    const file = base + ext;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

/** The folder unit a file belongs to: lib/<folder>, components/<folder>, content/<folder>, or null. */
function unitOf(file) {
  const [top, folder, ...rest] = path.relative(ROOT, file).split(path.sep);
  return ['lib', 'components', 'content'].includes(top) && rest.length > 0 ? `${top}/${folder}` : null;
}

/** Strongly connected components with more than one member (Tarjan). */
function cycles(graph) {
  let index = 0;
  const stack = [];
  const info = new Map();
  const found = [];
  function visit(v) {
    info.set(v, { index, low: index, onStack: true });
    index += 1;
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!info.has(w)) {
        visit(w);
        info.get(v).low = Math.min(info.get(v).low, info.get(w).low);
      } else if (info.get(w).onStack) {
        info.get(v).low = Math.min(info.get(v).low, info.get(w).index);
      }
    }
    if (info.get(v).low === info.get(v).index) {
      const members = [];
      let w;
      do {
        w = stack.pop();
        info.get(w).onStack = false;
        members.push(w);
      } while (w !== v);
      if (members.length > 1) found.push(members.sort());
    }
  }
  for (const v of graph.keys()) if (!info.has(v)) visit(v);
  return found;
}

const files = ['app', 'components', 'lib', 'content', 'e2e', 'scripts'].flatMap((dir) =>
  existsSync(path.join(ROOT, dir)) ? sourceFiles(path.join(ROOT, dir)) : [],
);
const fileGraph = new Map();
const unitGraph = new Map();
const unitEdges = new Map(); // "a -> b" → an example import
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const targets = new Set();
  for (const match of text.matchAll(IMPORT)) {
    const target = resolve(file, match[1] ?? match[2]);
    if (target) targets.add(target);
  }
  fileGraph.set(file, [...targets]);
  // Tests may reach across folders (a certificate test checks its output with the verifier); folders
  // are layered by what the product code imports.
  const from = TEST.test(file) ? null : unitOf(file);
  if (!from) continue;
  for (const target of targets) {
    const to = unitOf(target);
    if (!to || to === from) continue;
    if (!unitGraph.has(from)) unitGraph.set(from, new Set());
    unitGraph.get(from).add(to);
    const edge = `${from} -> ${to}`;
    if (!unitEdges.has(edge)) unitEdges.set(edge, path.relative(ROOT, file));
  }
}

const fileCycles = cycles(fileGraph);
const unitCycles = cycles(new Map([...unitGraph].map(([k, v]) => [k, [...v]])));
for (const members of fileCycles) {
  console.error(`Import cycle between files: ${members.map((f) => path.relative(ROOT, f)).join(', ')}`);
}
for (const members of unitCycles) {
  const inside = [...unitEdges].filter(([edge]) => {
    const [a, b] = edge.split(' -> ');
    return members.includes(a) && members.includes(b);
  });
  console.error(`Import cycle between folders ${members.join(', ')}:`);
  for (const [edge, example] of inside) console.error(`  ${edge} (e.g. ${example})`);
}
if (fileCycles.length + unitCycles.length > 0) process.exit(1);
console.log(
  `No import cycles among ${files.length} files and ${new Set([...files.map(unitOf)].filter(Boolean)).size} folders.`,
);
