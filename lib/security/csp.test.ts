import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import { BuildOutput } from './build-output';
import {
  decodeAttribute,
  documentPolicy,
  frameAncestorSources,
  hashSource,
  inlineHashes,
  NO_INLINE,
  RESOURCE_POLICY,
} from './csp';

const directives = (policy: string) =>
  Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('hashSource', () => {
  it('gives the hash the CSP specification gives for its example script', () => {
    expect(hashSource("alert('Hello, world.');")).toBe(
      "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='",
    );
  });

  it('hashes the UTF-8 bytes, as browsers do', () => {
    const utf8 = createHash('sha256')
      .update(Buffer.from([0xe2, 0x80, 0x99]))
      .digest('base64');
    expect(hashSource('’')).toBe(`'sha256-${utf8}'`);
  });
});

describe('inlineHashes', () => {
  const html = [
    '<html><head><script src="/_next/static/a.js" async=""></script>',
    '<style>main{color:red}</style></head><body>',
    '<p style="width:0%">x</p><p data-style="x">y</p><span style="font-family:&quot;A&quot;">z</span>',
    '<script id="_R_">self.a = 1;</script>',
    '<script>self.__next_f.push([1,"<div style=\\"color:blue\\">"])</script>',
    '<script>self.a = 1;</script>',
    '</body></html>',
  ].join('');

  it('hashes each distinct inline script exactly as written, and no external one', () => {
    expect(inlineHashes(html).scripts).toEqual([
      hashSource('self.a = 1;'),
      hashSource('self.__next_f.push([1,"<div style=\\"color:blue\\">"])'),
    ]);
  });

  it('hashes style elements and style attributes (decoded) outside scripts', () => {
    const { styleElements, styleAttributes } = inlineHashes(html);
    expect(styleElements).toEqual([hashSource('main{color:red}')]);
    expect(styleAttributes).toEqual([hashSource('width:0%'), hashSource('font-family:"A"')]);
  });

  it('finds nothing in a page without inline code', () => {
    expect(inlineHashes('<html><body><p>Plain</p></body></html>')).toEqual(NO_INLINE);
  });
});

describe('decodeAttribute', () => {
  it('decodes named and numeric character references and leaves unknown ones alone', () => {
    expect(decodeAttribute('&quot;a&quot; &amp; &#39;b&#x27; &lt;&gt; &nbsp;')).toBe(`"a" & 'b' <> &nbsp;`);
  });
});

describe('documentPolicy', () => {
  const hashes = { scripts: ["'sha256-s'"], styleElements: [], styleAttributes: ["'sha256-a'"] };

  it('allows the page’s own scripts by hash, nothing inline or from another origin', () => {
    const policy = directives(documentPolicy({ hashes }));
    expect(policy['script-src']).toEqual(["'self'", "'sha256-s'"]);
    expect(policy['style-src']).toEqual(["'self'", "'unsafe-hashes'", "'sha256-a'"]);
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['frame-ancestors']).toEqual(["'self'"]);
    expect(Object.values(policy).flat()).not.toContain("'unsafe-inline'");
  });

  it('adds the nonce of a page rendered per request', () => {
    const policy = directives(documentPolicy({ hashes: NO_INLINE, nonce: 'abc' }));
    expect(policy['script-src']).toEqual(["'self'", "'nonce-abc'"]);
    expect(policy['style-src']).toEqual(["'self'", "'nonce-abc'"]);
  });

  it('relaxes scripts and styles for the development server only', () => {
    const policy = directives(documentPolicy({ hashes, development: true }));
    expect(policy['script-src']).toEqual(["'self'", "'unsafe-inline'", "'unsafe-eval'"]);
    expect(policy['frame-ancestors']).toEqual(["'self'"]);
  });

  it('lets downloads load nothing', () => {
    expect(directives(RESOURCE_POLICY)['default-src']).toEqual(["'none'"]);
  });
});

describe('BuildOutput', () => {
  let dist = '';
  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  function fakeBuild() {
    dist = mkdtempSync(path.join(tmpdir(), 'csp-build-'));
    mkdirSync(path.join(dist, 'server', 'app', 'lessons'), { recursive: true });
    const page = { routeType: 'page', dataRoute: '/x.rsc' };
    writeFileSync(
      path.join(dist, 'prerender-manifest.json'),
      JSON.stringify({
        routes: {
          '/': page,
          '/_not-found': page,
          '/lessons/one': page,
          '/data/figures.csv': { routeType: 'route', dataRoute: null },
        },
      }),
    );
    writeFileSync(
      path.join(dist, 'app-path-routes-manifest.json'),
      JSON.stringify({
        '/page': '/',
        '/api/sign/route': '/api/sign',
        '/lessons/[slug]/page': '/lessons/[slug]',
      }),
    );
    const write = (file: string, html: string) => writeFileSync(path.join(dist, 'server', 'app', file), html);
    write('index.html', '<script>home()</script><b style="width:0%"></b>');
    write('_not-found.html', '<script>missing()</script>');
    write('lessons/one.html', '<script>lesson()</script>');
    return new BuildOutput(dist);
  }

  it('gives a prerendered page the hashes of its own HTML', () => {
    const build = fakeBuild();
    expect(build.classify('/')).toEqual({
      kind: 'prerendered-page',
      hashes: {
        scripts: [hashSource('home()')],
        styleElements: [],
        styleAttributes: [hashSource('width:0%')],
      },
    });
    expect(build.classify('/lessons/one')).toMatchObject({ hashes: { scripts: [hashSource('lesson()')] } });
  });

  it('treats route handlers as resources', () => {
    const build = fakeBuild();
    expect(build.classify('/data/figures.csv')).toEqual({ kind: 'resource' });
    expect(build.classify('/api/sign')).toEqual({ kind: 'resource' });
  });

  it('gives any other path the not-found page’s scripts and every page’s style attributes', () => {
    expect(fakeBuild().classify('/elsewhere')).toEqual({
      kind: 'rendered-per-request',
      hashes: {
        scripts: [hashSource('missing()')],
        styleElements: [],
        styleAttributes: [hashSource('width:0%')],
      },
    });
  });

  it('says so when there is no production build', () => {
    dist = mkdtempSync(path.join(tmpdir(), 'csp-empty-'));
    expect(new BuildOutput(dist).classify('/')).toBeNull();
  });
});

describe('frame ancestors (LTI_FRAME_ANCESTORS)', () => {
  it('lets the named LMS origins frame a page, and drops anything that is not an origin', () => {
    const sources = frameAncestorSources(
      "https://*.instructure.com https://moodle.example.edu 'unsafe-inline' javascript:x",
    );
    expect(sources).toEqual(['https://*.instructure.com', 'https://moodle.example.edu']);
    const policy = directives(documentPolicy({ hashes: NO_INLINE, frameAncestors: sources }));
    expect(policy['frame-ancestors']).toEqual([
      "'self'",
      'https://*.instructure.com',
      'https://moodle.example.edu',
    ]);
  });

  it('keeps pages to their own origin when none is named', () => {
    expect(directives(documentPolicy({ hashes: NO_INLINE }))['frame-ancestors']).toEqual(["'self'"]);
  });
});
