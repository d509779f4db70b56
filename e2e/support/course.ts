import { expect, type Frame, type Locator, type Page } from '@playwright/test';
import { lessonOrder } from '../../content/lessons/order';
import { questions } from '../../content/questions';
import type { Question } from '../../content/questions/types';
import { expectNoAxeViolations } from './a11y';
import { chooseRadio, expectAddress, press, startOf } from './keyboard';

/** Picks an option of a question by its exact text, with the keyboard. */
export const choose = (scope: Page | Frame | Locator, prompt: string, optionText: string) =>
  chooseRadio(scope, startOf(prompt), optionText);

/** Answers every open question of a poll form with its first option: attitudes are never graded. */
export async function answerPoll(form: Locator) {
  for (const group of await form.getByRole('group').all()) {
    const first = group.getByRole('radio').first();
    if (await first.isDisabled()) continue; // a "before" answer, kept as it was
    await press(first, 'Space');
  }
}

export const correct = (q: Question) => q.options[q.answer]!.text;
export const wrong = (q: Question) => q.options[(q.answer + 1) % q.options.length]!.text;

/**
 * From the first lesson's page, takes every lesson in order by keyboard (poll, figures, knowledge check
 * answered from the question bank), with an axe check on each, and ends on /after.
 */
export async function takeEveryLesson(page: Page | Frame) {
  for (const [index, slug] of lessonOrder.entries()) {
    await expectAddress(page, new RegExp(`/lessons/${slug}$`));
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
  await expectAddress(page, /\/after$/);
}
