import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { finalSlots } from '../content/questions/final';
import { drawPrecheck } from '../lib/grading/precheck';
import { formatFigure, getFigure } from '../content/study';
import type { SharedAttitudes } from '../lib/assignments/attitudes';
import { makeCertificatePdf } from '../lib/certificates/pdf/make-certificate-pdf';
import { loadFontFromPackages } from '../lib/certificates/pdf/testing/node-fonts';
import { parseCsv } from '../lib/csv/testing';
import { collectPageErrors, expectNoAxeViolations } from './support/a11y';
import { unexplainedPercentages } from './support/figures';
import { passingAnswers } from './support/certificate';
import { jsonFile, makeAssignment, makeCertificate, rosterRow, shortDay, utcDay } from './support/review';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const CLERKSHIP = 'Clerkship in Internal Medicine, block 3';
const SEMINAR = 'Ethics seminar';
const LATE_BLOCK = 'Clerkship in Internal Medicine, block 2';
const HOSTILE = '=HYPERLINK("https://evil.example","Click")';

const views = (social: [string, string], concernBefore?: string): SharedAttitudes => ({
  'ethics-social': { before: social[0], after: social[1] },
  'confidentiality-concern': { ...(concernBefore ? { before: concernBefore } : {}), after: 'concerned' },
});

