import { describe, expect, it } from 'vitest';

import { figureList, getFigure, getSource } from '@/content/study';
import { parseCsv } from '@/lib/csv/testing';

import { buildFiguresCsv, FIGURE_CSV_HEADER } from './csv';

describe('buildFiguresCsv', () => {
  const rows = parseCsv(buildFiguresCsv());
  const [header, ...body] = rows;

  it('starts with the header row', () => {
    expect(header).toEqual([...FIGURE_CSV_HEADER]);
  });

  it('has one row per figure, in the registry’s order, each as wide as the header', () => {
    expect(body.map((row) => row[0])).toEqual(figureList.map((figure) => figure.id));
    for (const row of body) expect(row).toHaveLength(FIGURE_CSV_HEADER.length);
  });

  it('keeps the source’s precision and marks derived counts as approximate', () => {
    const byId = new Map(body.map((row) => [row[0], row]));
    const column = (name: (typeof FIGURE_CSV_HEADER)[number]) => FIGURE_CSV_HEADER.indexOf(name);
    const patientCare = byId.get('bosslet/ethics-patient-care/not-acceptable');
    expect(patientCare?.[column('value')]).toBe('68.0');
    expect(byId.get('bosslet/confidentiality-concern/concerned')?.[column('value')]).toBe('79');
    const pp = byId.get('bosslet/friend-request-received/PP');
    expect(pp?.[column('group')]).toBe('PP');
    expect(pp?.[column('n')]).toBe('142');
    expect(pp?.[column('n_approx')]).toBe('true');
    expect(byId.get('bosslet/respondents/PP')?.[column('provenance')]).toBe('derived');
  });

  it('carries each figure’s full citation, commas and all', () => {
    const figure = getFigure('pew-2010/18-29');
    const row = body.find((r) => r[0] === figure.id);
    expect(row?.[FIGURE_CSV_HEADER.indexOf('source_citation')]).toBe(getSource('pew-2010').citation);
  });
});
