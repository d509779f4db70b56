import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { finalSlots } from '../content/questions/final';
import { answerBankForm } from './support/final';
import { parseCsv } from '../lib/csv/testing';
import { formatDay } from '../lib/dates/days';
import { collectPageErrors, expectNoAxeViolations } from './support/a11y';
import { answerPoll, takeEveryLesson } from './support/course';
import { press } from './support/keyboard';
import { answerWhereYouStand } from './support/start';
import { jsonFile, makeAssignment, makeCertificate, rosterRow, shortDay, utcDay } from './support/review';

const COURSE = 'Clerkship in Internal Medicine, block 3';
const LEARNER = 'Ολυμπία Παπαδοπούλου';

test('an educator assigns the module at 70%, a learner completes it and claims a certificate, and the educator reviews it with five more', async ({
  page,
  browser,
  request,
}, testInfo) => {
  test.setTimeout(10 * 60_000);
  const errors = collectPageErrors(page);

  // The educator fills in the builder by keyboard.
  await page.goto('/educators/assign');
  await expectNoAxeViolations(page);
  await page.getByLabel('Course name').fill(COURSE);
  await page.getByLabel('Your name').fill('Dr. Amara Okafor');
  await page.getByLabel('How learners can reach you').fill('a.okafor@hospital.example');
  await page.getByLabel('Pass mark (%)').fill('45');
  const due = utcDay(14);
  await page.getByLabel('Due date (optional)').fill(due);
  await press(page.getByLabel(/Invite learners to share/), 'Space');
  await press(page.getByRole('button', { name: 'Make the link' }), 'Enter');
  await expect(page.getByText('The pass mark must be a whole number from 50 to 100.')).toBeVisible();
  await expect(page.getByLabel('Pass mark (%)')).toBeFocused();
  await page.getByLabel('Pass mark (%)').fill('70');
  await press(page.getByRole('button', { name: 'Make the link' }), 'Enter');

  const made = page.getByRole('region', { name: 'Your assignment link' });
  await expect(made).toContainText('70%');
  await expect(made).toContainText(formatDay(due));
  await expect(made).toContainText('Learners are invited to share them');
  await expect(made.getByRole('img', { name: /QR code of the assignment link/ })).toBeVisible();
  const link = await made.getByRole('textbox', { name: 'Link for your learners' }).inputValue();
  expect(link).toMatch(/\/start\?a=[\w-]+\.[\w-]+\.[\w-]+$/);
  const svg = page.waitForEvent('download');
  await press(made.getByRole('button', { name: 'Download QR code (SVG)' }), 'Enter');
  expect((await svg).suggestedFilename()).toBe('assignment-Clerkship-in-Internal-Medicine-block-3.svg');
  await expectNoAxeViolations(page);

  // The learner, in a browser of their own, opens the link and sees the course.
  const learner = await (await browser.newContext()).newPage();
  const learnerErrors = collectPageErrors(learner);
  await learner.goto(link);
  const opened = learner.getByRole('region', { name: 'You are taking this module for an assignment' });
  await expect(opened).toContainText(COURSE);
  await expect(opened).toContainText('70% in the final check');
  await expect(opened).toContainText(formatDay(due));

  // Before, every lesson, after.
  await answerWhereYouStand(learner, 'Medical student');
  await takeEveryLesson(learner);
  await answerPoll(learner.getByRole('form'));
  await press(learner.getByRole('button', { name: 'Save my answers' }), 'Enter');
  await press(learner.getByRole('link', { name: 'Go to the final check' }), 'Enter');

  // Just over 70% right (12 of 17 today), a pass at this assignment's 70% (the module's own 80% would fail it).
  const final = learner.getByRole('form', { name: 'Final check' });
  const rightCount = Math.ceil(finalSlots.length * 0.7);
  const asked = await answerBankForm(final, (_item, i) => i < rightCount);
  expect(asked).toHaveLength(finalSlots.length);
  await press(final.getByRole('button', { name: 'Submit my answers' }), 'Enter');
  const score = Math.floor((rightCount * 100) / asked.length);
  await expect(
    learner.getByRole('heading', {
      name: `Passed: ${rightCount} of ${asked.length} correct (${score}%).`,
    }),
  ).toBeFocused();
  await press(learner.getByRole('link', { name: 'Get your certificate' }), 'Enter');

  // The certificate page names the assignment and offers, unticked, to share attitudes.
  await expect(learner.getByRole('region', { name: 'Your assignment' })).toContainText(COURSE);
  const share = learner.getByRole('checkbox', { name: /Include my attitude answers/ });
  await expect(share).not.toBeChecked();
  await expect(learner.getByText(/Anyone who holds the certificate can read them/)).toBeVisible();
  await expectNoAxeViolations(learner);
  await press(share, 'Space');
  await learner.getByLabel('Your name as it should print').fill(LEARNER);
  await press(learner.getByRole('button', { name: 'Create my certificate' }), 'Enter');
  const preview = learner.getByRole('region', { name: 'Your certificate' });
  await expect(preview).toContainText(LEARNER);
  await expect(preview).toContainText(COURSE);
  await expect(preview).toContainText(`${score}%`);

  const download = learner.waitForEvent('download');
  await press(learner.getByRole('button', { name: 'Download PDF' }), 'Enter');
  const pdfPath = testInfo.outputPath('learner.pdf');
  await (await download).saveAs(pdfPath);
  expect((await readFile(pdfPath)).subarray(0, 5).toString()).toBe('%PDF-');

  // Anyone can check the PDF on its own: it names the assignment and says attitudes were shared.
  await learner.goto('/verify');
  await learner.getByLabel('Upload a certificate PDF or credential file (.json)').setInputFiles(pdfPath);
  await expect(learner.getByRole('heading', { level: 2, name: 'Valid certificate' })).toBeVisible();
  const details = learner.locator('dl');
  await expect(details).toContainText(COURSE);
  await expect(details).toContainText(`set by Dr. Amara Okafor; pass mark 70%; due ${formatDay(due)}`);
  await expect(details).toContainText('Shared by the learner');

  expect(learnerErrors).toEqual([]);

  // Five more certificates made through the API: two classmates, one of them tampered with afterwards,
  // one for another assignment, and one for a block whose due date was yesterday (the server accepts
  // yesterday's UTC day, which may still be today west of UTC), so it is late.
  const token = new URL(link).searchParams.get('a')!;
  const classmate = await makeCertificate(request, 'Kwame Mensah', token);
  const other = await makeCertificate(request, 'Дмитрий Иванов', token);
  const [header, payload, signature] = other.credential.split('.') as [string, string, string];
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
  const forged = Buffer.from(JSON.stringify({ ...claims, name: 'Someone Else' })).toString('base64url');
  const tampered = { ...other, credential: `${header}.${forged}.${signature}` };
  const seminar = await makeCertificate(
    request,
    'José Ñúñez',
    await makeAssignment(request, { course: 'Ethics seminar', shareAttitudes: false }),
  );
  const yesterday = utcDay(-1);
  const late = await makeCertificate(
    request,
    '王小明',
    await makeAssignment(request, { course: 'Clerkship block 2', due: yesterday, shareAttitudes: false }),
  );
  const wellFormed = await makeCertificate(request, 'Ana Lima', token);

  await page.goto('/educators/review');
  await page
    .getByLabel('Certificate files (PDF or .json)')
    .setInputFiles([
      { name: 'learner.pdf', mimeType: 'application/pdf', buffer: await readFile(pdfPath) },
      jsonFile('kwame.json', classmate),
      jsonFile('dmitry.json', tampered),
      jsonFile('jose.json', seminar),
      jsonFile('xiaoming.json', late),
      jsonFile('ana.json', wellFormed),
    ]);
  await press(page.getByRole('button', { name: 'Check' }), 'Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Roster' })).toBeFocused();
  await expect(page.getByText('6 certificates: 5 valid, 1 not valid, 1 late, 0 duplicates.')).toBeVisible();
  const learnerRow = rosterRow(page, 'learner.pdf');
  await expect(learnerRow.getByRole('rowheader')).toHaveText(LEARNER);
  await expect(learnerRow).toContainText('Valid');
  await expect(learnerRow).toContainText(COURSE);
  await expect(learnerRow).toContainText(`${score}%`);
  await expect(rosterRow(page, 'kwame.json')).toContainText('Valid');
  await expect(rosterRow(page, 'dmitry.json')).toContainText('Not valid: Changed after it was signed');
  await expect(rosterRow(page, 'jose.json')).toContainText('Ethics seminar');
  await expect(rosterRow(page, 'xiaoming.json')).toContainText('Late');
  await expect(rosterRow(page, 'xiaoming.json')).toContainText(`due ${shortDay(yesterday)}`);
  // Only the learner shared attitudes: fewer than five, so the class view says why it shows nothing.
  await expect(page.getByRole('region', { name: 'Class attitudes, before and after' })).toContainText(
    'Only 1 learner among these certificates shared their attitude answers',
  );
  await expectNoAxeViolations(page);

  // The class's certificates alone, as CSV for the gradebook.
  await page.getByLabel('Show').selectOption({ label: `${COURSE} (3)` });
  const csvDownload = page.waitForEvent('download');
  await press(page.getByRole('button', { name: 'Download CSV' }), 'Enter');
  const csv = await readFile(await (await csvDownload).path(), 'utf8');
  const [head, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''));
  const col = (name: string) => head!.indexOf(name);
  expect(
    rows.map((row) => [row[col('Name')], row[col('Score (%)')], row[col('Valid')], row[col('On time')]]),
  ).toEqual([
    [LEARNER, String(score), 'yes', 'On time'],
    ['Kwame Mensah', '100', 'yes', 'On time'],
    ['Ana Lima', '100', 'yes', 'On time'],
  ]);
  expect(errors).toEqual([]);
});
