import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { lessonOrder } from '../content/lessons/order';
import { finalQuestionsByLesson } from '../content/questions/final';
import { sectionsOf, splitFrontmatter } from '../lib/content/lesson-source';
import { collectPageErrors, expectNoAxeViolations } from './support/a11y';
import { chooseRadio, press } from './support/keyboard';
import { KEY, LESSON, lessonsComplete, storedProgress } from './support/progress';
import { answerWhereYouStand } from './support/start';

/*
 * Progress follows the learner: from one visit to the next (a reload, "continue where you left off") and
 * between two tabs of the same browser.
 */

const SLUG = LESSON.split('/').pop()!;

/** The lesson's `##` sections in order, from its MDX. */
const SECTIONS = sectionsOf(
  splitFrontmatter(SLUG, readFileSync(path.join(__dirname, '../content/lessons', `${SLUG}.mdx`), 'utf8'))
    .body,
);

/** From the page's first script on, keeps every progress document the page saves, in order. */
async function recordSavedProgress(page: Page) {
  await page.addInitScript((key) => {
    const saved: string[] = [];
    Reflect.set(window, '__savedProgress', saved);
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (name: string, value: string) {
      if (name === key) saved.push(value);
      return setItem.call(this, name, value);
    };
  }, KEY);
}

/** The sections named by the progress this page (this document) has saved, in order. */
function savedSections(page: Page): Promise<(string | undefined)[]> {
  return page.evaluate(() =>
    (Reflect.get(window, '__savedProgress') as string[]).map(
      (text) => (JSON.parse(text) as { lastVisited?: { section?: string } }).lastVisited?.section,
    ),
  );
}

const scrollTo = (page: Page, title: string) =>
  page
    .getByRole('heading', { level: 2, name: title })
    .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));

test('a learner who reloads mid-lesson continues from the same section', async ({ page }) => {
  const errors = collectPageErrors(page);
  const at = SECTIONS.findIndex((s) => s.title === 'What the guidance says');
  const [here, next] = [SECTIONS[at]!, SECTIONS[at + 1]!];
  await recordSavedProgress(page);
  await page.goto(LESSON);
  await expect(page.getByRole('heading', { level: 1, name: 'When patients knock' })).toBeVisible();

  // Reading on to "What the guidance says".
  await scrollTo(page, here.title);
  await expect
    .poll(async () => (await storedProgress(page))?.lastVisited)
    .toEqual({ lesson: SLUG, section: here.id });

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'When patients knock' })).toBeVisible();
  await page.goto('/');
  await expect(page.getByText('Next up: When patients knock')).toBeVisible();
  const savedBefore = (await savedSections(page)).length;
  await press(page.getByRole('link', { name: 'Continue where you left off' }), 'Enter');

  await expect(page).toHaveURL(new RegExp(`/lessons/${SLUG}#${here.id}$`));
  await expect(page.getByRole('heading', { level: 2, name: here.title })).toBeInViewport();
  // Arriving keeps the place: reading on from there moves it to the next section, and nothing saved
  // since the learner pressed "continue" names a section before it.
  await scrollTo(page, next.title);
  await expect
    .poll(async () => (await storedProgress(page))?.lastVisited)
    .toEqual({ lesson: SLUG, section: next.id });
  const sinceContinue = (await savedSections(page)).slice(savedBefore);
  expect(sinceContinue.filter((section) => section !== here.id && section !== next.id)).toEqual([]);
  expect(sinceContinue.at(-1)).toBe(next.id);
  expect(errors).toEqual([]);
});

