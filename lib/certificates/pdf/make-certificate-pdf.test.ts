import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { issueCertificate } from '@/lib/certificates/issue';
import { passingAnswers } from '@/lib/certificates/testing/fixtures';
import { jwksOf, newSigningKey } from '@/lib/signing/testing';
import type { SigningKey } from '@/lib/signing/jws';
import { extractCredentialFromPdf } from '@/lib/verify/pdf-credential';
import { verifyText, verifyToken } from '@/lib/verify/verify';
import { makeCertificatePdf } from './make-certificate-pdf';
import { loadFontFromPackages } from './testing/node-fonts';

const ORIGIN = 'http://127.0.0.1:3611';

function hasTool(tool: string): boolean {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const poppler = hasTool('pdftotext') && hasTool('pdftoppm');
if (!poppler) {
  console.warn(
    'pdftotext/pdftoppm not found: skipping the PDF text and QR checks (apt-get install poppler-utils).',
  );
}

const NAMES = {
  'Latin with diacritics': 'José Ñúñez',
  Greek: 'Ολυμπία Παπαδοπούλου',
  Cyrillic: 'Дмитрий Иванов',
  Arabic: 'محمد عبد الله',
  'Arabic with a lam-alef ligature': 'لالة زينب',
  Hebrew: 'שרה כהן',
  Devanagari: 'प्रिया शर्मा',
  CJK: '王小明',
  'Latin and CJK': 'José Ñúñez 王小明',
  'Latin with an Arabic surname': 'Dr. Amira حداد-Smith',
} as const;

const dir = mkdtempSync(path.join(tmpdir(), 'certificate-pdf-'));
let key: SigningKey;

async function certificateFor(name: string) {
  const outcome = await issueCertificate(
    { name, answers: passingAnswers() },
    { key, origin: ORIGIN, now: new Date('2026-11-24T10:15:30Z'), newId: () => crypto.randomUUID() },
  );
  if (outcome.kind !== 'issued') throw new Error('expected a pass');
  const qrUrl = `${ORIGIN}/verify#c=${outcome.printed}`;
  const pdf = await makeCertificatePdf(
    {
      name: outcome.claims.name,
      scorePct: outcome.claims.score,
      date: outcome.claims.date,
      credentialId: outcome.credentialId,
      credentialJwt: outcome.credential,
      verifyUrl: `${ORIGIN}/verify`,
      qrUrl,
    },
    loadFontFromPackages,
  );
  return { pdf, qrUrl, jwt: outcome.credential };
}

/** pdftotext's text, less the embedding marks (U+202A–U+202E) poppler adds around right-to-left text. */
function extractText(pdf: Uint8Array, file: string): string {
  const pdfPath = path.join(dir, file);
  writeFileSync(pdfPath, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }).replace(
    /[\u202A-\u202E]/g,
    '',
  );
}

beforeAll(async () => {
  key = await newSigningKey();
});

describe('makeCertificatePdf', () => {
  it.skipIf(!poppler).each(Object.entries(NAMES))(
    'prints a name in %s that extracts as the same text',
    async (script, name) => {
      const { pdf } = await certificateFor(name);
      const lines = extractText(pdf, `${script.replace(/\W+/g, '-')}.pdf`).split('\n');
      expect(lines).toContain(name);
    },
    30_000,
  );

  it.skipIf(!poppler)(
    'says what it is, what it is not, and prints the module, date, score and issuer',
    async () => {
      const text = extractText((await certificateFor('Ana Lima')).pdf, 'wording.pdf');
      for (const words of [
        'Certificate of completion',
        'No CME credit is offered.',
        'Friend Request? Patients, physicians and online social networks',
        'November 24, 2026',
        '100%',
        'Friend Request? e-learning module',
        `${ORIGIN}/verify`,
      ]) {
        expect(text).toContain(words);
      }
    },
    30_000,
  );

  it('carries its signed credential, which verifies on its own', async () => {
    const { pdf, jwt } = await certificateFor('Дмитрий Иванов');
    const extracted = await extractCredentialFromPdf(pdf);
    expect(extracted).toEqual({ ok: true, token: jwt });
    const result = await verifyToken(jwt, {
      keys: jwksOf(key),
      issuerOrigin: ORIGIN,
      now: new Date('2026-12-01'),
    });
    expect(result).toMatchObject({ valid: true, name: 'Дмитрий Иванов', scorePct: 100 });
  }, 30_000);

  it.skipIf(!poppler)(
    'has a QR code that, printed and scanned, opens a verification link that verifies',
    async () => {
      const { pdf, qrUrl } = await certificateFor('José Ñúñez 王小明');
      const pdfPath = path.join(dir, 'qr.pdf');
      writeFileSync(pdfPath, pdf);
      // 150 dpi, about what a phone camera resolves from a printed page.
      execFileSync('pdftoppm', ['-png', '-r', '150', '-singlefile', pdfPath, path.join(dir, 'qr')]);
      const png = PNG.sync.read(readFileSync(path.join(dir, 'qr.png')));
      const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      expect(code?.data).toBe(qrUrl);
      const result = await verifyText(code!.data, { keys: jwksOf(key), issuerOrigin: ORIGIN });
      expect(result).toMatchObject({
        valid: true,
        kind: 'printed-claims',
        name: 'José Ñúñez 王小明',
        scorePct: 100,
      });
    },
    30_000,
  );
});
