import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { finalSlots } from '../../content/questions/final';
import { completeLesson, setRole, startLesson, visitSection } from '../../lib/progress/actions';
import { decodeCompact, encodeCompact } from '../../lib/progress/compact';
import { emptyProgress } from '../../lib/progress/schema';
import { collectPageErrors, expectNoAxeViolations } from '../support/a11y';
import { answerPoll, takeEveryLesson } from '../support/course';
import { answerBankForm } from '../support/final';
import { expectAddress, press } from '../support/keyboard';
import { answerWhereYouStand } from '../support/start';
import { cmiOf, keptAtTheEnd, launch, lessonOrder, requestsElsewhere, sectionsOf } from './support';

const fixture = (name: string) =>
  readFileSync(path.join(__dirname, '..', '..', 'lib', 'progress', 'fixtures', name), 'utf8').trim();

test('a learner takes the whole course in a SCORM 1.2 LMS, fails the final check, passes it, and the LMS holds the result', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(15 * 60_000);
  const elsewhere = requestsElsewhere(page, baseURL!);
  const errors = collectPageErrors(page);
  const course = await launch(page, '1.2');

  await press(course.getByRole('link', { name: 'Start the module' }), 'Enter');
  await expectAddress(course, /#\/start$/);
  await answerWhereYouStand(course, 'Resident (physician in training)');
  expect((await cmiOf(page, '1.2')).cmi.core.lesson_status).toBe('incomplete');

  await takeEveryLesson(course);
  await answerPoll(course.getByRole('form'));
  await press(course.getByRole('button', { name: 'Save my answers' }), 'Enter');
  await press(course.getByRole('link', { name: 'Go to the final check' }), 'Enter');

  // A failed attempt is reported as incomplete (the package's default), with its score and items.
  const final = course.getByRole('form', { name: 'Final check' });
  const first = await answerBankForm(final, (_item, index) => index < 3);
  await press(final.getByRole('button', { name: 'Submit my answers' }), 'Enter');
  const failed = course.getByRole('heading', { name: new RegExp(`^3 of ${first.length} correct`) });
  await expect(failed).toBeFocused();
  const shownPct = (await failed.textContent())!.match(/\((\d+)%\)/)![1];
  let cmi = (await cmiOf(page, '1.2')).cmi;
  expect(cmi.core.lesson_status).toBe('incomplete');
  expect(cmi.core.score).toMatchObject({
    raw: shownPct,
    min: '0',
    max: '100',
  });
  expect(cmi.core.exit).toBe('suspend');

  await press(course.getByRole('button', { name: 'Try again' }), 'Enter');
  const second = await answerBankForm(final, () => true);
  await press(final.getByRole('button', { name: 'Submit my answers' }), 'Enter');
  await expect(course.getByRole('heading', { name: /^Passed:/ })).toBeFocused();
  cmi = (await cmiOf(page, '1.2')).cmi;
  expect(cmi.core.lesson_status).toBe('passed');
  expect(cmi.core.score.raw).toBe('100');
  expect(cmi.core.exit).toBe('');

  // One interaction per item of each attempt: its id, a choice, the learner's letter, and the result.
  const interactions = Object.values(cmi.interactions) as {
    id: string;
    type: string;
    result: string;
    student_response: string;
  }[];
  expect(interactions).toHaveLength(first.length + second.length);
  expect(interactions.map((i) => i.id)).toEqual([...first, ...second].map((item) => item.id));
  expect(new Set(interactions.map((i) => i.type))).toEqual(new Set(['choice']));
  expect(interactions.slice(0, 3).map((i) => i.result)).toEqual(['correct', 'correct', 'correct']);
  expect(interactions.slice(3, first.length).every((i) => i.result === 'wrong')).toBe(true);
  expect(interactions.slice(first.length).every((i) => i.result === 'correct')).toBe(true);
  expect(interactions.every((i) => /^[a-z]$/.test(i.student_response))).toBe(true);

  // The resume data a finished course writes fits SCORM 1.2's 4,096 characters.
  expect(cmi.suspend_data.length).toBeLessThanOrEqual(4096);
  const kept = decodeCompact(cmi.suspend_data);
  expect(kept.kind).toBe('ok');

  // Where the site offers the certificate, the package says the LMS holds the record.
  await press(course.getByRole('link', { name: 'See your record' }), 'Enter');
  await expect(course.getByRole('heading', { level: 1, name: 'Your record' })).toBeVisible();
  await expect(
    course.getByText('Your LMS now records this course as passed, with a score of 100 out of 100.'),
  ).toBeVisible();
  await expect(course.getByText(/does not issue a signed certificate/)).toBeVisible();
  await expectNoAxeViolations(course);

  // Leaving the course ends the session: the session time reaches the LMS (SCORM 1.2's HHHH:MM:SS.SS).
  await page.goto('/');
  const end = (await keptAtTheEnd(page, '1.2')).cmi;
  expect(end.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
  expect(end.core.session_time).not.toBe('00:00:00');
  expect(end.core.lesson_status).toBe('passed');
  expect(elsewhere).toEqual([]);
  expect(errors).toEqual([]);
});

test('in a SCORM 2004 LMS that sets its own passing score, the final check uses it, and completion and success are reported apart', async ({
  page,
  baseURL,
}) => {
  const elsewhere = requestsElsewhere(page, baseURL!);
  // Every lesson done earlier (the LMS's resume data), the final check still to take; the LMS passes at 50%.
  let progress = setRole(emptyProgress('2026-11-20T09:00:00.000Z'), 'MS');
  for (const slug of lessonOrder) progress = completeLesson(startLesson(progress, slug), slug);
  const course = await launch(page, '2004', {
    seed: { cmi: { suspend_data: encodeCompact(progress), scaled_passing_score: '0.5', entry: 'resume' } },
  });
  await expect(
    course.getByText(`${lessonOrder.length} of ${lessonOrder.length} lessons complete`),
  ).toBeVisible();

  await press(course.getByRole('link', { name: 'Lessons', exact: true }), 'Enter');
  await press(course.getByRole('link', { name: 'Your record' }), 'Enter');
  await expect(course.getByText(/the pass mark is 50%/)).toBeVisible();
  await press(course.getByRole('link', { name: 'Pass the final knowledge check' }), 'Enter');
  await expect(course.getByText(/You need 50% to pass unless your LMS sets another mark/)).toBeVisible();

  const final = course.getByRole('form', { name: 'Final check' });
  const wrongs = Math.ceil(finalSlots.length / 2) + 1;
  await answerBankForm(final, (_item, index) => index >= wrongs);
  await press(final.getByRole('button', { name: 'Submit my answers' }), 'Enter');
  await expect(
    course.getByRole('heading', { name: new RegExp(`^${finalSlots.length - wrongs} of`) }),
  ).toBeFocused();
  let cmi = (await cmiOf(page, '2004')).cmi;
  expect(cmi.completion_status).toBe('incomplete');
  expect(cmi.success_status).toBe('unknown');

  await press(course.getByRole('button', { name: 'Try again' }), 'Enter');
  const right = Math.ceil(finalSlots.length / 2); // above the LMS's 50%, below the build's 80%
  await answerBankForm(final, (_item, index) => index < right);
  await press(final.getByRole('button', { name: 'Submit my answers' }), 'Enter');
  const passed = course.getByRole('heading', { name: /^Passed:/ });
  await expect(passed).toBeFocused();
  const pct = Number((await passed.textContent())!.match(/\((\d+)%\)/)![1]);
  cmi = (await cmiOf(page, '2004')).cmi;
  expect(cmi.completion_status).toBe('completed');
  expect(cmi.success_status).toBe('passed');
  expect(cmi.score).toMatchObject({ raw: String(pct), min: '0', max: '100', scaled: String(pct / 100) });
  expect(cmi.progress_measure).toBe('1');
  expect(Object.values(cmi.interactions)).toHaveLength(2 * finalSlots.length);
  expect((Object.values(cmi.interactions)[0] as { learner_response: string }).learner_response).toMatch(
    /^[a-z]$/,
  );
  await expectNoAxeViolations(course);

  await page.goto('/');
  expect((await keptAtTheEnd(page, '2004')).cmi.session_time).toMatch(/^PT(\d+H)?(\d+M)?(\d+(\.\d+)?S)$/);
  expect(elsewhere).toEqual([]);
});

test('a learner who closes the course mid-lesson is brought back to the same place by the LMS, not by the browser', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  const course = await launch(page, '1.2');
  await press(course.getByRole('link', { name: 'Start the module' }), 'Enter');
  await answerWhereYouStand(course, 'Medical student');
  const poll = course
    .getByRole('form')
    .filter({ has: course.getByRole('button', { name: 'Save my answers' }) });
  await answerPoll(poll);
  await press(poll.getByRole('button', { name: 'Save my answers' }), 'Enter');
  await expect(course.getByRole('button', { name: 'Change my answers' }).first()).toBeVisible();

  // The learner closes the course; the LMS keeps the attempt. The browser's own copy is then cleared, so
  // only the LMS can bring the learner back.
  await page.goto('/');
  const kept = (await keptAtTheEnd(page, '1.2')).cmi;
  expect(kept.core.exit).toBe('suspend');
  expect(kept.core.lesson_location).toMatch(new RegExp(`^${lessonOrder[0]}`));
  await page.evaluate(() => localStorage.clear());

  const again = await launch(page, '1.2', { resume: true });
  await expectAddress(again, new RegExp(`#/lessons/${lessonOrder[0]}`));
  await expect(again.getByText(`Lesson 1 of ${lessonOrder.length}`)).toBeVisible();
  await expect(again.getByRole('button', { name: 'Change my answers' }).first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('a launch resumes from resume data the LMS was seeded with: the lesson and section the learner left', async ({
  page,
}) => {
  const [firstLesson, secondLesson] = lessonOrder;
  const section = sectionsOf(secondLesson!)[2]!;
  let progress = setRole(emptyProgress('2026-11-25T08:00:00.000Z'), 'RP');
  progress = completeLesson(startLesson(progress, firstLesson!), firstLesson!);
  progress = visitSection(startLesson(progress, secondLesson!), secondLesson!, section);
  const course = await launch(page, '1.2', {
    seed: {
      cmi: {
        suspend_data: encodeCompact(progress),
        core: { lesson_location: `${secondLesson}#${section}`, entry: 'resume' },
      },
    },
  });
  await expectAddress(course, new RegExp(`#/lessons/${secondLesson}#${section}$`));
  await expect(course.getByText(`Lesson 2 of ${lessonOrder.length}`)).toBeVisible();
  await expect(course.getByText(`1 of ${lessonOrder.length} lessons complete`)).toBeVisible();
  await expect(course.locator(`#${section}`)).toBeInViewport();
});

test('resume data written by the previous release (five lessons) still resumes: the sixth lesson is new, nothing is lost', async ({
  page,
}) => {
  const code = fixture('compact-v2-finished-course.txt');
  const course = await launch(page, '2004', { seed: { cmi: { suspend_data: code, entry: 'resume' } } });
  await expect(
    course.getByText(`${lessonOrder.length - 1} of ${lessonOrder.length} lessons complete`),
  ).toBeVisible();
  // The launch opens the learner's place: the lesson added since, which they have not done.
  await expect(course.getByText(`Lesson ${lessonOrder.length} of ${lessonOrder.length}`)).toBeVisible();
  await expectAddress(course, new RegExp(`#/lessons/${lessonOrder.at(-1)}$`));
  // The learner passed the final check then: the LMS hears it again.
  await press(course.getByRole('link', { name: 'Your record' }), 'Enter');
  await expect(course.getByRole('heading', { name: 'Passed' })).toBeVisible();
  const cmi = (await cmiOf(page, '2004')).cmi;
  expect(cmi.success_status).toBe('passed');
});

for (const refuse of ['commit', 'set'] as const) {
  test(`an LMS that ${refuse === 'commit' ? 'refuses to commit' : 'fails on every write'} loses nothing: a quiet notice, progress kept, sent again once it answers`, async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    const course = await launch(page, '1.2', { refuse });
    await press(course.getByRole('link', { name: 'Start the module' }), 'Enter');
    await answerWhereYouStand(course, 'Practicing physician');
    await expect(
      course.getByRole('status').filter({ hasText: 'Your LMS did not accept the latest save.' }),
    ).toBeVisible();
    await expect(course.getByRole('button', { name: 'Save my answers' })).toBeVisible();

    // The LMS answers again; the next step sends everything.
    await page.evaluate(() => delete (window as unknown as Record<string, unknown>).harnessRefuse);
    const poll = course
      .getByRole('form')
      .filter({ has: course.getByRole('button', { name: 'Save my answers' }) });
    await answerPoll(poll);
    await press(poll.getByRole('button', { name: 'Save my answers' }), 'Enter');
    await expect(course.getByText('Your LMS did not accept the latest save.')).toHaveCount(0);
    const kept = decodeCompact((await cmiOf(page, '1.2')).cmi.suspend_data);
    expect(kept).toMatchObject({ kind: 'ok', progress: { role: 'PP' } });
    expect(errors).toEqual([]);
  });
}

test('opened with no LMS at all, the package works on this browser alone and says no result is recorded', async ({
  page,
  baseURL,
}) => {
  const elsewhere = requestsElsewhere(page, baseURL!);
  const errors = collectPageErrors(page);
  await page.goto('/courses/2026-27/clerkship-block-3/mod/scorm/41/package-1.2/index.html');
  await press(page.getByRole('link', { name: 'Start the module' }), 'Enter');
  await answerWhereYouStand(page, 'Medical student');
  await page.reload();
  await expect(page.getByText(`Lesson 1 of ${lessonOrder.length}`)).toBeVisible();
  await press(page.getByRole('link', { name: 'Your record' }), 'Enter');
  await expect(
    page.getByText(/opened outside an LMS, so your progress is kept only in this browser/),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  expect(elsewhere).toEqual([]);
  expect(errors).toEqual([]);
});
