import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { lessonOrder } from '../content/lessons/order';
import { contentChanges, LAST_REVIEWED, MODULE_VERSION } from '../content/provenance';
import { formatDay } from '../lib/dates/days';
import { DEFAULT_PASS_MARK_PCT } from '../lib/grading/grade';
import { parseLessonSource } from '../lib/content/lesson-source';
import { collectPageErrors, expectNoAxeViolations } from './support/a11y';
import { press } from './support/keyboard';

/** The lessons as their frontmatter describes them: what the guide must show, never retyped. */
const lessons = lessonOrder.map((slug) =>
  parseLessonSource(
    slug,
    readFileSync(path.join(__dirname, '..', 'content', 'lessons', `${slug}.mdx`), 'utf8'),
  ),
);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('an educator finds the guide from the site navigation and reads it section by section', async ({
  page,
}) => {
  const errors = collectPageErrors(page);

  await page.goto('/');
  await press(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Educators' }),
    'Enter',
  );
  await expect(page).toHaveURL(/\/educators$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Educator’s guide' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Educators' }),
  ).toHaveAttribute('aria-current', 'page');

  const sections = page.getByRole('main').getByRole('heading', { level: 2 });
  for (const name of [
    'What the module covers',
    'Learning objectives, lesson by lesson',
    'Before a small-group session',
    /^A discussion plan for/,
    'Assigning the module',
    'Checking certificates',
    'Use it in your LMS',
    'Evaluating the module',
    'Learners’ privacy',
    'What the data can and cannot say',
    'Where the content comes from',
    /certificate of completion, not CME credit/,
  ]) {
    await expect(sections.filter({ hasText: name })).toHaveCount(1);
  }
  for (const level of ['Level 1: reaction', 'Level 2A: attitudes', 'Level 2B: knowledge']) {
    await expect(page.getByRole('heading', { level: 3, name: level })).toBeVisible();
  }

  // The contents take a keyboard user to a section.
  const contents = page.getByRole('navigation', { name: 'In this guide' });
  await press(contents.getByRole('link', { name: 'Checking certificates' }), 'Enter');
  await expect(page).toHaveURL(/#checking-certificates$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Checking certificates' })).toBeInViewport();

  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test('the guide shows each lesson’s time and objectives as the lessons themselves state them', async ({
  page,
}) => {
  await page.goto('/educators');
  const main = page.getByRole('main');

  for (const [index, lesson] of lessons.entries()) {
    const step = main.locator('.course-outline li').filter({
      has: page.getByRole('link', { name: `Lesson ${index + 1}: ${lesson.title}`, exact: true }),
    });
    await expect(step).toContainText(`about ${lesson.minutes} minutes`);

    const objectives = main.getByRole('region', { name: `Lesson ${index + 1}: ${lesson.title}` });
    await expect(objectives.getByRole('listitem')).toHaveText([...lesson.objectives]);

    // The discussion plan has a step for every lesson, named by its number and title, with its time.
    await expect(
      main.getByRole('heading', {
        level: 3,
        name: new RegExp(`^Lesson ${index + 1}: ${escapeRegExp(lesson.title)} \\d+ minutes`),
      }),
    ).toHaveCount(1);
  }
  const total = lessons.reduce((sum, lesson) => sum + lesson.minutes, 0);
  await expect(main.getByText(`take about ${total} minutes in all`)).toBeVisible();
});

test('the guide tells an educator which SCORM zip to upload, which LMS settings matter and what the gradebook shows', async ({
  page,
}) => {
  await page.goto('/educators');
  await press(
    page.getByRole('navigation', { name: 'In this guide' }).getByRole('link', { name: 'Use it in your LMS' }),
    'Enter',
  );
  await expect(page).toHaveURL(/#use-it-in-your-lms$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Use it in your LMS' })).toBeInViewport();

  // Everything between this section's heading and the next `##` heading.
  const section = page.locator(
    'xpath=//h2[@id="use-it-in-your-lms"]/following-sibling::*[preceding-sibling::h2[1][@id="use-it-in-your-lms"]]',
  );
  await expect(page.getByRole('heading', { level: 3 }).and(section)).toHaveText([
    'Which package to upload',
    'What the LMS receives',
    'Moodle',
    'Canvas',
    'Blackboard Learn',
    'What the gradebook will show',
  ]);

  // The command, the folder, both zips and the three build settings, written as code to type or look for.
  const code = section.locator('code');
  for (const literal of [
    'npm run build:scorm',
    'dist/scorm/',
    'friend-request-scorm-1.2.zip',
    'friend-request-scorm-2004.zip',
    'SCORM_PASS_MARK',
    'SCORM_MASTERY_SCORE=1',
    'SCORM_FAILED_STATUS=failed',
  ]) {
    await expect(code.filter({ hasText: new RegExp(`^${escapeRegExp(literal)}$`) })).toHaveCount(1);
  }
  // The package's default pass mark is the site's, read from the code that grades, never retyped.
  await expect(
    section.filter({ hasText: `Without it the pass mark is ${DEFAULT_PASS_MARK_PCT}%` }),
  ).toHaveCount(1);
  await expect(section.filter({ hasText: 'limit of 4,096 characters' })).toHaveCount(1);

  // The LMS settings that decide what the gradebook shows are named as each LMS labels them.
  const moodle = section.filter({ has: page.getByText('Grading method', { exact: true }) });
  for (const setting of [
    'Highest grade',
    'Maximum grade',
    'Current window',
    'New window',
    'Force new attempt',
    'Force completed',
    'Mastery score overrides status',
    'Require status',
    'Require minimum score',
  ]) {
    await expect(moodle.getByText(setting, { exact: true })).toHaveCount(1);
  }
  await expect(section.filter({ hasText: 'an administrator must enable' })).toHaveCount(1);
  await expect(section.getByText('Grade SCORM', { exact: true })).toHaveCount(1);
  await expect(section.getByText('Content Package (SCORM)', { exact: true })).toHaveCount(1);

  // Inside an LMS there is no signed certificate, and the guide says where learners get one.
  await expect(section.filter({ hasText: 'No signed certificate inside an LMS.' })).toContainText(
    'can take the hosted module and download one there',
  );
  await expectNoAxeViolations(page);
});

test('the guide links to the assignment builder, the class review, /verify and /data', async ({ page }) => {
  await page.goto('/educators');
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: 'assignment builder' })).toHaveAttribute(
    'href',
    '/educators/assign',
  );
  await expect(main.getByRole('link', { name: 'class review page' })).toHaveAttribute(
    'href',
    '/educators/review',
  );
  await expect(main.getByRole('link', { name: 'Verify a certificate' })).toHaveAttribute('href', '/verify');
  await expect(main.getByRole('link', { name: 'data page' })).toHaveAttribute('href', '/data');

  await press(main.getByRole('link', { name: 'assignment builder' }), 'Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Assign the module' })).toBeVisible();
});

