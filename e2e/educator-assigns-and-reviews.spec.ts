import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { finalQuestions } from '../content/questions/final';
import { collectPageErrors, expectNoAxeViolations } from './support/a11y';
import { answerPoll, choose, correct, takeEveryLesson, wrong } from './support/course';
import { press } from './support/keyboard';

const COURSE = 'Clerkship in Internal Medicine, block 3';
const LEARNER = 'Ολυμπία Παπαδοπούλου';

test('an educator assigns the module at 70%, a learner completes it for that course and claims a certificate', async ({
  page,
  browser,
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
  await press(page.getByLabel(/Invite learners to share/), 'Space');
  await press(page.getByRole('button', { name: 'Make the link' }), 'Enter');
  await expect(page.getByText('The pass mark must be a whole number from 50 to 100.')).toBeVisible();
  await expect(page.getByLabel('Pass mark (%)')).toBeFocused();
  await page.getByLabel('Pass mark (%)').fill('70');
  await press(page.getByRole('button', { name: 'Make the link' }), 'Enter');

  const made = page.getByRole('region', { name: 'Your assignment link' });
  await expect(made).toContainText('70%');
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

  // Before, every lesson, after.
  await choose(learner, 'Which best describes you?', 'Medical student');
  await answerPoll(learner.getByRole('form'));
  await press(learner.getByRole('button', { name: 'Save and go to the first lesson' }), 'Enter');
  await takeEveryLesson(learner);
  await answerPoll(learner.getByRole('form'));
  await press(learner.getByRole('button', { name: 'Save my answers' }), 'Enter');
  await press(learner.getByRole('link', { name: 'Go to the final check' }), 'Enter');

  // 11 of 15 right: 73%, a pass at this assignment's 70% (the module's own 80% would fail it).
  const final = learner.getByRole('form', { name: 'Final check' });
  const rightCount = Math.ceil(finalQuestions.length * 0.7);
  for (const [i, q] of finalQuestions.entries()) {
    await choose(final, q.prompt, i < rightCount ? correct(q) : wrong(q));
  }
  await press(final.getByRole('button', { name: 'Submit my answers' }), 'Enter');
  const score = Math.floor((rightCount * 100) / finalQuestions.length);
  await expect(
    learner.getByRole('heading', {
      name: `Passed: ${rightCount} of ${finalQuestions.length} correct (${score}%).`,
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

  expect(errors).toEqual([]);
  expect(learnerErrors).toEqual([]);
});
