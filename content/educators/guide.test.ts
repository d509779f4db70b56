import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { staticBlocks } from '@/components/blocks/staticBlocks';
import { guideBlocks } from '@/components/educators/guideBlocks';
import { lessonOrder } from '@/content/lessons/order';
import { getFigure, getSource } from '@/content/study';
import { parseGuideSource } from '@/lib/content/guide-source';

const source = readFileSync(path.join(__dirname, 'guide.mdx'), 'utf8');
const guide = parseGuideSource(source);

/** Every value of `attr="…"` on a `<Tag …>` in the MDX text. */
function attributes(tag: string, attr: string): string[] {
  const tags = source.match(new RegExp(`<${tag}\\b[^>]*>`, 'g')) ?? [];
  return tags.flatMap((t) => [...t.matchAll(new RegExp(`\\b${attr}="([^"]*)"`, 'g'))].map((m) => m[1]!));
}

/** Each `<PlanStep …>…</PlanStep>` with the lesson it discusses and its prompts (the list items). */
const planSteps = [...source.matchAll(/<PlanStep\b([^>]*)>([\s\S]*?)<\/PlanStep>/g)].map((m) => ({
  lesson: /\blesson="([^"]+)"/.exec(m[1]!)?.[1],
  prompts: m[2]!.match(/^- /gm)?.length ?? 0,
}));

describe('the educator’s guide', () => {
  it('has a title, a summary and its sections', () => {
    expect(guide.title.length).toBeGreaterThan(0);
    expect(guide.sections.length).toBeGreaterThanOrEqual(8);
  });

  it('uses only the static teaching blocks (no client script) and the guide’s own', () => {
    const blocks = guideBlocks({ lessons: [], finalQuestionCount: 0, defaultPassMarkPct: 0 });
    expect(Object.keys(blocks)).toEqual(expect.arrayContaining(Object.keys(staticBlocks)));
    const known = new Set(Object.keys(blocks));
    const used = new Set([...source.matchAll(/<([A-Z][A-Za-z]*)\b/g)].map((m) => m[1]!));
    expect([...used].filter((name) => !known.has(name))).toEqual([]);
  });

  it('refers only to figures, sources and lessons that exist', () => {
    const figures = attributes('Fig', 'id');
    expect(figures.length).toBeGreaterThan(0);
    figures.forEach((id) => expect(() => getFigure(id), id).not.toThrow());
    attributes('Cite', 'source').forEach((id) => expect(() => getSource(id), id).not.toThrow());
    const lessons: readonly string[] = lessonOrder;
    [...attributes('PlanStep', 'lesson'), ...attributes('LessonLink', 'slug')].forEach((slug) =>
      expect(lessons, slug).toContain(slug),
    );
  });

  it('plans a step for every lesson, each with two or three prompts', () => {
    const discussed = planSteps.flatMap((step) => (step.lesson ? [step] : []));
    expect(discussed.map((step) => step.lesson)).toEqual([...lessonOrder]);
    for (const step of discussed) {
      expect(step.prompts, step.lesson).toBeGreaterThanOrEqual(2);
      expect(step.prompts, step.lesson).toBeLessThanOrEqual(3);
    }
  });

  it('types no percentage into its prose: figures come through <Fig>, pass marks through <PassMark>', () => {
    const prose = source.replace(/<[^>]+>/g, '');
    expect(prose.match(/\d+(\.\d+)?\s?%/g) ?? []).toEqual([]);
  });

  it('links to the assignment builder, the class review, /verify and /data', () => {
    for (const route of ['/educators/assign', '/educators/review', '/verify', '/data']) {
      expect(source).toContain(`](${route})`);
    }
  });

  it('links within itself only to sections that exist', () => {
    const ids = new Set(guide.sections.map((s) => s.id));
    const anchors = [...source.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(anchors.length).toBeGreaterThan(0);
    expect(anchors.filter((id) => !ids.has(id))).toEqual([]);
  });
});
