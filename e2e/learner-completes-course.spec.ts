import { expect, test } from '@playwright/test';
import { lessonOrder } from '../content/lessons/order';
import { finalSlots } from '../content/questions/final';
import { answerBankForm } from './support/final';
import { collectPageErrors, expectNoAxeViolations } from './support/a11y';
import { answerPoll, takeEveryLesson } from './support/course';
import { press } from './support/keyboard';
import { answerWhereYouStand } from './support/start';

test('a learner takes the whole course: before, every lesson, after, and the final check failed then passed', async ({
  page,
}) => {
  test.setTimeout(15 * 60_000);
  const errors = collectPageErrors(page);

  await page.goto('/');
  await press(page.getByRole('link', { name: 'Start the module' }), 'Enter');

  // Before: role and the seven items, with no national figure on the page.
  await expect(page).toHaveURL(/\/start$/);
  await expect(page.getByText(/\d+(\.\d+)?%/)).toHaveCount(0);
  await answerWhereYouStand(page, 'Practicing physician', {}, { precheck: 'answer-next' });

  // The pre-check: one bank question on each lesson, two of them answered right; a score, nothing counted.
  const precheck = page.getByRole('form', { name: 'Pre-check' });
  const before = await answerBankForm(precheck, (_item, index) => index < 2);
  expect(before).toHaveLength(lessonOrder.length);
  await press(precheck.getByRole('button', { name: 'Check my answers' }), 'Enter');
  await expect(
    page.getByRole('heading', { name: `Before the lessons: 2 of ${lessonOrder.length} correct` }),
  ).toBeFocused();
  await expectNoAxeViolations(page);
  await press(page.getByRole('link', { name: /^Go to the first lesson/ }), 'Enter');

  await takeEveryLesson(page);

  // After: the four attitudes again, then the before/after table beside the national figures.
  await answerPoll(page.getByRole('form'));
  await press(page.getByRole('button', { name: 'Save my answers' }), 'Enter');
  const summary = page.getByRole('region', { name: 'Your view, before and after' });
  await expect(summary.getByRole('row')).toHaveCount(5);
  await expect(summary.getByRole('row', { name: /social reasons/ })).toContainText(
    '68.3% did not think it ethically acceptable',
  );
  await expectNoAxeViolations(page);
  await press(page.getByRole('link', { name: 'Go to the final check' }), 'Enter');

  // Final check: fail once, read the explanations, then pass a second form drawn from the bank.
  await expect(page).toHaveURL(/\/final$/);
  const final = page.getByRole('form', { name: 'Final check' });
  const first = await answerBankForm(final, () => false);
  expect(first).toHaveLength(finalSlots.length);
  // The first form asks none of the pre-check's questions: every slot has another.
  expect(first.filter((item) => before.some((seen) => seen.id === item.id))).toEqual([]);
  await press(final.getByRole('button', { name: 'Submit my answers' }), 'Enter');
  const failed = page.getByRole('heading', { name: new RegExp(`^0 of ${first.length} correct`) });
  await expect(failed).toBeFocused();
  await expect(page.getByText('(your answer)')).toHaveCount(first.length);
  await expectNoAxeViolations(page);

  await press(page.getByRole('button', { name: 'Try again' }), 'Enter');
  const second = await answerBankForm(final, () => true);
  // The retake asks other questions of every objective whose slot has them: every slot has two or more.
  expect(second.map((item) => item.id).filter((id) => first.some((item) => item.id === id))).toEqual([]);
  await press(final.getByRole('button', { name: 'Submit my answers' }), 'Enter');
  await expect(
    page.getByRole('heading', {
      name: `Passed: ${second.length} of ${second.length} correct (100%).`,
    }),
  ).toBeFocused();
  await expect(page.getByText('Attempt 2.')).toBeVisible();

  // Everything survives a reload.
  await page.reload();
  await expect(page.getByRole('heading', { name: /^Passed:/ })).toBeVisible();
  await expect(
    page.getByText(`${lessonOrder.length} of ${lessonOrder.length} lessons complete`),
  ).toBeVisible();
  expect(errors).toEqual([]);
});
