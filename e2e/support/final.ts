import { expect, type Locator } from '@playwright/test';
import { bankItems } from '../../content/questions/final';
import type { Question } from '../../content/questions/types';
import { press } from './keyboard';

/** The bank item a question on the page shows, found by its prompt (its legend is "N. prompt"). */
function itemShown(legend: string): Question {
  const prompt = legend.replace(/^\d+\.\s*/, '');
  const item = bankItems.find((candidate) => candidate.prompt === prompt);
  if (!item) throw new Error(`Not a question of the bank: "${legend}"`);
  return item;
}

/**
 * Answers a form drawn from the bank (the final check's, or the pre-check's on /start), as a person does,
 * with the keyboard: each question's right option
 * where `right(item, index)` says so, a wrong one otherwise. Returns the items the form asked, in order.
 */
export async function answerBankForm(
  form: Locator,
  right: (item: Question, index: number) => boolean,
): Promise<Question[]> {
  // The form appears once the learner's progress is read: wait for it, as a person would.
  await expect(form.getByRole('group').first()).toBeVisible();
  const groups = await form.getByRole('group').all();
  const asked: Question[] = [];
  for (const [index, group] of groups.entries()) {
    const legend = (await group.locator('legend').textContent()) ?? '';
    const item = itemShown(legend.trim());
    const option = right(item, index) ? item.answer : (item.answer + 1) % item.options.length;
    const radio = group.getByRole('radio', { name: item.options[option]!.text, exact: true });
    await press(radio, 'Space');
    await expect(radio).toBeChecked();
    asked.push(item);
  }
  return asked;
}
