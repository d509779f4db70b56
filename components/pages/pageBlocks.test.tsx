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

  it('References lists every source with its DOI as one link, then the published critique', () => {
    render(<References critique="A letter." critiqueNote="Summarised on the data page." />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(sourceList.length + 1);
    const survey = items[0]!;
    const doi = study.citation.doi;
    expect(
      within(survey)
        .getByRole('link', { name: `doi:${doi}` })
        .getAttribute('href'),
    ).toBe(`https://doi.org/${doi}`);
    expect(survey.textContent?.split(`doi:${doi}`)).toHaveLength(2);
    expect(items.at(-1)!.textContent).toBe(
      `A letter. PubMed Central ${study.publishedCritique.pmcid}. Summarised on the data page.`,
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
