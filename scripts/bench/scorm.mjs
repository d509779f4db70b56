import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { ROOT } from './paths.mjs';
import { unzipSync } from 'fflate';

import { nextStart } from './servers.mjs';
import { weigh } from './weigh.mjs';

/*
 * `npm run bench -- --scorm`: the LMS packages. Builds them (npm run build:scorm) unless --no-build, then
 * reports each zip's size and the launch page's download (HTML, JavaScript, CSS, gzipped as a server
 * would) beside the framework floor's (a bare page of the same Next.js, built by the bench), with budgets:
 * - zip ≤ 1 MB: well under the upload limits LMSs ship with (Moodle's default is the PHP limit, often 2 MB);
 * - launch JavaScript ≤ 1.6× the floor. The site holds a lesson to 1.25×, but its routes each load their
 *   own page's code; the package's one page carries every page's (start, lessons, after, final check,
 *   progress, record), and meeting 1.25× would mean loading each view's code only when it is opened.
 */

export const SCORM_BUDGETS = { zipBytes: 1_000_000, launchJsVsFloor: 1.6 };

const ZIPS = ['1.2', '2004'].map((version) => ({
  version,
  file: path.join(ROOT, 'dist', 'scorm', `friend-request-scorm-${version}.zip`),
}));

export async function benchScorm({ port, resultsDir, floorDir, build, log }) {
  if (build) {
    log('Building the packages (npm run build:scorm)…');
    const built = spawnSync('npm', ['run', 'build:scorm'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('npm run build:scorm failed');
  }
  const zips = ZIPS.map(({ version, file }) => ({ version, bytes: statSync(file).size }));

  // The launch page as an LMS serves it: from the SCORM 1.2 zip's own files.
  const launch = await zipServer(port, unzipSync(readFileSync(ZIPS[0].file)));
  const floor = await nextStart(floorDir, port + 1, path.join(resultsDir, 'server-floor.log'));
  let launchBytes;
  let floorBytes;
  try {
    launchBytes = await weigh(launch.origin, '/');
    floorBytes = await weigh(floor.origin, '/');
  } finally {
    await Promise.all([launch.stop(), floor.stop()]);
  }

  const kB = (bytes) => (bytes / 1000).toFixed(1);
  const ratio = launchBytes.jsGzip / floorBytes.jsGzip;
  const checks = [
    ...zips.map((z) => ({
      budget: `zip ≤ ${kB(SCORM_BUDGETS.zipBytes)} kB`,
      subject: `SCORM ${z.version} zip`,
      figure: `${kB(z.bytes)} kB`,
      pass: z.bytes <= SCORM_BUDGETS.zipBytes,
    })),
    {
      budget: `launch JavaScript ≤ ${SCORM_BUDGETS.launchJsVsFloor}× floor`,
      subject: 'package launch page',
      figure: `${kB(launchBytes.jsGzip)} kB = ${ratio.toFixed(2)}× (floor ${kB(floorBytes.jsGzip)} kB)`,
      pass: ratio <= SCORM_BUDGETS.launchJsVsFloor,
    },
  ];
  const markdown = [
    '# LMS packages',
    '',
    '| | size (kB) |',
    '|---|---:|',
    ...zips.map((z) => `| SCORM ${z.version} zip | ${kB(z.bytes)} |`),
    '',
    '| page | HTML gz | JS gz | CSS gz | total gz (kB) |',
    '|---|---:|---:|---:|---:|',
    ...[
      ['Floor (bare Next page)', floorBytes],
      ['Package launch page', launchBytes],
    ].map(
      ([label, b]) =>
        `| ${label} | ${kB(b.htmlGzip)} | ${kB(b.jsGzip)} | ${kB(b.cssGzip)} | ${kB(b.totalGzip)} |`,
    ),
    '',
    ...checks.map((c) => `- ${c.pass ? 'met' : 'BROKEN'}: ${c.subject}: ${c.budget}: ${c.figure}`),
    '',
  ].join('\n');
  writeFileSync(
    path.join(resultsDir, 'scorm.json'),
    JSON.stringify({ zips, launchBytes, floorBytes, checks }, null, 2),
  );
  writeFileSync(path.join(resultsDir, 'scorm.md'), markdown);
  console.log(`\n${markdown}`);
  return { broken: checks.filter((c) => !c.pass) };
}

/** Serves a zip's files as they are (weigh() gzips them itself), with index.html at '/'. */
function zipServer(port, files) {
  const server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname.slice(1)) || 'index.html';
    const file = files[name];
    res.statusCode = file ? 200 : 404;
    res.end(file ? Buffer.from(file) : 'Not in the package');
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${port}`,
        stop: () => new Promise((done) => server.close(() => done())),
      }),
    ),
  );
}
