import { expect, test, type Page } from '@playwright/test';
import { lessonOrder } from '../content/lessons/order';
import { finalQuestions } from '../content/questions/final';
import { collectPageErrors, expectNoAxeViolations } from './support/a11y';
import { press } from './support/keyboard';
import { answerWhereYouStand } from './support/start';

/** An assignment link made through the module's own API, as the builder makes it. */
async function makeLink(page: Page, course: string): Promise<string> {
  const response = await page.request.post('/api/assignments', {
    data: {
      course,
      educatorName: 'Dr. Amara Okafor',
      educatorContact: 'a.okafor@hospital.example',
      passMarkPct: 90,
      lessons: [...lessonOrder],
      shareAttitudes: false,
    },
  });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { link: string }).link;
}

/** The module still works: the learner answers "Where do you stand?" and reaches the first lesson. */
async function moduleStillWorks(page: Page) {
  await answerWhereYouStand(page, 'Resident (physician in training)');
  await expect(page).toHaveURL(new RegExp(`/lessons/${lessonOrder[0]}$`));
}

test('a tampered assignment link says so, and the module works without it', async ({ page }) => {
  const errors = collectPageErrors(page);
  const link = await makeLink(page, 'Ethics seminar');
  const url = new URL(link);
  const [header, payload, signature] = url.searchParams.get('a')!.split('.') as [string, string, string];
  // The learner lowers the pass mark in the link's payload.
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
  const forged = Buffer.from(JSON.stringify({ ...claims, pass: 50 })).toString('base64url');
  await page.goto(`/start?a=${header}.${forged}.${signature}`);

  const alert = page.getByRole('alert').filter({ hasText: 'The assignment link did not open.' });
  await expect(alert).toContainText('changed after it was made');
  await expect(alert).toContainText('You can still take the module on your own');
  await expect(alert).toBeFocused();
  await expect(page.getByRole('region', { name: 'Your assignment' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await moduleStillWorks(page);
  await page.goto('/');
  await expect(page.getByText('Ethics seminar')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('an expired assignment link says when it expired, and the module works without it', async ({ page }) => {
  const errors = collectPageErrors(page);
  const link = await makeLink(page, 'Residents’ noon conference');
  // The learner opens the link a year and a day later.
  await page.clock.install({ time: new Date(Date.now() + 366 * 86_400_000) });
  await page.goto(link);

  const alert = page.getByRole('alert').filter({ hasText: 'The assignment link did not open.' });
  await expect(alert).toContainText(/This assignment link expired on \d{4}-\d{2}-\d{2}\./);
  await expectNoAxeViolations(page);
  await moduleStillWorks(page);
  expect(errors).toEqual([]);
});

test('a malformed assignment link says it cannot be read', async ({ page }) => {
  await page.goto('/start?a=not-a-token');
  await expect(
    page.getByRole('alert').filter({ hasText: 'The assignment link did not open.' }),
  ).toContainText('damaged or incomplete');
  await moduleStillWorks(page);
});

test('an assignment link opens, shows the assignment on the home page, and can be left', async ({ page }) => {
  const link = await makeLink(page, 'Clerkship in Internal Medicine, block 3');
  await page.goto(link);
  const opened = page.getByRole('region', { name: 'You are taking this module for an assignment' });
  await expect(opened).toContainText('Clerkship in Internal Medicine, block 3');
  await expect(opened).toContainText('Dr. Amara Okafor (a.okafor@hospital.example)');
  await expect(opened).toContainText('90% in the final check');
  await expect(opened).toBeFocused();
  await expect(page).toHaveURL(/\/start$/);
  await expectNoAxeViolations(page);

  await page.goto('/');
  const card = page.getByRole('region', { name: 'Your assignment' });
  await expect(card).toContainText('Clerkship in Internal Medicine, block 3');
  await expectNoAxeViolations(page);
  await page.goto('/final');
  await expect(
    page.getByText(`For Clerkship in Internal Medicine, block 3: ${finalQuestions.length} questions`, {
      exact: false,
    }),
  ).toBeVisible();

  await page.goto('/');
  await press(card.getByRole('button', { name: 'Take the module on my own instead' }), 'Enter');
  await expect(card).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Your assignment' })).toHaveCount(0);
});
