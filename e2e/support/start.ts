import { expect, type Frame, type Page } from '@playwright/test';
import { lessonOrder } from '../../content/lessons/order';
import { beforePoll } from '../../content/polls/stand';
import { chooseRadio, expectAddress, press } from './keyboard';

/** Answers to "Where do you stand?" by question id (`content/polls/stand.ts`), each an option's label. */
export type StandAnswers = Readonly<Record<string, string>>;

/** The pre-check's heading on /start, shown after "Where do you stand?" to a learner who has begun nothing. */
export const PRECHECK_HEADING = 'Before the lessons: what do you know already?';

/**
 * Fills in "Where do you stand?" on /start as a person does, with the keyboard: the group they belong to
 * (the role question's label, e.g. 'Practicing physician'), then each of the seven questions by its text,
 * choosing the option `answers` names for it, else its first option. Then saves. With `precheck: 'skip'`
 * (the default) it then skips the pre-check the page offers and lands on the first lesson; with
 * 'answer-next' it stops at the pre-check, for the caller to answer; with 'not-offered' (a learner who has
 * begun a lesson) it expects none and lands on the first lesson.
 */
export async function answerWhereYouStand(
  page: Page | Frame,
  role: string,
  answers: StandAnswers = {},
  { precheck = 'skip' }: { precheck?: 'skip' | 'answer-next' | 'not-offered' } = {},
) {
  const unknown = Object.keys(answers).filter((id) => !beforePoll.questions.some((q) => q.id === id));
  if (unknown.length > 0) throw new Error(`Not questions of "Where do you stand?": ${unknown.join(', ')}`);

  await chooseRadio(page, 'Which best describes you?', role);
  for (const q of beforePoll.questions) {
    await chooseRadio(page, q.prompt, answers[q.id] ?? q.options[0]!.label);
  }
  await press(page.getByRole('button', { name: 'Save and continue' }), 'Enter');
  if (precheck !== 'not-offered') {
    await expect(page.getByRole('heading', { name: PRECHECK_HEADING })).toBeFocused();
    if (precheck === 'answer-next') return;
    await press(page.getByRole('button', { name: 'Skip the pre-check' }), 'Enter');
  }
  await expectAddress(page, new RegExp(`/lessons/${lessonOrder[0]}$`));
}
