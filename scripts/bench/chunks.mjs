import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import * as acorn from 'acorn';

/*
 * What a route loads beyond the floor, module by module. A Turbopack chunk is a list of module factories,
 * each after its module id(s); ids are stable across builds (the floor's framework modules carry the same ids
 * as the module's), so the modules a route loads and the floor does not are told apart by id, whatever
 * the chunks are called. Each factory is gzipped on its own: an estimate (a little above its share of the
 * chunk), good enough to see which pieces are heavy.
 */

const parsed = new Map();

/** Module factories of one chunk file: their ids, sizes and a hint of what they are. */
function factoriesOf(file) {
  if (!parsed.has(file)) parsed.set(file, parseChunk(file));
  return parsed.get(file);
}

function parseChunk(file) {
  const source = readFileSync(file, 'utf8');
  let program;
  try {
    program = acorn.parse(source, { ecmaVersion: 'latest' });
  } catch {
    return [];
  }
  const call = program.body[0]?.expression;
  const list = call?.type === 'CallExpression' ? call.arguments[0] : null;
  if (list?.type !== 'ArrayExpression') return [];
  const factories = [];
  let ids = [];
  for (const element of list.elements.slice(1)) {
    if (element?.type === 'Literal') {
      ids.push(element.value);
      continue;
    }
    const text = source.slice(element.start, element.end);
    const exports = [...text.matchAll(/\be\.s\(\[("[^"]+")/g)].map((m) => JSON.parse(m[1]));
    factories.push({ ids, raw: text.length, gzip: gzipSync(text).length, exports });
    ids = [];
  }
  return factories;
}

/** Module id → source path, from every client reference manifest of a build. */
export function clientModuleNames(distDir) {
  const names = new Map();
  const walk = (dir) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (entry.endsWith('_client-reference-manifest.js')) {
        const json = /=\s*(\{[\s\S]*\});?\s*$/.exec(readFileSync(full, 'utf8'))?.[1];
        if (!json) continue;
        for (const [source, entry] of Object.entries(JSON.parse(json).clientModules ?? {})) {
          names.set(entry.id, source.replace(/^\[project\]\//, '').replace(/ \[.*$/, ''));
        }
      }
    }
  };
  const appDir = path.join(distDir, 'server', 'app');
  if (existsSync(appDir)) walk(appDir);
  return names;
}

/**
 * The modules in `files` (chunk files of a route) whose ids the floor's chunks do not carry, heaviest first,
 * each named by its source path where the build says it, else by its first exports.
 */
export function modulesBeyondFloor(files, floorFiles, names) {
  const floorIds = new Set(floorFiles.flatMap((f) => factoriesOf(f).flatMap((x) => x.ids)));
  const extra = files
    .flatMap((file) => factoriesOf(file).map((factory) => ({ ...factory, chunk: path.basename(file) })))
    .filter((factory) => !factory.ids.some((id) => floorIds.has(id)));
  return extra
    .sort((a, b) => b.gzip - a.gzip)
    .map((factory) => {
      const named = factory.ids.map((id) => names.get(id)).find(Boolean);
      const label =
        named ??
        (factory.exports.length > 0
          ? `module ${factory.ids[0]} (exports ${factory.exports.slice(0, 3).join(', ')})`
          : `module ${factory.ids[0]}`);
      return { label, chunk: factory.chunk, gzip: factory.gzip };
    });
}
