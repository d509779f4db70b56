// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { formatFigure, getFigure, getSource, sourceList, study } from '@/content/study';
import { References } from './References';
import { Count, SourceLine } from './StudyFacts';
import { CritiqueTable, LiteratureTables } from './DataTables';

afterEach(() => cleanup());

describe('the pages’ blocks', () => {
  it('SourceLine names the source by its short citation, with what part of it and a note', () => {
    const { container } = render(
      <SourceLine source="pew-2010" detail="May 2010" note="Internet users only." />,
    );
    expect(container.textContent).toBe(
      `Source: ${getSource('pew-2010').short} (May 2010). Internet users only.`,
    );
  });

  it('Count writes “about” before a computed count', () => {
    const figure = getFigure('bosslet/respondents/sum-of-groups');
    const { container } = render(<Count id={figure.id} />);
    expect(container.textContent).toBe(`about ${formatFigure(figure)}`);
  });

  it('References lists every source of the study data once, with its full citation and its DOI as one link', () => {
    render(<References />);
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.id)).toEqual(sourceList.map((source) => `ref-${source.id}`));
    for (const [index, source] of sourceList.entries()) {
      const text = items[index]!.textContent ?? '';
      const citation = source.doi ? source.citation.replace(` doi:${source.doi}`, '') : source.citation;
      expect(text, source.id).toContain(citation);
    }
    const survey = items[0]!;
    const doi = study.citation.doi;
    expect(
      within(survey)
        .getByRole('link', { name: `doi:${doi}` })
        .getAttribute('href'),
    ).toBe(`https://doi.org/${doi}`);
    expect(survey.textContent?.split(`doi:${doi}`)).toHaveLength(2);
  });

  it('References cites the letter on the survey once, as a letter, linked by its PMC id, authors not confirmed', () => {
    render(<References />);
    const { pmcid } = study.publishedCritique;
    const letters = screen.getAllByRole('listitem').filter((item) => item.textContent?.includes(pmcid));
    expect(letters).toHaveLength(1);
    const letter = letters[0]!;
    expect(letter.id).toBe(`ref-${study.publishedCritique.sourceId}`);
    expect(letter.textContent).toMatch(/^Letter to the editors on Bosslet et al\./);
    expect(letter.textContent).toContain('J Gen Intern Med');
    expect(letter.textContent).toContain('authors not confirmed');
    expect(within(letter).getByRole('link', { name: pmcid }).getAttribute('href')).toBe(
      `https://pmc.ncbi.nlm.nih.gov/articles/${pmcid}/`,
    );
  });

  it('References shows each source’s note and caution, and says how many of its facts are second-hand', () => {
    render(<References />);
    const items = screen.getAllByRole('listitem');
    for (const [index, source] of sourceList.entries()) {
      const text = items[index]!.textContent ?? '';
      if (source.note) expect(text, source.id).toContain(`Note: ${source.note}`);
      if (source.caution) expect(text, source.id).toContain(`Caution: ${source.caution}`);
      const secondary = source.facts.filter((fact) => fact.secondary).length;
      if (secondary > 0) {
        expect(text, source.id).toMatch(
          new RegExp(
            `Second-hand: ${secondary} facts? of the ${source.facts.length} the module takes from it`,
          ),
        );
      } else {
        expect(text, source.id).not.toContain('Second-hand');
      }
    }
    expect(screen.getAllByText(/^Second-hand:/).length).toBe(
      sourceList.filter((source) => source.facts.some((fact) => fact.secondary)).length,
    );
  });

  it('puts each table in a focusable region named by its caption', () => {
    render(
      <>
        <CritiqueTable />
        <LiteratureTables />
      </>,
    );
    const critique = screen.getByRole('region', { name: /The critique’s worked example/ });
    expect(critique.tabIndex).toBe(0);
    expect(within(critique).getByRole('row', { name: /Everyone asked \(computed\)/ }).textContent).toContain(
      formatFigure(getFigure('bosslet/critique/population-estimate')),
    );
    const pew = getSource('pew-2010');
    expect(screen.getByRole('region', { name: `Figures from ${pew.short}` }).tabIndex).toBe(0);
  });
});
