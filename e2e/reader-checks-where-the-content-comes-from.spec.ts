import { expect, test } from '@playwright/test';
import { contentChanges, LAST_REVIEWED, MODULE_VERSION } from '../content/provenance';
import { sourceList, study } from '../content/study';
import { formatDay } from '../lib/dates/days';
import { collectPageErrors, expectNoAxeViolations } from './support/a11y';
import { press } from './support/keyboard';

const SECTIONS = [
  'What it is, and what it is not',
  'Where the content comes from',
  'References',
  'Privacy',
  'Accessibility statement',
];

test('/about names its sections in a contents list that takes the keyboard to each', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/about');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 2 })).toHaveText(['On this page', ...SECTIONS]);
  for (const name of [
    'Changes to the content',
    'Report an error',
    'What the module does',
    'How it is checked',
    'Known limitations',
  ]) {
    await expect(main.getByRole('heading', { level: 3, name })).toHaveCount(1);
  }

  const contents = page.getByRole('navigation', { name: 'On this page' });
  await expect(contents.getByRole('link')).toHaveText(SECTIONS);
  await press(contents.getByRole('link', { name: 'Accessibility statement' }), 'Enter');
  await expect(page).toHaveURL(/#accessibility$/);
  await expect(main.getByRole('heading', { level: 2, name: 'Accessibility statement' })).toBeInViewport();
  expect(errors).toEqual([]);
});

test('/about gives the version, the last review, a dated change log and where to report an error', async ({
  page,
}) => {
  await page.goto('/about');
  const main = page.getByRole('main');
  await expect(main).toContainText(`This is version ${MODULE_VERSION} of the module.`);
  await expect(main).toContainText(`last checked against its sources on ${formatDay(LAST_REVIEWED)}`);
  for (const day of new Set(contentChanges.map((change) => change.date))) {
    await expect(main.getByRole('heading', { level: 4, name: formatDay(day) })).toHaveCount(1);
  }
  for (const change of contentChanges) {
    await expect(main.getByRole('listitem').filter({ hasText: change.title })).toHaveCount(1);
  }
  // The journeys' server has no FEEDBACK_CONTACT: the page says whom to tell instead, and links nowhere.
  const report = main.locator('h3#report-an-error + p');
  await expect(report).toHaveText(/^This copy of the module has no address for reports set up\./);
  await expect(report.getByRole('link')).toHaveCount(0);
});

test('/about lists every source of the study data once, the letter on the survey as its own entry', async ({
  page,
}) => {
  await page.goto('/about');
  const references = page.locator('section[aria-labelledby="references"] ol > li');
  await expect(references).toHaveCount(sourceList.length);
  for (const source of sourceList) {
    await expect(page.locator(`#ref-${source.id}`), source.id).toHaveCount(1);
  }
  const { pmcid } = study.publishedCritique;
  await expect(references.filter({ hasText: pmcid })).toHaveCount(1);
  await expect(references.filter({ hasText: pmcid })).toContainText('authors not confirmed');

  // A change's source takes the reader to its entry.
  await press(page.getByRole('link', { name: 'Greysen et al., JAMA 2012' }).first(), 'Enter');
  await expect(page).toHaveURL(/#ref-greysen-2012$/);
  await expect(page.locator('#ref-greysen-2012')).toBeInViewport();
  await expectNoAxeViolations(page);
});