test('printed, the guide leaves out the site’s controls and writes out where its links go', async ({
  page,
}) => {
  await page.goto('/educators');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });

  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  const assign = page.getByRole('main').getByRole('link', { name: 'assignment builder' });
  const printedAfter = await assign.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(printedAfter).toContain('/educators/assign');
  // Black on white even when the screen is in dark mode.
  const colours = await page
    .locator('body')
    .evaluate((body) => [getComputedStyle(body).color, getComputedStyle(body).backgroundColor]);
  expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
});

test('the guide gives the version and the last review, and sends error reports to /about', async ({
  page,
}) => {
  await page.goto('/educators');
  const main = page.getByRole('main');
  await expect(main).toContainText(`This is version ${MODULE_VERSION} of the module.`);
  await expect(main).toContainText(`last checked against its sources on ${formatDay(LAST_REVIEWED)}`);
  for (const change of contentChanges) {
    await expect(main.getByRole('listitem').filter({ hasText: change.title })).toHaveCount(1);
  }

  await press(main.getByRole('link', { name: 'Report an error' }), 'Enter');
  await expect(page).toHaveURL(/\/about#report-an-error$/);
  await expect(page.getByRole('heading', { level: 3, name: 'Report an error' })).toBeInViewport();
});

test('the home page points educators to the guide', async ({ page }) => {
  await page.goto('/');
  await press(page.getByRole('main').getByRole('link', { name: 'educator’s guide' }), 'Enter');
  await expect(page).toHaveURL(/\/educators$/);
});
