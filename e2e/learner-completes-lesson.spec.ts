import { expect, test } from '@playwright/test';
import { lessonOrder } from '../content/lessons/order';
import { knockQuestions } from '../content/questions/when-patients-knock';
import { chooseRadio, press, startOf } from './support/keyboard';
import { collectPageErrors, expectNoAxeViolations } from './support/a11y';
import { answerWhereYouStand } from './support/start';

test('a new learner takes "When patients knock" from the home page to a completed lesson', async ({
  page,
}) => {
  const errors = collectPageErrors(page);

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Friend Request?');
  await expect(page.getByText(`0 of ${lessonOrder.length} lessons complete`)).toBeVisible();
  await press(page.getByRole('link', { name: 'Start the module' }), 'Enter');

  // Where do you stand? The role and the seven items, before any figure.
  await expect(page).toHaveURL(/\/start$/);
  await expectNoAxeViolations(page);
  await press(page.getByRole('button', { name: 'Save and continue' }), 'Enter');
  await expect(page.getByText('Choose the group that fits you best.')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Medical student' })).toBeFocused();
  await answerWhereYouStand(page, 'Resident (physician in training)', {
    'stand-uses-networks': 'Yes',
    'stand-looked-at-profile': 'No',
    'stand-received-request': 'Yes',
    'before-ethics-social': 'Not acceptable',
    'before-ethics-patient-care': 'Unsure',
    'before-communication-outlook': 'Yes, they could',
    'before-confidentiality-concern': 'Yes, concerned',
  });

  // The first lesson opens; this learner goes to "When patients knock" from the contents.
  await expect(page).toHaveURL(new RegExp(`/lessons/${lessonOrder[0]}$`));
  await press(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Lessons' }), 'Enter');
  await press(page.getByRole('link', { name: /When patients knock/ }), 'Enter');
  await expect(page).toHaveURL(/\/lessons\/when-patients-knock$/);
  await expect(page.getByRole('heading', { level: 1, name: 'When patients knock' })).toBeVisible();
  await expect(page.getByText('A case written for this module')).toBeVisible();
  await expectNoAxeViolations(page);

  // Your view: the case's own question is answered before its figures are shown.
  await expect(page.getByRole('region', { name: /Another study/ })).toContainText(
    'Answer the questions above first',
  );
  // The two questions answered at the start show as answered here; only the case's own question is new.
  const poll = page.getByRole('form', { name: /Answer for yourself/ });
  await expect(
    poll.getByRole('group', { name: /ever sent you a friend/ }).getByRole('radio', { name: 'Yes' }),
  ).toBeChecked();
  await chooseRadio(poll, /what would you do with the request/, 'Decline the request');
  await press(poll.getByRole('button', { name: 'Save my answers' }), 'Enter');

  // How you compare: the national figures, with the learner's group and answer marked.
  const requests = page.getByRole('region', { name: /National figures: Has received friend requests/ });
  await expect(requests).toContainText('Your answer: Yes');
  await expect(requests).toContainText('you said you are a resident');
  await expect(requests.getByRole('listitem').filter({ hasText: 'Practicing physicians' })).toContainText(
    '34.5%',
  );
  const mine = requests.getByRole('listitem').filter({ hasText: 'your group' });
  await expect(mine).toHaveCount(1);
  await expect(mine).toContainText('Resident');
  await expect(mine).toContainText('7.8%');
  await expect(mine).toContainText('about 144 answered');
  await press(requests.getByText('Show as a table'), 'Enter');
  const table = requests.getByRole('table');
  await expect(table.getByRole('row', { name: /Practicing physicians/ })).toContainText('34.5%');
  await expect(page.getByRole('region', { name: /Another study/ })).toContainText(
    'Your choice: Decline the request',
  );
  await expectNoAxeViolations(page);

  // Reflection stays in the browser.
  const reflection = page.getByRole('textbox', { name: /What would make a friend request/ });
  await reflection.fill('I would find it hard with a family I have known for years.');

  // Knowledge check: submit with nothing chosen first, then answer every question correctly.
  const check = page.getByRole('form', { name: 'Knowledge check' });
  await press(check.getByRole('button', { name: 'Check my answers' }), 'Enter');
  await expect(check.getByText('Choose an answer to this question.').first()).toBeVisible();
  for (const [question, answer] of correctAnswers()) {
    await chooseRadio(check, question, answer);
  }
  await press(check.getByRole('button', { name: 'Check my answers' }), 'Enter');
  await expect(
    page.getByRole('heading', { name: /Passed: \d+ of \d+ correct\. This lesson is complete\./ }),
  ).toBeFocused();
  await expect(page.getByText(`1 of ${lessonOrder.length} lessons complete`)).toBeVisible();
  await expectNoAxeViolations(page);

  // Reload: the lesson is still complete, and the answers and reflection are still there.
  await page.reload();
  await expect(page.getByRole('heading', { name: /Passed: .* This lesson is complete\./ })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /What would make a friend request/ })).toHaveValue(
    'I would find it hard with a family I have known for years.',
  );
  await page.goto('/lessons');
  await expect(page.getByRole('listitem').filter({ hasText: 'When patients knock' })).toContainText(
    'Completed',
  );
  expect(errors).toEqual([]);
});

/** Each question's prompt and its correct option, from the module's own question bank. */
function correctAnswers(): [RegExp, string][] {
  return knockQuestions.map((q) => [startOf(q.prompt, 40), q.options[q.answer]!.text]);
}
