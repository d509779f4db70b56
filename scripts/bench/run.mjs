#!/usr/bin/env node
/*
 * npm run bench [-- --runs N] [--no-build] [--no-lighthouse] [--scale] [--lti] [--scorm]
 *
 * Builds the module for production and, in one run, measures side by side its routes, the framework floor
 * (a bare page of the same Next.js and config, built now) and the limit (one lesson as plain HTML with no
 * JavaScript); then the certificate signing endpoint and PDF when they exist. Writes bench-results/*.json and
 * *.md, prints the table, and exits non-zero naming each broken budget. Not part of `npm test` or CI.
 * --lti measures only the LTI launch under load (lti.mjs: requests/s and p99 of POST /lti/launch).
 * --scorm measures only the LMS packages (scorm.mjs: zip sizes, the launch page's JavaScript beside the floor).
 * --scale measures only the scale-out (scale.mjs: one instance beside nginx and two instances, 2 minutes).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { loadTestSigning, measurePdf, SIGNING_SERVER_ENV } from './certificates.mjs';
import { lighthouseAll } from './lighthouse.mjs';
import { ROOT } from './paths.mjs';
import { lessonOrder } from './project.mjs';
import { clientModuleNames, modulesBeyondFloor } from './chunks.mjs';
import { BUDGETS, checkBudgets, markdownReport } from './report.mjs';
import { pagesOfBuild } from './routes.mjs';
import { moduleBuild, moduleStart, nextBuild, nextStart, staticServer } from './servers.mjs';
import { plainHtmlOf, writeFloorApp } from './targets.mjs';
import { weigh } from './weigh.mjs';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'no-build': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    scale: { type: 'boolean', default: false },
    lti: { type: 'boolean', default: false },
    scorm: { type: 'boolean', default: false },
  },
});
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number ≥ 1');

const RESULTS = path.join(ROOT, 'bench-results');
const FLOOR_DIR = path.join(RESULTS, '.floor');
const MODULE_DIST = path.join(ROOT, '.next');
const PORT = Number(process.env.BENCH_PORT ?? 3401);
const log = (message) => console.log(`[bench] ${message}`);
const startedAt = new Date().toISOString();

mkdirSync(RESULTS, { recursive: true });

if (!args['no-build']) {
  log('Building the module (next build, then its server)…');
  await moduleBuild(path.join(RESULTS, 'build-module.log'));
  log('Building the floor (a bare page, same Next.js and config)…');
  writeFloorApp(FLOOR_DIR);
  await nextBuild(FLOOR_DIR, path.join(RESULTS, 'build-floor.log'));
}

// The floor is built only with the module; --no-build reuses the last one, which a fresh checkout has not got.
if (args['no-build'] && !args.lti && !args.scale && !existsSync(path.join(FLOOR_DIR, '.next'))) {
  console.error(
    `[bench] --no-build needs the floor built by an earlier run (${path.relative(ROOT, FLOOR_DIR)} has none): run npm run bench once without it.`,
  );
  process.exit(1);
}

if (args.lti) {
  const { benchLti } = await import('./lti.mjs');
  const report = await benchLti({ port: PORT, resultsDir: RESULTS, log });
  process.exit(report.errors ? 1 : 0);
}

if (args.scorm) {
  const { benchScorm } = await import('./scorm.mjs');
  const report = await benchScorm({
    port: PORT,
    resultsDir: RESULTS,
    floorDir: FLOOR_DIR,
    build: !args['no-build'],
    log,
  });
  process.exit(report.broken.length ? 1 : 0);
}

if (args.scale) {
  const { benchScale } = await import('./scale.mjs');
  const report = await benchScale({ port: PORT, resultsDir: RESULTS, log });
  process.exit(report.broken.length ? 1 : 0);
}

// The limit is the course's first lesson.
const pages = pagesOfBuild(MODULE_DIST, await lessonOrder());
const lesson = pages.find((p) => p.kind === 'lesson');
if (!lesson) throw new Error('The build has no lesson page: nothing to take the limit from.');

const servers = [];
// The servers run in their own process groups: stop them on Ctrl-C too.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await Promise.all(servers.map((s) => s.stop()));
    process.exit(130);
  });
}
try {
  const app = await moduleStart(PORT, path.join(RESULTS, 'server-module.log'), SIGNING_SERVER_ENV);
  servers.push(app);
  const floor = await nextStart(FLOOR_DIR, PORT + 1, path.join(RESULTS, 'server-floor.log'));
  servers.push(floor);
  const lessonHtml = await (await fetch(app.origin + lesson.route)).text();
  const limitHtml = plainHtmlOf(lessonHtml);
  writeFileSync(path.join(RESULTS, 'limit.html'), limitHtml);
  const limit = await staticServer(PORT + 2, limitHtml, path.join(MODULE_DIST, 'static'));
  servers.push(limit);

  const targets = [
    { id: 'floor', label: 'Floor (bare Next page)', kind: 'floor', url: `${floor.origin}/` },
    {
      id: 'limit',
      label: 'Limit (plain HTML lesson)',
      kind: 'limit',
      url: `${limit.origin}/`,
      source: lesson.route,
    },
    ...pages.map((p) => ({
      id: p.route,
      label: p.route,
      kind: p.kind,
      route: p.route,
      url: app.origin + p.route,
    })),
  ];

  log(`Weighing ${targets.length} pages…`);
  for (const target of targets) {
    const { origin, pathname } = new URL(target.url);
    target.bytes = await weigh(origin, pathname);
  }

  const names = clientModuleNames(MODULE_DIST);
  const localChunk = (dist) => (file) =>
    path.join(dist, 'static', new URL(file.url, 'http://x').pathname.replace(/^\/_next\/static\//, ''));
  const floorFiles = targets
    .find((t) => t.kind === 'floor')
    .bytes.jsFiles.map(localChunk(path.join(FLOOR_DIR, '.next')));
  for (const target of targets.filter((t) => t.route)) {
    target.beyondFloor = modulesBeyondFloor(
      target.bytes.jsFiles.map(localChunk(MODULE_DIST)),
      floorFiles,
      names,
    );
  }

  if (!args['no-lighthouse']) {
    const lh = await lighthouseAll(targets, runs, log);
    for (const target of targets) target.lighthouse = lh.get(target.id);
  }

  const signing = await loadTestSigning(MODULE_DIST, app.origin, log);
  const pdf = await measurePdf(signing, app.origin, log);

  const next = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/next/package.json'), 'utf8')).version;
  const checks = checkBudgets({ targets, signing, pdf });
  const markdown = markdownReport({ startedAt, runs, next, targets, signing, pdf, checks });
  // The signed credentials only served the PDF: the report keeps the figures.
  const report = {
    startedAt,
    next,
    runs,
    budgets: BUDGETS,
    targets,
    signing: { ...signing, issued: undefined },
    pdf,
    checks,
  };

  const stamp = startedAt.replace(/[:.]/g, '-');
  for (const name of [`bench-${stamp}`, 'latest']) {
    writeFileSync(path.join(RESULTS, `${name}.json`), JSON.stringify(report, null, 2));
    writeFileSync(path.join(RESULTS, `${name}.md`), markdown);
  }
  console.log(`\n${markdown}`);
  log(`Written: bench-results/bench-${stamp}.json and .md (also latest.json, latest.md)`);

  const broken = checks.filter((c) => !c.pass);
  if (broken.length > 0) {
    console.error(`\n[bench] ${broken.length} budget(s) broken:`);
    for (const c of broken) {
      console.error(`  - ${c.subject}: ${c.budget}: ${c.figure} (limit ${c.limit})`);
    }
    process.exitCode = 1;
  } else {
    log('All budgets met.');
  }
} finally {
  await Promise.all(servers.map((s) => s.stop()));
}
