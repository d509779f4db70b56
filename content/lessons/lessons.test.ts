import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getPoll, getPollQuestion } from '@/content/polls';
import { getQuestion } from '@/content/questions';
import { getByGroupItem, getFigure, getItem, getSource } from '@/content/study';
import { parseLessonSource } from '@/lib/content/lesson-source';
import { teachingBlocks } from '@/components/blocks/teachingBlocks';
import { lessonOrder } from './order';

const lessons = lessonOrder.map((slug) => {
  const source = readFileSync(path.join(__dirname, `${slug}.mdx`), 'utf8');
  return { slug, source, meta: parseLessonSource(slug, source) };
});

/** Every value of `attr="…"` on a `<Tag …>` in the MDX text. */
function attributes(source: string, tag: string, attr: string): string[] {
  const tags = source.match(new RegExp(`<${tag}\\b[^>]*>`, 'g')) ?? [];
  return tags.flatMap((t) => [...t.matchAll(new RegExp(`\\b${attr}="([^"]*)"`, 'g'))].map((m) => m[1]!));
}

/** Every quoted string inside `attr={…}` on a `<Tag …>` (arrays of ids, objects of ids). */
function quotedIn(source: string, tag: string, attr: string): string[] {
  const tags = source.match(new RegExp(`<${tag}\\b[^>]*${attr}=\\{[^>]*>`, 'g')) ?? [];
  return tags.flatMap((t) => {
    const expr = new RegExp(`${attr}=\\{([\\s\\S]*)\\}`).exec(t)?.[1] ?? '';
    return [...expr.matchAll(/:\s*'([^']+)'|[[,]\s*'([^']+)'(?!\s*:)/g)].map((m) => (m[1] ?? m[2])!);
  });
}

/** The source ids inside `sources: [...]` arrays of `<Checklist items={…}>`. */
function checklistSources(source: string): string[] {
  const tags = source.match(/<Checklist\b[\s\S]*?\/>/g) ?? [];
  return tags.flatMap((t) =>
    [...t.matchAll(/sources:\s*\[([^\]]*)\]/g)].flatMap((m) =>
      [...m[1]!.matchAll(/'([^']+)'/g)].map((q) => q[1]!),
    ),
  );
}

describe.each(lessons)('lesson "$slug"', ({ slug, source, meta }) => {
  it('has valid frontmatter with objectives and at least one section', () => {
    expect(meta.objectives.length).toBeGreaterThanOrEqual(2);
    expect(meta.sections.length).toBeGreaterThan(0);
  });

  it('is built from the teaching blocks: a labelled case, a poll, evidence, reflection, recap and a check', () => {
    for (const block of ['Scenario', 'Poll', 'Evidence', 'Reflection', 'Recap', 'KnowledgeCheck']) {
      expect(source, `${slug} lacks <${block}>`).toMatch(new RegExp(`<${block}\\b`));
    }
  });

  it('uses only blocks that the MDX registry provides', () => {
    const used = new Set([...source.matchAll(/<([A-Z][A-Za-z]*)\b/g)].map((m) => m[1]!));
    expect([...used].filter((name) => !(name in teachingBlocks))).toEqual([]);
  });

  it('refers only to figures, sources, items, polls and questions that exist', () => {
    const refs = {
      figure: attributes(source, 'Fig', 'id'),
      source: [
        ...['Cite', 'Evidence', 'PeerComparison'].flatMap((tag) => attributes(source, tag, 'source')),
        ...checklistSources(source),
      ],
      item: attributes(source, 'NationalComparison', 'item'),
      pooledItem: attributes(source, 'AttitudeComparison', 'item'),
      poll: attributes(source, 'Poll', 'id'),
      pollQuestion: ['NationalComparison', 'PeerComparison'].flatMap((tag) =>
        attributes(source, tag, 'question'),
      ),
      question: quotedIn(source, 'KnowledgeCheck', 'questions'),
      peerFigure: quotedIn(source, 'PeerComparison', 'figures'),
    };
    expect(refs.figure.length + refs.source.length).toBeGreaterThan(0);
    expect(refs.question.length).toBeGreaterThanOrEqual(3);
    refs.figure.forEach((id) => expect(() => getFigure(id), id).not.toThrow());
    refs.peerFigure.forEach((id) => expect(() => getFigure(id), id).not.toThrow());
    refs.source.forEach((id) => expect(() => getSource(id), id).not.toThrow());
    refs.item.forEach((id) => expect(() => getByGroupItem(id), id).not.toThrow());
    refs.pooledItem.forEach((id) => expect(getItem(id).kind, id).toBe('pooled'));
    refs.poll.forEach((id) => expect(() => getPoll(id), id).not.toThrow());
    refs.pollQuestion.forEach((id) => expect(() => getPollQuestion(id), id).not.toThrow());
    refs.question.forEach((id) => expect(getQuestion(id).lesson, id).toBe(slug));
  });

  it('types no percentage into its prose: figures come from the data through <Fig>', () => {
    const prose = source.replace(/<[^>]+>/g, '');
    expect(prose.match(/\d+(\.\d+)?\s?%/g) ?? []).toEqual([]);
  });

  it('has no task-list checkboxes, raw links to routes or absolute URLs (lessons also run in an LMS package)', () => {
    expect(source).not.toMatch(/^\s*[-*] \[[ x]\]/m);
    expect(source).not.toMatch(/\]\(\//);
    expect(source).not.toMatch(/href=/);
  });
});

describe('the course', () => {
  it('lists each lesson once', () => {
    expect(new Set(lessonOrder).size).toBe(lessonOrder.length);
  });
});