test('two tabs answering in turn keep both answers', async ({ context }) => {
  const tabA = await context.newPage();
  const tabB = await context.newPage();
  const errors = [collectPageErrors(tabA), collectPageErrors(tabB)];
  await tabA.goto('/start');
  await tabB.goto(LESSON);

  // Tab B: a reflection.
  const reflection = tabB.getByRole('textbox', { name: /What would make a friend request/ });
  await reflection.fill('Written in the second tab.');
  await expect(tabB.getByText('Saved in this browser.')).toBeVisible();

  // Tab A, opened before that: the questions at the start.
  await answerWhereYouStand(
    tabA,
    'Practicing physician',
    {
      'stand-uses-networks': 'Yes',
      'stand-looked-at-profile': 'Yes',
      'stand-received-request': 'Yes',
      'before-ethics-social': 'Not acceptable',
      'before-ethics-patient-care': 'Unsure',
      'before-communication-outlook': 'Yes, they could',
      'before-confidentiality-concern': 'Yes, concerned',
    },
    // Tab B began a lesson, so the start page no longer offers the pre-check.
    { precheck: 'not-offered' },
  );
  await expect(tabA).toHaveURL(new RegExp(`/lessons/${lessonOrder[0]}$`));
  await tabA.goto(LESSON);
  await expect(tabA.getByRole('textbox', { name: /What would make a friend request/ })).toHaveValue(
    'Written in the second tab.',
  );

  // Tab B, without reloading, sees tab A's answers and answers the case's question.
  const poll = tabB.getByRole('form', { name: /Answer for yourself/ });
  await expect(
    poll.getByRole('group', { name: /ever sent you a friend/ }).getByRole('radio', { name: 'Yes' }),
  ).toBeChecked();
  await chooseRadio(poll, /what would you do with the request/, 'Decline the request');
  await press(poll.getByRole('button', { name: 'Save my answers' }), 'Enter');
  await expect(tabA.getByRole('region', { name: /Another study/ })).toContainText(
    'Your choice: Decline the request',
  );

  await tabA.reload();
  const stored = await storedProgress(tabA);
  expect(stored).toMatchObject({
    role: 'PP',
    reflections: { 'knock-reflect': 'Written in the second tab.' },
    polls: { 'stand-uses-networks': 'yes', 'stand-received-request': 'yes', 'knock-action': 'decline' },
  });
  expect(Object.keys(stored?.polls as object)).toHaveLength(8);
  expect(errors.flat()).toEqual([]);
});

test('a learner who finished the five lessons before the sixth was added finds it new, with every answer kept', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  const before = readFileSync(
    path.join(__dirname, '../lib/progress/fixtures/v2-finished-course.json'),
    'utf8',
  );
  const stored = JSON.parse(before) as { polls: Record<string, string>; checks: Record<string, number> };
  const sixth = lessonOrder[5]!;
  await page.addInitScript(
    ([key, text]) => {
      if (!window.sessionStorage.getItem('seeded')) {
        window.localStorage.setItem(key!, text!);
        window.sessionStorage.setItem('seeded', '1');
      }
    },
    [KEY, before],
  );

  await page.goto('/');
  await expect(page.getByText(lessonsComplete(5))).toBeVisible();
  await expect(page.getByText('Next up: What came after 2013')).toBeVisible();
  await press(page.getByRole('link', { name: 'Continue where you left off' }), 'Enter');

  // The new lesson, at its start: nothing answered yet.
  await expect(page).toHaveURL(new RegExp(`/lessons/${sixth}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'What came after 2013' })).toBeVisible();
  await expect(page.getByText(`Lesson ${lessonOrder.length} of ${lessonOrder.length}`)).toBeVisible();
  const poll = page.getByRole('form').filter({ has: page.getByRole('button', { name: 'Save my answers' }) });
  await expect(poll.getByRole('radio', { checked: true })).toHaveCount(0);

  // The final check shows the last attempt against the questions asked now, and says what it did not see.
  const added = finalQuestionsByLesson[sixth].length;
  await page.goto('/final');
  await expect(
    page.getByText(`The check now asks ${added} questions that attempt did not answer.`, { exact: false }),
  ).toBeVisible();

  // The certificate page asks for the new lesson and says why the earlier pass no longer carries.
  await page.goto('/certificate');
  await expect(page.getByRole('link', { name: 'Complete the lesson “What came after 2013”' })).toBeVisible();
  await expect(
    page.getByText(`It now also asks ${added} questions your last attempt did not answer`, { exact: false }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // Nothing the five lessons left was lost or rewritten.
  const now = (await storedProgress(page)) as typeof stored;
  expect(now.polls).toEqual(stored.polls);
  expect(now.checks).toEqual(stored.checks);
  expect(errors).toEqual([]);
});
