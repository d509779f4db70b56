import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PopulationComparison } from './PopulationComparison';

const html = renderToStaticMarkup(<PopulationComparison />);
const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('PopulationComparison', () => {
  it('says that setting the two surveys side by side is the module’s comparison, not the authors’', () => {
    expect(text).toContain('this module’s own comparison, not the study authors’');
    expect(text).toContain('No row in one matches a row in the other');
  });

  it('shows each group’s share from both surveys, with the year-earlier shares Pew gives', () => {
    for (const value of ['93.5%', '79.4%', '41.6%', '86%', '61%', '47%', '26%']) {
      expect(text).toContain(value);
    }
    expect(text).toContain('a year earlier: 25%');
    expect(text).toContain('a year earlier: 13%');
  });

  it('names both sources and what each share is a share of', () => {
    expect(text).toContain('Source: Bosslet et al., J Gen Intern Med 2011 (abstract)');
    expect(text).toContain('Source: Madden M. Older Adults and Social Media.');
    expect(text).toContain('Share of the respondents in each group');
    expect(text).toContain('people who did not use the internet are not counted');
    expect(text).toContain('about 199 answered');
  });

  it('has a table row for every bar', () => {
    expect(html.match(/<th scope="row">/g)).toHaveLength(7);
    expect(html.match(/class="comparison__row"/g)).toHaveLength(7);
  });
});
