import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { lessonOrder } from '../content/lessons/order';
import { CURRENT_VERSION } from '../lib/progress/schema';
import { chooseRadio, press } from './support/keyboard';
import { collectPageErrors, expectNoAxeViolations } from './support/a11y';

const KEY = 'friend-request:progress';
const LESSON = '/lessons/when-patients-knock';
const TOTAL: number = lessonOrder.length;
/** "1 of 5 lessons complete", as the header says it. */
const lessonsComplete = (n: number) => `${n} of ${TOTAL} ${TOTAL === 1 ? 'lesson' : 'lessons'} complete`;

function storedProgress(page: Page): Promise<Record<string, unknown> | null> {
  return page.evaluate((key) => {
    const text = window.localStorage.getItem(key);
    return text === null ? null : (JSON.parse(text) as Record<string, unknown>);
  }, KEY);
}

/** Presses a button that downloads a file, and returns the file's name and text. */
async function download(page: Page, button: Locator): Promise<{ name: string; text: string; file: string }> {
  const downloaded: Promise<Download> = page.waitForEvent('download');
  await press(button, 'Enter');
  const file = await (await downloaded).path();
  return { name: (await downloaded).suggestedFilename(), text: await readFile(file, 'utf8'), file };
}

/** A finished lesson, as version 2 of the module stores it. */
const COMPLETED = {
  version: 2,
  updatedAt: '2026-03-02T18:04:11.000Z',
  role: 'PP',
  lessons: {
    'when-patients-knock': {
      status: 'completed',
      lastSection: 'check-your-understanding',
      updatedAt: '2026-03-02T18:04:11.000Z',
    },
  },
  polls: { 'stand-received-request': 'yes', 'stand-looked-at-profile': 'no', 'knock-action': 'decline' },
  checks: { 'knock-who-initiates': 0 },
  reflections: { 'knock-reflect': 'I would point the family to the clinic portal.' },
};

test('a learner who reloads mid-lesson continues from the same section', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto(LESSON);
  await expect(page.getByRole('heading', { level: 1, name: 'When patients knock' })).toBeVisible();

  // Reading on to "What the guidance says".
  await page
    .getByRole('heading', { level: 2, name: 'What the guidance says' })
    .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await expect
    .poll(async () => (await storedProgress(page))?.lastVisited)
    .toEqual({ lesson: 'when-patients-knock', section: 'what-the-guidance-says' });

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'When patients knock' })).toBeVisible();
  await page.goto('/');
  await expect(page.getByText('Next up: When patients knock')).toBeVisible();
  await press(page.getByRole('link', { name: 'Continue where you left off' }), 'Enter');

  await expect(page).toHaveURL(/\/lessons\/when-patients-knock#what-the-guidance-says$/);
  await expect(page.getByRole('heading', { level: 2, name: 'What the guidance says' })).toBeInViewport();
  // Arriving there keeps the place: once the page has drawn a few frames, it is still that section.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done)))),
  );
  await expect
    .poll(async () => (await storedProgress(page))?.lastVisited)
    .toEqual({ lesson: 'when-patients-knock', section: 'what-the-guidance-says' });
  expect(errors).toEqual([]);
});

