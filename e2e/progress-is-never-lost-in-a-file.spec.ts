import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { CURRENT_VERSION } from '../lib/progress/schema';
import { collectPageErrors, expectNoAxeViolations } from './support/a11y';
import { press } from './support/keyboard';
import { download, LESSON, lessonsComplete, storedProgress, storeProgressText } from './support/progress';

/*
 * Progress as a file of the learner's own: downloaded, deleted from the browser, brought back (also from a
 * file an older version saved), and wrong files refused without changing anything.
 */

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

test('a learner downloads their progress, deletes it, and brings everything back from the file', async ({
  page,
}) => {
  test.slow(); // A long journey, with three accessibility scans.
  const errors = collectPageErrors(page);
  await page.goto('/');
  await storeProgressText(page, JSON.stringify(COMPLETED));
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
