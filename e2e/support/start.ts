import { expect, type Page } from '@playwright/test';
import { lessonOrder } from '../../content/lessons/order';
import { beforePoll } from '../../content/polls/stand';
import { chooseRadio, press } from './keyboard';

/** Answers to "Where do you stand?" by question id (`content/polls/stand.ts`), each an option's label. */
export type StandAnswers = Readonly<Record<string, string>>;

/**
 * Fills in "Where do you stand?" on /start as a person does, with the keyboard: the group they belong to
 * (the role question's label, e.g. 'Practicing physician'), then each of the seven questions by its text,
 * choosing the option `answers` names for it, else its first option. Then saves, and lands on the first
 * lesson.
 */
export async function answerWhereYouStand(page: Page, role: string, answers: StandAnswers = {}) {
  const unknown = Object.keys(answers).filter((id) => !beforePoll.questions.some((q) => q.id === id));
  if (unknown.length > 0) throw new Error(`Not questions of "Where do you stand?": ${unknown.join(', ')}`);

  await chooseRadio(page, 'Which best describes you?', role);
  for (const q of beforePoll.questions) {
    await chooseRadio(page, q.prompt, answers[q.id] ?? q.options[0]!.label);
  }
  await press(page.getByRole('button', { name: 'Save and go to the first lesson' }), 'Enter');
  await expect(page).toHaveURL(new RegExp(`/lessons/${lessonOrder[0]}$`));
}
