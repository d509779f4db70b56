import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { emptyProgress } from '../lib/progress/schema';
import { collectPageErrors, expectNoAxeViolations } from './support/a11y';
import { answerBankForm } from './support/final';
import { passedProgress, seedProgress } from './support/certificate';
import { finalSlots } from '../content/questions/final';
import { drawPrecheck } from '../lib/grading/precheck';

const NAME = 'José Ñúñez 王小明';

test('a learner passes the final check, claims a certificate, and an educator verifies its PDF, QR link and code', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const errors = collectPageErrors(page);
  // The lessons are done (seeded); the learner passes the final check on the page itself.
  // They took the pre-check before the lessons and answered 3 of its questions right.
  const seen = drawPrecheck(finalSlots, () => 0.99);
  const precheck = {
    answers: Object.fromEntries(
      seen.map((item, i) => [item.id, i < 3 ? item.answer : (item.answer + 1) % item.options.length]),
    ),
    at: '2026-11-19T08:00:00.000Z',
  };
  await seedProgress(page, { ...passedProgress(), finalCheck: undefined, precheck });
  await page.goto('/final');
  const final = page.getByRole('form', { name: 'Final check' });
  await answerBankForm(final, () => true);
  await final.getByRole('button', { name: 'Submit my answers' }).click();
  await expect(page.getByRole('heading', { name: /^Passed:/ })).toBeVisible();
  await page.getByRole('link', { name: 'Get your certificate' }).click();

  await expect(page).toHaveURL(/\/certificate$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Certificate of completion' })).toBeVisible();
  await expectNoAxeViolations(page);
  await expect(
    page.getByText(`It also records your pre-check before the lessons (3 of ${seen.length} correct)`),
  ).toBeVisible();

  const field = page.getByLabel('Your name as it should print');
  await field.fill('Ana\tLima');
  await page.getByRole('button', { name: 'Create my certificate' }).click();
  await expect(page.getByText('The name contains a control character')).toBeVisible();

  await field.fill(NAME);
  await expect(page.getByText(`Will print as: ${NAME}`)).toBeVisible();
  await page.getByRole('button', { name: 'Create my certificate' }).click();
  const preview = page.getByRole('region', { name: 'Your certificate' });
  await expect(preview).toContainText(NAME);
  await expect(preview).toContainText('100%');
  await expect(preview).toContainText('No CME credit is offered.');
  await expectNoAxeViolations(page);

  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF' }).click();
  const pdfPath = testInfo.outputPath('certificate.pdf');
  await (await pdfDownload).saveAs(pdfPath);
  await expect(page.getByText('Your PDF is downloaded.')).toBeVisible();
  expect((await readFile(pdfPath)).subarray(0, 5).toString()).toBe('%PDF-');

  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download credential (.json)' }).click();
  const jsonPath = testInfo.outputPath('credential.json');
  await (await jsonDownload).saveAs(jsonPath);
  const envelope = JSON.parse(await readFile(jsonPath, 'utf8')) as { id: string; type: string };
  expect(envelope.type).toBe('EnvelopedVerifiableCredential');
  const jwt = envelope.id.replace('data:application/vc+jwt,', '');

  const link = await preview.getByRole('link', { name: 'verification link' }).getAttribute('href');
  expect(link).toMatch(/\/verify#c=/);

  // The educator uploads the PDF.
  await page.goto('/verify');
  await expectNoAxeViolations(page);
  await page.getByLabel('Upload a certificate PDF or credential file (.json)').setInputFiles(pdfPath);
  const verdict = page.getByRole('heading', { level: 2, name: 'Valid certificate' });
  await expect(verdict).toBeVisible();
  const details = page.locator('dl');
  await expect(details).toContainText(NAME);
  await expect(details).toContainText('100%');
  await expect(details).toContainText('Friend Request? Patients, physicians and online social networks');
  await expect(details).toContainText(`3 of ${seen.length} correct (not counted toward the score)`);
  await expectNoAxeViolations(page);

  // The QR code's link.
  await page.goto(link!);
  await expect(page.getByRole('heading', { level: 2, name: 'Valid certificate' })).toBeVisible();
  await expect(page.locator('dl')).toContainText(NAME);
  await expect(page.locator('dl')).toContainText('100%');

  // One character of the credential changed.
  await page.goto('/verify');
  const [header, payload, signature] = jwt.split('.') as [string, string, string];
  const i = 20;
  const changed = `${header}.${payload}.${signature.slice(0, i)}${signature[i] === 'A' ? 'B' : 'A'}${signature.slice(i + 1)}`;
  await page.getByLabel('Or paste a certificate code or verification link').fill(changed);
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Not valid: Changed after it was signed' }),
  ).toBeVisible();
  await expect(page.getByText('the certificate was changed after it was signed')).toBeVisible();
  await expectNoAxeViolations(page);

  expect(errors).toEqual([]);
});

test('before a pass, the certificate page says what is still missing, with links', async ({ page }) => {
  await seedProgress(page, emptyProgress('2026-11-20T09:00:00.000Z'));
  await page.goto('/certificate');
  const missing = page.getByRole('region', { name: 'Still to do' });
  await expect(missing.getByRole('link', { name: /Complete the lesson/ }).first()).toHaveAttribute(
    'href',
    /^\/lessons\//,
  );
  await expect(missing.getByRole('link', { name: 'Pass the final knowledge check' })).toHaveAttribute(
    'href',
    '/final',
  );
  await expect(missing).toContainText('not taken yet');
  await expectNoAxeViolations(page);
});
