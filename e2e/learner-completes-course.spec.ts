import { expect, test, type Locator, type Page } from '@playwright/test';
import { lessonOrder } from '../content/lessons/order';
import { finalQuestions } from '../content/questions/final';
import { questions } from '../content/questions';
import type { Question } from '../content/questions/types';
import { chooseRadio, press, startOf } from './support/keyboard';
import { collectPageErrors, expectNoAxeViolations } from './support/a11y';

/** Picks an option of a question by its exact text, with the keyboard. */
const choose = (scope: Page | Locator, prompt: string, optionText: string) =>
  chooseRadio(scope, startOf(prompt), optionText);

/** Answers every open question of a poll form with its first option: attitudes are never graded. */
async function answerPoll(form: Locator) {
  for (const group of await form.getByRole('group').all()) {
    const first = group.getByRole('radio').first();
    if (await first.isDisabled()) continue; // a "before" answer, kept as it was
    await press(first, 'Space');
  }
}

const correct = (q: Question) => q.options[q.answer]!.text;
const wrong = (q: Question) => q.options[(q.answer + 1) % q.options.length]!.text;

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
  await choose(page, 'Which best describes you?', 'Practicing physician');
  await answerPoll(page.getByRole('form'));
  await press(page.getByRole('button', { name: 'Save and go to the first lesson' }), 'Enter');

  for (const [index, slug] of lessonOrder.entries()) {
    await expect(page).toHaveURL(new RegExp(`/lessons/${slug}$`));
    await expect(page.getByText(`Lesson ${index + 1} of ${lessonOrder.length}`)).toBeVisible();
    await expect(page.getByText('A case written for this module').first()).toBeVisible();

    // Your view, then the figures it unlocks.
    const poll = page
      .getByRole('form')
      .filter({ has: page.getByRole('button', { name: 'Save my answers' }) });
    if ((await poll.count()) > 0) {
      await answerPoll(poll);
      await press(poll.getByRole('button', { name: 'Save my answers' }), 'Enter');
      await expect(page.getByRole('button', { name: 'Change my answers' }).first()).toBeVisible();
    }
    await expectNoAxeViolations(page);

    // The lesson's check, answered from the question bank.
    const check = page.getByRole('form', { name: 'Knowledge check' });
    for (const q of questions.filter((q) => q.lesson === slug)) await choose(check, q.prompt, correct(q));
    await press(check.getByRole('button', { name: 'Check my answers' }), 'Enter');
    await expect(page.getByRole('heading', { name: /This lesson is complete\./ })).toBeFocused();
    await expect(page.getByText(`${index + 1} of ${lessonOrder.length} lessons complete`)).toBeVisible();

    await press(
      page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: /^Next:/ }),
      'Enter',
    );
  }

  // After: the four attitudes again, then the before/after table beside the national figures.
  await expect(page).toHaveURL(/\/after$/);
  await answerPoll(page.getByRole('form'));
  await press(page.getByRole('button', { name: 'Save my answers' }), 'Enter');
  const summary = page.getByRole('region', { name: 'Your view, before and after' });
  await expect(summary.getByRole('row')).toHaveCount(5);
  await expect(summary.getByRole('row', { name: /social reasons/ })).toContainText(
    '68.3% did not think it ethically acceptable',
  );
  await expectNoAxeViolations(page);
  await press(page.getByRole('link', { name: 'Go to the final check' }), 'Enter');

  // Final check: fail once, read the explanations, then pass.
  await expect(page).toHaveURL(/\/final$/);
  const final = page.getByRole('form', { name: 'Final check' });
  for (const q of finalQuestions) await choose(final, q.prompt, wrong(q));
  await press(final.getByRole('button', { name: 'Submit my answers' }), 'Enter');
  const failed = page.getByRole('heading', { name: new RegExp(`^0 of ${finalQuestions.length} correct`) });
  await expect(failed).toBeFocused();
  await expect(page.getByText('(your answer)')).toHaveCount(finalQuestions.length);
  await expectNoAxeViolations(page);

  await press(page.getByRole('button', { name: 'Try again' }), 'Enter');
  for (const q of finalQuestions) await choose(final, q.prompt, correct(q));
  await press(final.getByRole('button', { name: 'Submit my answers' }), 'Enter');
  await expect(
    page.getByRole('heading', {
      name: `Passed: ${finalQuestions.length} of ${finalQuestions.length} correct (100%).`,
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
