import { describe, expect, it } from 'vitest';
import { pageSections, parsePageSource } from './page-source';

const page = (fields: string) => `---\n${fields}\n---\n\n<Section id="a" title="A">\n\nText.\n\n</Section>\n`;

describe('parsePageSource', () => {
  it('reads the tab title, the heading, the lede and the description', () => {
    const meta = parsePageSource(
      'data',
      page(
        'title: The data\nheading: The data behind the module\nlede: "Every number: where it comes from."\ndescription: Every figure the module shows.',
      ),
    );

    expect(meta).toEqual({
      title: 'The data',
      heading: 'The data behind the module',
      lede: 'Every number: where it comes from.',
      description: 'Every figure the module shows.',
    });
  });

  it('refuses a page without frontmatter, or one missing a field, naming the page', () => {
    expect(() => parsePageSource('about', '# About\n')).toThrow('Page "about" has no YAML frontmatter');
    expect(() => parsePageSource('about', page('title: About\nheading: About this module'))).toThrow(
      'Page "about" has invalid frontmatter',
    );
  });

  it('refuses a field it does not know', () => {
    expect(() =>
      parsePageSource(
        'about',
        page(
          'title: About\nheading: About this module\nlede: A lede long enough.\ndescription: A description.\nminutes: 5',
        ),
      ),
    ).toThrow('invalid frontmatter');
  });
});

describe('pageSections', () => {
  it('lists each section’s id and title in order, for the page’s contents', () => {
    const source = `${page('title: About')}\n<Section id="b-two" title="B, and two">\n\nMore.\n\n</Section>\n`;
    expect(pageSections(source)).toEqual([
      { id: 'a', title: 'A' },
      { id: 'b-two', title: 'B, and two' },
    ]);
  });
});
