// `npm run build:scorm`: the course as two LMS packages in dist/scorm/ (SCORM 1.2 and SCORM 2004 4th
// Edition). Builds the one-page export (next.config.mjs, FR_COURSE_PACKAGE=scorm) into .next-scorm/, then
// zips it with each version's manifest, schema files and settings (lib/scorm/package.ts).
// Settings: SCORM_PASS_MARK (whole percent, default 80), SCORM_FAILED_STATUS (incomplete | failed),
// SCORM_MASTERY_SCORE=1 (write the pass mark into the manifests as the mastery score).
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const exportDir = path.join(root, '.next-scorm');
const outDir = path.join(root, 'dist', 'scorm');

// The packaging code is the project's TypeScript: compile it for this script (it needs no browser).
const tool = path.join(root, '.next-scorm-tool.mjs');
await build({
  absWorkingDir: root,
  entryPoints: ['lib/scorm/package-build.ts'],
  outfile: tool,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});
const { courseFiles, packageFileName, scormPackage, settingsFromEnvironment, SCHEMA_FILES } = await import(
  pathToFileURL(tool).href
);
rmSync(tool);

// Read the settings before building, so that a bad value fails at once.
const versions = /** @type {const} */ (['1.2', '2004']);
const settings = versions.map((version) => settingsFromEnvironment(version, process.env));
const mastery = process.env.SCORM_MASTERY_SCORE?.trim();
if (mastery && mastery !== '1' && mastery !== '0') {
  console.error(
    `SCORM_MASTERY_SCORE must be 1 (write the pass mark into the manifest) or 0, not "${mastery}".`,
  );
  process.exit(1);
}

if (!process.argv.includes('--zip-only')) {
  rmSync(exportDir, { recursive: true, force: true });
  // An export keeps its build's working files in .next whatever distDir says (distDir only names where
  // the export goes), so the site's build is set aside meanwhile and put back after, built or not.
  const site = path.join(root, '.next');
  const aside = path.join(root, '.next-site-aside');
  rmSync(aside, { recursive: true, force: true });
  const hadSite = existsSync(site);
  if (hadSite) renameSync(site, aside);
  let status;
  try {
    status = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, FR_COURSE_PACKAGE: 'scorm' },
    }).status;
  } finally {
    rmSync(site, { recursive: true, force: true });
    if (hadSite) renameSync(aside, site);
  }
  if (status !== 0) process.exit(status ?? 1);
}

function walk(dir, prefix = '') {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(full).isDirectory() ? walk(full, rel) : [rel];
  });
}

const course = Object.fromEntries(
  courseFiles(walk(exportDir)).map((file) => [file, readFileSync(path.join(exportDir, file))]),
);
mkdirSync(outDir, { recursive: true });
for (const s of settings) {
  const schemaDir = path.join(root, 'scripts', 'scorm', 'schemas', s.version);
  const schemas = Object.fromEntries(
    SCHEMA_FILES[s.version].map((name) => [name, readFileSync(path.join(schemaDir, name))]),
  );
  const zip = scormPackage({
    settings: s,
    course,
    schemas,
    title: 'Friend Request? Patients, physicians and social networks',
    ...(mastery === '1' ? { masteryScore: s.passMark } : {}),
  });
  const file = path.join(outDir, packageFileName(s.version));
  writeFileSync(file, zip);
  console.log(
    `${path.relative(root, file)}: ${(zip.length / 1000).toFixed(0)} kB, SCORM ${s.version}, pass mark ${s.passMark}%`,
  );
}
