import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { aboutBlocks, dataBlocks } from '@/components/pages/pageBlocks';
import { getFigure, getSource } from '@/content/study';
import { pageSections, parsePageSource } from '@/lib/content/page-source';

const PAGES = { data: dataBlocks, about: aboutBlocks };

const sourceOf = (name: string) => readFileSync(path.join(__dirname, `${name}.mdx`), 'utf8');

/** Every value of `attr="…"` on a `<Tag …>` in the MDX text (attributes may sit on lines of their own). */
function attributes(source: string, tag: string, attr: string): string[] {
  const tags = source.match(new RegExp(`<${tag}\\b[^>]*>`, 'g')) ?? [];
  return tags.flatMap((t) => [...t.matchAll(new RegExp(`\\b${attr}="([^"]*)"`, 'g'))].map((m) => m[1]!));
}

describe.each(Object.entries(PAGES))('content/pages/%s.mdx', (name, blocks) => {
  const source = sourceOf(name);

  it('has a tab title, a heading, a lede and a description, and nothing else in its frontmatter', () => {
    expect(Object.keys(parsePageSource(name, source)).sort()).toEqual([
      'description',
      'heading',
      'lede',
      'title',
    ]);
  });

  it('uses only the blocks its registry gives it', () => {
    const known = new Set(Object.keys(blocks));
    const used = new Set([...source.matchAll(/<([A-Z][A-Za-z]*)\b/g)].map((m) => m[1]!));
    expect([...used].filter((block) => !known.has(block))).toEqual([]);
  });

  it('refers only to figures and sources that exist', () => {
    [...attributes(source, 'Fig', 'id'), ...attributes(source, 'Count', 'id')].forEach((id) =>
      expect(() => getFigure(id), id).not.toThrow(),
    );
    attributes(source, 'SourceLine', 'source').forEach((id) => expect(() => getSource(id), id).not.toThrow());
  });

  it('types no percentage into its prose: figures come through <Fig>', () => {
    const prose = source.replace(/<[^>]+>/g, '');
    expect(prose.match(/\d+(\.\d+)?\s?%/g) ?? []).toEqual([]);
  });

  it('gives each section its own id, and the contents list finds every one', () => {
    const ids = attributes(source, 'Section', 'id');
    expect(pageSections(source).map((section) => section.id)).toEqual(ids);
    expect(ids.length).toBeGreaterThanOrEqual(4);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('content/pages/data.mdx', () => {
  const source = sourceOf('data');

  it('shows the survey’s tables, the critique’s example and the related studies’ figures', () => {
    for (const table of [
      'SampleTable',
      'BehaviourTable',
      'AttitudeTable',
      'CritiqueTable',
      'LiteratureTables',
    ]) {
      expect(source, table).toContain(`<${table} />`);
    }
  });

  it('offers the CSV and JSON downloads', () => {
    expect(source).toContain('href="/data/bosslet-2011.csv" download');
    expect(source).toContain('href="/data/bosslet-2011.json" download');
  });
});

describe('content/pages/about.mdx', () => {
  const source = sourceOf('about');

  it('links to the data page and lists the references', () => {
    expect(source).toContain('<PageLink href="/data">');
    expect(source).toMatch(/<References \/>/);
  });

  it('leaves the reference list to the study data: no entry typed in beside it', () => {
    expect(source).not.toMatch(/<References\s+\w/);
    expect(source).not.toContain('PMC3304029');
  });

  it('gives the version, the last review, the change log, where to report an error and the accessibility statement', () => {
    for (const block of ['<ModuleVersion />', '<LastReviewed />', '<ChangeLog />', '<ReportAnError />']) {
      expect(source, block).toContain(block);
    }
    expect(source).toContain('<AccessibilityTarget />');
    expect(source).toContain('<AccessibilityEvaluated />');
    expect(source).toMatch(/^### Known limitations$/m);
    expect(source).toMatch(/^### Report an error$/m);
  });
});
