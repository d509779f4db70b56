import { describe, expect, it } from 'vitest';

import { figureList, getSource, sourceList, study, SURVEY_CAVEAT } from '@/content/study';

import { buildFiguresJson, figuresDocument } from './json';

describe('buildFiguresJson', () => {
  const parsed = JSON.parse(buildFiguresJson()) as ReturnType<typeof figuresDocument>;

  it('parses back to every figure, in the registry’s order, with its value and precision intact', () => {
    expect(parsed.figures.map((figure) => figure.id)).toEqual(figureList.map((figure) => figure.id));
    for (const [index, figure] of figureList.entries()) {
      expect(parsed.figures[index], figure.id).toMatchObject({
        value: figure.value,
        decimals: figure.decimals,
        unit: figure.unit,
        provenance: figure.provenance,
      });
    }
  });

  it('gives each figure its source id and that source’s full citation', () => {
    for (const figure of parsed.figures) {
      expect(figure.sourceCitation, figure.id).toBe(getSource(figure.source).citation);
    }
  });

  it('lists every source the module cites, the survey first, with the caveat and the survey’s DOI', () => {
    expect(parsed.sources.map((source) => source.id)).toEqual(sourceList.map((source) => source.id));
    expect(parsed.sources[0]!.id).toBe('bosslet-2011');
    expect(parsed.caveat).toBe(SURVEY_CAVEAT);
    expect(parsed.study.doi).toBe(study.citation.doi);
    expect(parsed.study.measuredButNotAvailable).toEqual([...study.measuredButNotAvailable]);
  });

  it('is compact JSON of the document, as Response.json would send it', async () => {
    expect(buildFiguresJson()).toBe(await Response.json(figuresDocument()).text());
    expect(buildFiguresJson()).not.toContain('\n');
  });

  it('carries only the figures it is given', () => {
    const some = figureList.slice(0, 2);
    const document = JSON.parse(buildFiguresJson(some)) as ReturnType<typeof figuresDocument>;
    expect(document.figures.map((figure) => figure.id)).toEqual(some.map((figure) => figure.id));
  });
});
