import { describe, expect, it } from 'vitest';
import { parseGuideSource } from './guide-source';

const frontmatter = '---\ntitle: Educator’s guide\nsummary: What the guide is about, in one sentence.\n---\n';

describe('parseGuideSource', () => {
  it('reads the title, the summary and the `##` sections with the ids rehype-slug gives them', () => {
    const guide = parseGuideSource(
      `${frontmatter}\n## What the module covers\n\nText.\n\n### Not a section\n\n## Learners’ privacy\n`,
    );

    expect(guide.title).toBe('Educator’s guide');
    expect(guide.summary).toBe('What the guide is about, in one sentence.');
    expect(guide.sections).toEqual([
      { id: 'what-the-module-covers', title: 'What the module covers' },
      { id: 'learners-privacy', title: 'Learners’ privacy' },
    ]);
  });

  it('refuses a guide without frontmatter, or with a field it does not know', () => {
    expect(() => parseGuideSource('## Only a heading\n')).toThrow('has no YAML frontmatter');
    expect(() =>
      parseGuideSource('---\ntitle: Guide\nsummary: A summary long enough.\nminutes: 5\n---\n'),
    ).toThrow('invalid frontmatter');
  });
});
