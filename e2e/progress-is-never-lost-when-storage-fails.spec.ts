import { expect, test } from '@playwright/test';
import { CURRENT_VERSION } from '../lib/progress/schema';
import { collectPageErrors, expectNoAxeViolations } from './support/a11y';
import { chooseRadio, press } from './support/keyboard';
import { download, KEY, LESSON, storedProgress, storeProgressText } from './support/progress';

/*
 * Progress survives what can go wrong with the browser's storage: text that cannot be read, a browser that
 * refuses storage, and a document saved by a newer version of the module.
 */

test('unreadable saved progress is kept, the learner is told, and can download it as it was', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  const corrupt = '{"version":2,"updatedAt":"2026-03-02T18:04:11.000Z","lessons":{"when-patients-kn';
  await page.goto('/');
  await storeProgressText(page, corrupt);
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

test('progress saved by a newer version is left untouched, and the learner is asked to reload', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  const newer = JSON.stringify({
    version: CURRENT_VERSION + 1,
    lessons: { 'when-patients-knock': { done: true } },
  });
  await page.goto('/');
  await storeProgressText(page, newer);
  await page.goto(LESSON);

  await expect(page.getByRole('status').filter({ hasText: 'saved by a newer version' })).toContainText(
    'Reload the page',
  );
  await expect(page.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'When patients knock' })).toBeVisible();
  expect(await page.evaluate((key) => window.localStorage.getItem(key), KEY)).toBe(newer);
  expect(errors).toEqual([]);
});