test('unreadable saved progress is kept, the learner is told, and can download it as it was', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  const corrupt = '{"version":2,"updatedAt":"2026-03-02T18:04:11.000Z","lessons":{"when-patients-kn';
  await page.goto('/');
  await page.evaluate(([key, text]) => window.localStorage.setItem(key!, text!), [KEY, corrupt]);
  await page.reload();

  const notice = page.getByRole('status').filter({ hasText: 'could not be read' });
  await expect(notice).toContainText('A copy of the old data has been kept in this browser.');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Friend Request?');
  const file = await download(page, page.getByRole('button', { name: 'Download the unreadable copy' }));
  expect(file.name).toBe('friend-request-unreadable-progress.txt');
  expect(file.text).toBe(corrupt);

  // The module goes on working, and saving over the old text does not lose it.
  await page.goto(LESSON);
  await expect(page.getByRole('heading', { level: 1, name: 'When patients knock' })).toBeVisible();
  await expect.poll(async () => (await storedProgress(page))?.lessons).toHaveProperty('when-patients-knock');
  expect(await page.evaluate((key) => window.localStorage.getItem(`${key}:unreadable`), KEY)).toBe(corrupt);

  // In a later visit, the copy is still offered on the progress page.
  await page.goto('/progress');
  await expect(page.getByRole('heading', { name: 'Progress that could not be read' })).toBeVisible();
  const again = await download(page, page.getByRole('button', { name: 'Download the unreadable copy' }));
  expect(again.text).toBe(corrupt);
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test('when the browser refuses storage, the module works, says progress will not be kept, and offers a copy', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.addInitScript(() => {
    for (const name of ['getItem', 'setItem', 'removeItem', 'key', 'clear'] as const) {
      Object.defineProperty(Storage.prototype, name, {
        value: () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    }
  });

  await page.goto(LESSON);
  const notice = page.getByRole('status').filter({ hasText: 'not letting this module save progress' });
  await expect(notice).toContainText('it will be lost when you close the tab');
  await expectNoAxeViolations(page);

  // The lesson still works, in memory.
  const poll = page.getByRole('form', { name: /Answer for yourself/ });
  await chooseRadio(poll, 'Which best describes you?', 'Medical student');
  await chooseRadio(poll, /ever sent you a friend/, 'No');
  await chooseRadio(poll, /looked at the social-network profile/, 'No');
  await chooseRadio(poll, /what would you do with the request/, 'Accept the request');
  await press(poll.getByRole('button', { name: 'Save my answers' }), 'Enter');
  await expect(page.getByRole('region', { name: /Another study/ })).toContainText(
    'Your choice: Accept the request',
  );

  const file = await download(page, page.getByRole('button', { name: 'Download my progress' }));
  expect(file.name).toMatch(/^friend-request-progress-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(file.text)).toMatchObject({
    version: CURRENT_VERSION,
    role: 'MS',
    polls: { 'knock-action': 'accept' },
  });
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
  await chooseRadio(tabA, 'Which best describes you?', 'Practicing physician');
  await chooseRadio(tabA, /use online social networks/, 'Yes');
  await chooseRadio(tabA, /looked at the social-network profile/, 'Yes');
  await chooseRadio(tabA, /ever sent you a friend or connection request/, 'Yes');
  await chooseRadio(tabA, /for social reasons/, 'Not acceptable');
  await chooseRadio(tabA, /about their care/, 'Unsure');
  await chooseRadio(tabA, /improve communication/, 'Yes, they could');
  await chooseRadio(tabA, /confidential/, 'Yes, concerned');
  await press(tabA.getByRole('button', { name: 'Save and go to the first lesson' }), 'Enter');
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

test('a learner downloads their progress, deletes it, and brings everything back from the file', async ({
  page,
}) => {
  test.slow(); // A long journey, with three accessibility scans.
  const errors = collectPageErrors(page);
  await page.goto('/');
  await page.evaluate(
    ([key, text]) => window.localStorage.setItem(key!, text!),
    [KEY, JSON.stringify(COMPLETED)],
  );
  await page.reload();
  await expect(page.getByRole('banner')).toContainText(lessonsComplete(1));

  await press(page.getByRole('contentinfo').getByRole('link', { name: 'Your progress' }), 'Enter');
  await expect(page).toHaveURL(/\/progress$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
  const kept = page.getByRole('region', { name: 'What is kept in this browser' });
  await expect(kept).toContainText(`${lessonsComplete(1)}d`);
  await expect(kept).toContainText('1 reflection');
  await expectNoAxeViolations(page);

  const file = await download(page, page.getByRole('button', { name: 'Download my progress' }));
  // The file is the stored document: a version 2 one was read, migrated, and is written at the current version.
  expect(JSON.parse(file.text)).toEqual({ ...COMPLETED, version: CURRENT_VERSION });

  // Delete, after a confirmation that can be cancelled.
  await press(page.getByRole('button', { name: 'Delete my progress…' }), 'Enter');
  await expect(
    page.getByRole('heading', { name: 'Delete all your progress in this browser?' }),
  ).toBeFocused();
  await press(page.getByRole('button', { name: 'Keep my progress' }), 'Enter');
  await expect(page.getByRole('button', { name: 'Delete my progress…' })).toBeFocused();
  await expect(kept).toContainText(`${lessonsComplete(1)}d`);
  await press(page.getByRole('button', { name: 'Delete my progress…' }), 'Enter');
  await press(page.getByRole('button', { name: 'Delete my progress', exact: true }), 'Enter');
  await expect(page.getByText('Your progress has been deleted from this browser.')).toBeFocused();
  await expect(kept).toContainText(`${lessonsComplete(0)}d`);
  await expect(page.getByRole('banner')).toContainText(lessonsComplete(0));

  // Wrong files are refused with a clear message, and nothing changes.
  const chooser = page.getByLabel('Progress file (.json)');
  const importProblem = page.getByRole('region', { name: 'Bring back a copy' }).getByRole('alert');
  await chooser.setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Dear diary'),
  });
  await expect(importProblem).toHaveText(/could not be read as progress.*Nothing was changed\./);
  await expect(chooser).toHaveAccessibleDescription(/could not be read as progress/);
  await chooser.setInputFiles({
    name: 'huge.json',
    mimeType: 'application/json',
    buffer: Buffer.alloc(300 * 1024, 32),
  });
  await expect(importProblem).toHaveText(/This file is 300 kB, larger than any progress file/);
  await chooser.setInputFiles({
    name: 'damaged.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...COMPLETED, role: 'surgeon' })),
  });
  await expect(importProblem).toHaveText(/damaged or edited/);
  await expectNoAxeViolations(page);
  expect(await storedProgress(page)).toMatchObject({ lessons: {}, reflections: {} });

  // The downloaded file: what it holds is shown before anything is replaced.
  await chooser.setInputFiles(file.file);
  await expect(page.getByRole('heading', { name: 'Replace your progress with this file?' })).toBeFocused();
  const confirm = page.getByRole('group', { name: 'Replace your progress with this file?' });
  await expect(confirm).toContainText(`${lessonsComplete(1)}d`);
  await expect(confirm).toContainText('3 answers about your own views');
  await expect(confirm).toContainText('Last changed March 2, 2026');
  await expectNoAxeViolations(page);
  await press(confirm.getByRole('button', { name: 'Replace my progress' }), 'Enter');
  await expect(page.getByText('Your progress has been brought back from the file.')).toBeFocused();
  await expect(kept).toContainText(`${lessonsComplete(1)}d`);
  await expect(page.getByRole('banner')).toContainText(lessonsComplete(1));
  const restored = await storedProgress(page);
  expect({ ...restored, updatedAt: COMPLETED.updatedAt }).toEqual({ ...COMPLETED, version: CURRENT_VERSION });

  // Everything is back in the lesson too.
  await page.goto(LESSON);
  await expect(page.getByRole('textbox', { name: /What would make a friend request/ })).toHaveValue(
    'I would point the family to the clinic portal.',
  );
  expect(errors).toEqual([]);
});

test('a file saved by an older version is brought back, migrated', async ({ page }) => {
  const errors = collectPageErrors(page);
  const v1 = await readFile(
    path.join(__dirname, '../lib/progress/fixtures/v1-lesson-completed.json'),
    'utf8',
  );
  await page.goto('/progress');
  await page.getByLabel('Progress file (.json)').setInputFiles({
    name: 'old-progress.json',
    mimeType: 'application/json',
    buffer: Buffer.from(v1),
  });
  const confirm = page.getByRole('group', { name: 'Replace your progress with this file?' });
  await expect(confirm).toContainText(`${lessonsComplete(1)}d`);
  await press(confirm.getByRole('button', { name: 'Replace my progress' }), 'Enter');

  await expect(page.getByRole('banner')).toContainText(lessonsComplete(1));
  expect(await storedProgress(page)).toMatchObject({ version: CURRENT_VERSION, role: 'RP' });
  expect(errors).toEqual([]);
});

test('progress saved by a newer version is left untouched, and the learner is asked to reload', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  const newer = JSON.stringify({
    version: CURRENT_VERSION + 1,
    lessons: { 'when-patients-knock': { done: true } },
  });
  await page.goto('/');
  await page.evaluate(([key, text]) => window.localStorage.setItem(key!, text!), [KEY, newer]);
  await page.goto(LESSON);

  await expect(page.getByRole('status').filter({ hasText: 'saved by a newer version' })).toContainText(
    'Reload the page',
  );
  await expect(page.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'When patients knock' })).toBeVisible();
  expect(await page.evaluate((key) => window.localStorage.getItem(key), KEY)).toBe(newer);
  expect(errors).toEqual([]);
});
