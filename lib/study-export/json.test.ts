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

  it('marks every sentence taken from the abstract as a quotation of the survey, with the part it is from', () => {
    const survey = parsed.sources.find((source) => source.id === 'bosslet-2011')!;
    const findings = study.qualitativeFindings.map((q) => q.finding);
    expect(findings.length).toBeGreaterThan(0);
    expect(survey.facts).toEqual(
      study.qualitativeFindings.map((q) => ({
        quote: q.finding,
        quotedFrom: { source: 'bosslet-2011', citation: getSource('bosslet-2011').short, part: q.provenance },
      })),
    );
    expect(parsed.quotations).toMatch(/"quote" is the source’s own words/);
  });

  it('has no sentence of the abstract anywhere but in a "quote"', () => {
    const unquoted: string[] = [];
    const walk = (value: unknown, key: string): void => {
      if (typeof value === 'string') {
        if (key !== 'quote' && study.qualitativeFindings.some((q) => value.includes(q.finding))) {
          unquoted.push(`${key}: ${value}`);
        }
      } else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
      else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) walk(v, k);
      }
    };
    walk(parsed, '');
    expect(unquoted).toEqual([]);
  });

  it('keeps the module’s own wording of a fact as "text", with its second-hand flag', () => {
    const greysen = parsed.sources.find((source) => source.id === 'greysen-2012')!;
    const facts = getSource('greysen-2012').facts;
    expect(greysen.facts).toEqual(
      facts.map((f) => (f.secondary ? { text: f.text, secondary: true } : { text: f.text })),
    );
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
