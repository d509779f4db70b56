import { describe, expect, it } from 'vitest';

import { figureList, getFigure, getSource } from '@/content/study';

import { buildFiguresCsv, csvField, FIGURE_CSV_HEADER, toCsv } from './csv';

/** A strict RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      if (field !== '') throw new Error(`Stray quote at ${i}`);
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (char === '\n' || char === '\r') {
      throw new Error(`Bare line break at ${i}`);
    } else {
      field += char;
    }
  }
  if (quoted) throw new Error('Unclosed quote');
  if (field !== '' || row.length > 0) throw new Error('Last row does not end in CRLF');
  return rows;
}

describe('csvField', () => {
  it('leaves plain text as it is', () => {
    expect(csvField('bosslet/osn-use/MS')).toBe('bosslet/osn-use/MS');
    expect(csvField(34.5)).toBe('34.5');
    expect(csvField(true)).toBe('true');
  });

  it('writes nothing for a missing value', () => {
    expect(csvField(undefined)).toBe('');
    expect(csvField(null)).toBe('');
  });

  it('quotes a field with a comma', () => {
    expect(csvField('Madden M, Pew')).toBe('"Madden M, Pew"');
  });

  it('quotes a field with a double quote and doubles the quote', () => {
    expect(csvField('Reported as "none".')).toBe('"Reported as ""none""."');
  });

  it('quotes a field with a line break', () => {
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
  });
});

describe('toCsv', () => {
  it('ends every row, the last one too, with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('a,b\r\nc,d\r\n');
  });

  it('round-trips awkward fields through an RFC 4180 reader', () => {
    const rows = [['comma, inside', 'quote " inside', 'line\nbreak', '', 'plain']];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});

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
