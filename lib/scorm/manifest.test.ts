import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScormVersion } from './api';
import { scormManifest, type ManifestOptions } from './manifest';

/*
 * Each manifest is validated as an LMS's importer would read it: against the ADL/IMS schema files the
 * package carries (scripts/scorm/schemas/), with Debian's xmllint (libxml2-utils, which .ci/run installs).
 */

const SCHEMAS = path.resolve('scripts/scorm/schemas');

function validate(version: ScormVersion, xml: string): { ok: boolean; output: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'scorm-manifest-'));
  const file = path.join(dir, 'imsmanifest.xml');
  writeFileSync(file, xml);
  const schema = path.join(SCHEMAS, version, 'validate-manifest.xsd');
  try {
    const output = execFileSync('xmllint', ['--noout', '--schema', schema, file], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { ok: true, output };
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string; status?: number };
    if (failure.code === 'ENOENT')
      throw new Error('xmllint is not installed: apt-get install libxml2-utils.');
    return { ok: false, output: String(failure.stderr ?? '') };
  }
}

const base = (version: ScormVersion, extra: Partial<ManifestOptions> = {}): ManifestOptions => ({
  version,
  identifier: 'friend-request',
  title: 'Friend Request? Patients, physicians & online social networks',
  launch: 'index.html',
  files: ['index.html', '_next/static/chunks/app.js', 'fonts/serif.woff2'],
  ...extra,
});

describe.each(['1.2', '2004'] as const)('the SCORM %s manifest', (version) => {
  it('validates against the schemas, listing every file of the one SCO', () => {
    const xml = scormManifest(base(version));
    expect(validate(version, xml)).toMatchObject({ ok: true });
    for (const file of base(version).files) expect(xml).toContain(`<file href="${file}"/>`);
    expect(xml).toMatch(version === '1.2' ? /adlcp:scormtype="sco"/ : /adlcp:scormType="sco"/);
  });

  it('is refused by the same check when it is wrong, so the check can fail', () => {
    const xml = scormManifest(base(version)).replace(/(scorm[tT]ype)="sco"/, '$1="lesson"');
    const result = validate(version, xml);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/lesson/);
    const misplaced = scormManifest(base(version)).replace('</metadata>', '<title>here</title></metadata>');
    expect(validate(version, misplaced).ok).toBe(false);
  });

  it('writes a mastery score only when the build asks for one', () => {
    const without = scormManifest(base(version));
    const withScore = scormManifest(base(version, { masteryScore: 80 }));
    const marker =
      version === '1.2'
        ? '<adlcp:masteryscore>80</adlcp:masteryscore>'
        : '<imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure>';
    expect(without).not.toMatch(/masteryscore|minNormalizedMeasure/);
    expect(withScore).toContain(marker);
    expect(validate(version, withScore)).toMatchObject({ ok: true });
  });

  it('escapes a title and file names, and still validates', () => {
    const xml = scormManifest(base(version, { title: 'Q&A <draft> "one"', files: ['index.html', 'a&b.js'] }));
    expect(xml).toContain('<title>Q&amp;A &lt;draft&gt; &quot;one&quot;</title>');
    expect(xml).toContain('<file href="a&amp;b.js"/>');
    expect(validate(version, xml)).toMatchObject({ ok: true });
  });
});

describe('scormManifest', () => {
  it('refuses what no LMS could import, saying what is wrong', () => {
    expect(() => scormManifest(base('1.2', { identifier: '1 course' }))).toThrow(/not an XML name/);
    expect(() => scormManifest(base('2004', { masteryScore: 120 }))).toThrow(/whole percent from 0 to 100/);
    expect(() => scormManifest(base('1.2', { launch: 'start.html' }))).toThrow(
      /not among the package's files/,
    );
  });
});
