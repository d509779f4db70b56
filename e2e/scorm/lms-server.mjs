// The LMS of the package journeys (a test double: no LMS platform runs here). It serves a harness page
// per SCORM version, whose window holds scorm-again's API as the LMS's page would, and each package zip
// from dist/scorm/ (read as the LMS would unpack it) under a deep path, framed by the harness page.
//   /lms/1.2 and /lms/2004: the harness. A test sets window.harnessSeed (the data model to resume from)
//   and window.harnessRefuse ('commit' or 'set': the LMS refuses those calls) with an init script.
//   The data model is kept in sessionStorage after each commit and at the end, as an LMS keeps it.
// Usage: node e2e/scorm/lms-server.mjs <port>
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const port = Number(process.argv[2] ?? 3101);

export const COURSE_PATH = {
  1.2: '/courses/2026-27/clerkship-block-3/mod/scorm/41/package-1.2/',
  2004: '/courses/2026-27/clerkship-block-3/mod/scorm/42/package-2004/',
};

// Each zip is read when first asked for, so the harness starts (and says what is missing) without them.
const packages = {};
function packageFiles(version) {
  packages[version] ??= unzipSync(
    readFileSync(path.join(root, 'dist', 'scorm', `friend-request-scorm-${version}.zip`)),
  );
  return packages[version];
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function harness(version) {
  const v12 = version === '1.2';
  const script = v12 ? 'scorm12.min.js' : 'scorm2004.min.js';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Test LMS (SCORM ${version})</title>
<style>body{margin:0;font:14px system-ui}header{padding:8px 16px;background:#234;color:#fff}
iframe{display:block;width:100%;height:calc(100vh - 36px);border:0}</style>
<script src="/scorm-again/${script}"></script>
<script>
  const key = 'harness:cmi:${version}';
  const api = new ${v12 ? 'Scorm12API' : 'Scorm2004API'}({ logLevel: 5 });
  if (window.harnessSeed) api.loadFromJSON(window.harnessSeed);
  const keep = () => sessionStorage.setItem(key, JSON.stringify(api.renderCMIToJSONObject()));
  const names = ${v12 ? "['LMSCommit', 'LMSFinish', 'LMSSetValue']" : "['Commit', 'Terminate', 'SetValue']"};
  const [commit, finish, set] = names;
  window.harnessCalls = [];
  for (const name of names) {
    const real = api[name].bind(api);
    api[name] = (...args) => {
      window.harnessCalls.push(name);
      if (window.harnessRefuse === 'commit' && name === commit) return 'false';
      if (window.harnessRefuse === 'set' && name === set) throw new Error('The LMS is not answering');
      const result = real(...args);
      if (name !== set) keep();
      return result;
    };
  }
  window.${v12 ? 'API' : 'API_1484_11'} = api;
</script></head>
<body><header>Test LMS · SCORM ${version} · Clerkship block 3</header>
<iframe title="Friend Request? (course)" src="${COURSE_PATH[version]}index.html"></iframe></body></html>`;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
  const send = (status, type, body) => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  };
  const lms = /^\/lms\/(1\.2|2004)$/.exec(url.pathname);
  if (lms) return send(200, TYPES['.html'], harness(lms[1]));
  const again = /^\/scorm-again\/(scorm12|scorm2004)\.min\.js$/.exec(url.pathname);
  if (again)
    return send(
      200,
      TYPES['.js'],
      readFileSync(path.join(root, 'node_modules', 'scorm-again', 'dist', `${again[1]}.min.js`)),
    );
  for (const [version, base] of Object.entries(COURSE_PATH)) {
    if (!url.pathname.startsWith(base)) continue;
    let files;
    try {
      files = packageFiles(version);
    } catch {
      return send(503, 'text/plain', `No package for SCORM ${version}: run npm run build:scorm first.`);
    }
    const file = files[decodeURIComponent(url.pathname.slice(base.length))];
    if (!file) return send(404, 'text/plain', 'Not in the package');
    return send(200, TYPES[path.extname(url.pathname)] ?? 'application/octet-stream', file);
  }
  if (url.pathname === '/') return send(200, 'text/plain', 'Test LMS: /lms/1.2 or /lms/2004');
  send(404, 'text/plain', 'Not found');
});

server.listen(port, '127.0.0.1', () => console.log(`Test LMS on http://127.0.0.1:${port}/`));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