test('an educator checks a class’s certificates in the browser, filters them, downloads the CSV and sees the class’s attitudes', async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const errors = collectPageErrors(page);
  const origin = testInfo.project.use.baseURL!;

  // Three assignments: the class (due in a month, sharing invited), a seminar without a due date, and a
  // block whose due date was yesterday. The server accepts yesterday's UTC day as a due date, since it may
  // still be today for an educator west of UTC; a certificate signed today is then late.
  const clerkship = await makeAssignment(request, {
    course: CLERKSHIP,
    due: utcDay(30),
    shareAttitudes: true,
  });
  const seminar = await makeAssignment(request, { course: SEMINAR, shareAttitudes: false });
  const yesterday = utcDay(-1);
  const lateBlock = await makeAssignment(request, {
    course: LATE_BLOCK,
    due: yesterday,
    shareAttitudes: false,
  });

  // Five learners took the pre-check before the lessons (1, 2, 3, 2 and 4 of its questions right).
  const seen = drawPrecheck(finalSlots, () => 0.99);
  const precheck = (right: number) =>
    Object.fromEntries(
      seen.map((item, i) => [item.id, i < right ? item.answer : (item.answer + 1) % item.options.length]),
    );
  const ana = await makeCertificate(
    request,
    'Ana Lima',
    clerkship,
    views(['acceptable', 'not-acceptable'], 'concerned'),
    passingAnswers(),
    precheck(1),
  );
  const dmitry = await makeCertificate(
    request,
    'Дмитрий Иванов',
    clerkship,
    views(['not-acceptable', 'not-acceptable']),
    passingAnswers(),
    precheck(2),
  );
  const xiaoming = await makeCertificate(request, '王小明', clerkship, views(['unsure', 'not-acceptable']));
  const olympia = await makeCertificate(
    request,
    'Ολυμπία Παπαδοπούλου',
    clerkship,
    views(['acceptable', 'acceptable']),
    passingAnswers(),
    precheck(3),
  );
  const hostile = await makeCertificate(
    request,
    HOSTILE,
    clerkship,
    views(['acceptable', 'unsure']),
    passingAnswers(),
    precheck(2),
  );
  const mohammed = await makeCertificate(request, 'محمد علي', clerkship);
  // José answered the first question of the final check wrongly; everyone else answered every one right.
  const [firstSlot] = finalSlots;
  const missed = firstSlot!.items[0]!;
  const jose = await makeCertificate(
    request,
    'José Ñúñez',
    seminar,
    undefined,
    { ...passingAnswers(), [missed.id]: (missed.answer + 1) % missed.options.length },
    precheck(4),
  );
  const kwame = await makeCertificate(request, 'Kwame Mensah', lateBlock);

  // Dmitry's PDF, made as the browser makes it, from the credential the server signed.
  const pdf = await makeCertificatePdf(
    {
      name: dmitry.claims.name,
      scorePct: dmitry.claims.score,
      date: dmitry.claims.date,
      course: CLERKSHIP,
      credentialId: dmitry.credentialId,
      credentialJwt: dmitry.credential,
      verifyUrl: `${origin}/verify`,
      qrUrl: `${origin}/verify#c=${dmitry.printed}`,
    },
    loadFontFromPackages,
  );
  // Ana's credential with its date moved back: any change to the payload breaks the signature.
  const [header, payload, signature] = ana.credential.split('.') as [string, string, string];
  const changed = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
  changed.validFrom = '2020-01-01T00:00:00Z';
  const tampered = {
    ...ana,
    credential: [header, Buffer.from(JSON.stringify(changed)).toString('base64url'), signature].join('.'),
  };

  await page.goto('/educators/review');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Check your class’s certificates' }),
  ).toBeVisible();
  await expect(page.getByText('Nothing is uploaded.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByRole('status')).toContainText('There is nothing to check yet');

  const files = page.getByLabel('Certificate files (PDF or .json)');
  await expect(files).toHaveAttribute('accept', '.pdf,.json,application/pdf,application/json');
  await files.setInputFiles([
    jsonFile('ana-lima.json', ana),
    { name: 'dmitry-ivanov.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) },
    jsonFile('olympia.json', olympia),
    jsonFile('hostile.json', hostile),
    jsonFile('jose.json', jose),
  ]);
  // A second batch: the late one, the tampered one and Ana's file again under another name.
  await files.setInputFiles([
    jsonFile('kwame.json', kwame),
    jsonFile('ana-lima-edited.json', tampered),
    jsonFile('ana-lima (1).json', ana),
  ]);
  await expect(page.getByRole('heading', { name: 'Ready to check: 8 files' })).toBeVisible();

  // Two codes pasted: one as an email program wraps it, and a certificate's QR link.
  const wrapped = xiaoming.credential.replace(/(.{76})/g, '$1\n');
  await page
    .getByLabel('Or paste certificate codes or verification links')
    .fill(`${wrapped}\n\n${origin}/verify#c=${mohammed.printed}\n`);
  await page.getByRole('button', { name: 'Check' }).click();

  const roster = page.getByRole('heading', { level: 2, name: 'Roster' });
  await expect(roster).toBeFocused();
  await expect(page.getByText('10 certificates: 9 valid, 1 not valid, 1 late, 1 duplicate.')).toBeVisible();

  await expect(rosterRow(page, 'ana-lima.json')).toContainText('Valid');
  await expect(rosterRow(page, 'ana-lima.json')).toContainText('On time');
  await expect(rosterRow(page, 'ana-lima.json')).toContainText('Same certificate as row 8');
  await expect(rosterRow(page, 'ana-lima (1).json')).toContainText('Same certificate as row 1');
  await expect(rosterRow(page, 'dmitry-ivanov.pdf').getByRole('rowheader')).toHaveText('Дмитрий Иванов');
  await expect(rosterRow(page, 'dmitry-ivanov.pdf')).toContainText('Valid');
  await expect(rosterRow(page, 'ana-lima-edited.json')).toContainText(
    'Not valid: Changed after it was signed',
  );
  await expect(rosterRow(page, 'ana-lima-edited.json')).toContainText(
    'the certificate was changed after it was signed',
  );
  await expect(rosterRow(page, 'kwame.json')).toContainText('Late');
  await expect(rosterRow(page, 'kwame.json')).toContainText(`due ${shortDay(yesterday)}`);
  await expect(rosterRow(page, 'jose.json')).toContainText(SEMINAR);
  await expect(rosterRow(page, 'jose.json')).toContainText('No due date');
  await expect(rosterRow(page, 'pasted code 1').getByRole('rowheader')).toHaveText('王小明');
  await expect(rosterRow(page, 'pasted code 2')).toContainText('QR code summary');
  await expect(rosterRow(page, 'hostile.json').getByRole('rowheader')).toHaveText(HOSTILE);
  await expect(rosterRow(page, 'olympia.json')).toContainText(`3 of ${seen.length} correct`);
  await expect(rosterRow(page, 'pasted code 1')).toContainText('Not taken');
  await expect(rosterRow(page, 'pasted code 2')).toContainText('Not in a QR code');

  // Five learners of the class shared their answers (Ana's twice: counted once).
  const attitudes = page.getByRole('region', { name: 'Class attitudes, before and after' });
  const social = attitudes.getByRole('row').filter({ hasText: 'for social reasons' });
  await expect(social).toContainText('20% (1 of 5)');
  await expect(social).toContainText('60% (3 of 5)');
  await expect(social).toContainText(formatFigure(getFigure('bosslet/ethics-social/not-acceptable')));
  const concern = attitudes.getByRole('row').filter({ hasText: 'confidential' });
  await expect(concern).toContainText('Not shown: only 1 answered');
  await expect(concern).toContainText('100% (5 of 5)');
  await expect(attitudes).toContainText('read them as rough');

  // Before and after: the five who took the pre-check, their 12 right of it beside their final checks, where
  // only José missed one question.
  const asked = finalSlots.length;
  await expect(page.getByRole('region', { name: 'Knowledge, before and after the lessons' })).toContainText(
    `The 5 learners who took the pre-check answered ${Math.round((12 / (5 * seen.length)) * 100)}% of its questions correctly before the lessons, and ${Math.round(((5 * asked - 1) / (5 * asked)) * 100)}% of their final-check questions after them.`,
  );

  // The final check question by question, from the seven full credentials (a QR summary records no items).
  const items = page.getByRole('region', { name: 'Final check, question by question' });
  await expect(items).toContainText('graded final-check attempts of 7 learners');
  await expect(
    items.getByRole('row', { name: new RegExp(`^${escape(firstSlot!.objective)}`) }),
  ).toContainText('86% (6 of 7)');
  const other = firstSlot!.items[1]!;
  await expect(items.getByRole('row').filter({ hasText: other.prompt })).toContainText(
    'Not shown: no one was asked it',
  );
  expect(await unexplainedPercentages(page)).toEqual([]);
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'light' });

  const show = page.getByLabel('Show');
  await expect(show.getByRole('option')).toHaveText([
    'All certificates (10)',
    `${LATE_BLOCK} (1)`,
    `${CLERKSHIP} (7)`,
    `${SEMINAR} (1)`,
    'Not valid (1)',
  ]);

  // The class alone, and its CSV.
  await show.selectOption({ label: `${CLERKSHIP} (7)` });
  await expect(
    page.getByText(`${CLERKSHIP} — 7 certificates: 7 valid, 0 not valid, 0 late, 1 duplicate.`),
  ).toBeVisible();
  await expect(attitudes.getByRole('row').filter({ hasText: 'for social reasons' })).toContainText(
    '60% (3 of 5)',
  );
  let download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const classCsv = await readFile(await (await download).path(), 'utf8');
  expect(classCsv.charCodeAt(0)).toBe(0xfeff);
  const [head, ...classRows] = parseCsv(classCsv.slice(1));
  const col = (name: string) => head!.indexOf(name);
  expect(classRows.map((row) => row[col('Name')])).toEqual([
    'Ana Lima',
    'Дмитрий Иванов',
    'Ολυμπία Παπαδοπούλου',
    `'${HOSTILE}`,
    'Ana Lima',
    '王小明',
    'محمد علي',
  ]);
  expect(classRows.map((row) => row[col('Row')])).toEqual(['1', '2', '3', '4', '8', '9', '10']);
  expect(new Set(classRows.map((row) => row[col('Course')]))).toEqual(new Set([CLERKSHIP]));
  expect(classRows.map((row) => row[col('On time')])).toEqual(Array(7).fill('On time'));
  expect(classRows[4]![col('Duplicate')]).toBe('Same certificate as row 1');

  // The seminar: too few shared for the class view, and it says why.
  await show.selectOption({ label: `${SEMINAR} (1)` });
  await expect(attitudes).toContainText('No learner among these certificates shared their attitude answers');
  await expect(attitudes.getByRole('table')).toHaveCount(0);

  // Everything, in the CSV too.
  await show.selectOption({ label: 'All certificates (10)' });
  download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const [, ...allRows] = parseCsv((await readFile(await (await download).path(), 'utf8')).slice(1));
  expect(allRows).toHaveLength(10);
  const bySource = new Map(allRows.map((row) => [row[col('Checked from')], row]));
  expect(bySource.get('kwame.json')?.[col('On time')]).toBe('Late');
  expect(bySource.get('ana-lima-edited.json')?.[col('Valid')]).toBe('no');
  expect(bySource.get('ana-lima-edited.json')?.[col('Why not valid')]).toMatch(
    /^Changed after it was signed: /,
  );
  expect(bySource.get('pasted code 2')?.[col('Certificate kind')]).toBe('QR code summary');
  expect(bySource.get('jose.json')?.[col('Due date')]).toBe('');

  // Clear forgets everything.
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(page.getByRole('heading', { name: 'Roster' })).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText('Cleared');
  await expect(files).toBeFocused();
  expect(errors).toEqual([]);
});

test('files dropped on the drop zone, or beside it, wait to be checked instead of replacing the page', async ({
  page,
}) => {
  await page.goto('/educators/review');
  const drop = async (selector: string, name: string) => {
    const transfer = await page.evaluateHandle((fileName) => {
      const data = new DataTransfer();
      data.items.add(new File(['{"not":"a credential"}'], fileName, { type: 'application/json' }));
      return data;
    }, name);
    await page.dispatchEvent(selector, 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent(selector, 'drop', { dataTransfer: transfer });
  };
  await drop('input[type=file]', 'on-the-zone.json');
  await drop('h1', 'beside-it.json');
  await expect(page.getByRole('heading', { name: 'Ready to check: 2 files' })).toBeVisible();
  await expect(page).toHaveURL(/\/educators\/review$/);

  await page.getByRole('button', { name: 'Remove on-the-zone.json' }).click();
  await expect(page.getByRole('heading', { name: 'Ready to check: 1 file' })).toBeVisible();
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'beside-it.json' })).toContainText(
    'Not valid: Not a readable certificate',
  );
  await expect(page.getByRole('row').filter({ hasText: 'beside-it.json' })).toContainText(
    'The JSON file does not hold a signed credential',
  );
});
