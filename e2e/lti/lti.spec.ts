import { expect, test, type Page } from '@playwright/test';
import { lessonOrder } from '../../content/lessons/order';
import { finalSlots } from '../../content/questions/final';
import { startTestPlatform, type TestPlatform } from '../../lib/lti/testing/platform';
import { expectNoAxeViolations } from '../support/a11y';
import { answerPoll, takeEveryLesson } from '../support/course';
import { answerBankForm } from '../support/final';
import { press } from '../support/keyboard';
import { LTI_PLATFORM_PORT, PORT } from '../support/ports';
import { answerWhereYouStand } from '../support/start';

/*
 * The module as an LTI 1.3 tool, with a test platform (lib/lti/testing/platform.ts) playing the LMS on the
 * next port: registration, an instructor adding the module by deep linking, learners launching it inside the
 * LMS's frame (another site, third-party cookies blocked) and their scores arriving at the line item, and
 * the launches the tool must refuse.
 */

const TOOL = `http://localhost:${PORT}`;
let platform: TestPlatform;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  platform = await startTestPlatform({ port: LTI_PLATFORM_PORT, toolOrigin: TOOL });
});
test.afterAll(async () => platform?.stop());

const tool = (page: Page) => page.frameLocator('iframe[name="tool"]');

/** An assignment link's token, made by the module's own endpoint, as the builder makes it. */
async function assignmentToken(page: Page, lessons: readonly string[]): Promise<string> {
  const response = await page.request.post(`${TOOL}/api/assignments`, {
    data: {
      course: 'Ethics 101',
      educatorName: 'Dr. Lee',
      educatorContact: 'lee@school.example',
      passMarkPct: 80,
      due: '',
      lessons,
      shareAttitudes: false,
    },
  });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

test('an administrator registers the tool by pasting one URL into the LMS', async ({ page }) => {
  await page.goto(`${platform.origin}/admin/register`);
  const frame = page.frameLocator('iframe[title="Tool registration"]');
  await expect(frame.getByRole('heading', { name: 'The tool is registered' })).toBeVisible();
  await expect(
    frame.getByText(`client ${platform.clientId}, deployment ${platform.deploymentId}`),
  ).toBeVisible();
  await expect(page.getByText('The tool closed the registration.')).toBeVisible();
  expect(platform.received.registrations).toEqual([
    expect.objectContaining({
      initiate_login_uri: `${TOOL}/lti/login`,
      jwks_uri: `${TOOL}/.well-known/jwks.json`,
    }),
  ]);
});

test('an instructor adds the module with the assignment builder; the LMS gets a graded resource link', async ({
  page,
}) => {
  platform.plan = { messageType: 'LtiDeepLinkingRequest', sub: 'instructor-1', roles: ['Instructor'] };
  await page.goto(`${platform.origin}/course?as=instructor`);
  const frame = tool(page);
  await expect(frame.getByRole('heading', { name: 'Add the module to your course' })).toBeVisible();
  await frame.getByLabel('Course name').fill('Ethics 101');
  await frame.getByLabel('Your name').fill('Dr. Lee');
  await frame.getByLabel('How learners can reach you').fill('lee@school.example');
  await frame.getByLabel('Pass mark (%)').fill('75');
  await press(frame.getByRole('button', { name: 'Make the link' }), 'Enter');
  await expect(frame.getByText(/Ready to add Ethics 101: pass mark 75%/)).toBeVisible();
  await press(frame.getByRole('button', { name: 'Add to the course' }), 'Enter');
  await expect(frame.getByRole('heading', { name: 'Activity added' })).toBeVisible();

  const [answer] = platform.received.deepLinks;
  expect(answer!['https://purl.imsglobal.org/spec/lti/claim/message_type']).toBe('LtiDeepLinkingResponse');
  expect(answer!['https://purl.imsglobal.org/spec/lti-dl/claim/content_items']).toEqual([
    expect.objectContaining({
      type: 'ltiResourceLink',
      url: `${TOOL}/lti/launch`,
      lineItem: expect.objectContaining({ scoreMaximum: 100 }),
      custom: expect.objectContaining({ fr_pass_mark: '75', fr_lessons: lessonOrder.join(',') }),
    }),
  ]);
});

/**
 * A learner launches the activity in the LMS's frame. The launch passes through the platform's storage
 * (cookies are blocked there); the frame may not keep the course's progress either (third-party storage is
 * blocked too), so the learner continues in a window of the module's own, which the launch goes with.
 */
async function launchInFrame(page: Page, sub: string, lessons: readonly string[]): Promise<Page> {
  const token = await assignmentToken(page, lessons);
  platform.plan = {
    messageType: 'LtiResourceLinkRequest',
    sub,
    roles: ['Learner'],
    custom: { fr_assignment: token },
  };
  await page.goto(`${platform.origin}/course?as=${sub}`);
  const frame = tool(page);
  await expect(frame.getByRole('heading', { name: 'Opened from your LMS' })).toBeVisible();
  await expect(frame.getByText('You opened Friend Request? from test-platform.')).toBeVisible();
  await expectNoAxeViolations(page);
  // A new window with no opener (the link's target=_blank): the context's page, not this page's popup.
  const [popup] = await Promise.all([
    page.context().waitForEvent('page'),
    press(frame.getByRole('link', { name: 'Continue in a new window' }), 'Enter'),
  ]);
  await expect(popup.getByText('You opened Friend Request? from test-platform.')).toBeVisible();
  await expectNoAxeViolations(popup);
  await press(popup.getByRole('link', { name: 'Start the module' }), 'Enter');
  await expect(
    popup.getByRole('heading', { name: 'You are taking this module for an assignment' }),
  ).toBeVisible();
  return popup;
}

async function passFinalCheck(popup: Page, slots: number) {
  await expect(popup).toHaveURL(/\/final$/);
  const final = popup.getByRole('form', { name: 'Final check' });
  expect(await answerBankForm(final, () => true)).toHaveLength(slots);
  await press(final.getByRole('button', { name: 'Submit my answers' }), 'Enter');
  await expect(popup.getByRole('heading', { name: /^Passed:/ })).toBeFocused();
}

test('a learner launches inside the LMS, completes the course, and the score arrives at the line item', async ({
  page,
}) => {
  test.setTimeout(5 * 60_000);
  const popup = await launchInFrame(page, 'learner-1', lessonOrder);
  await answerWhereYouStand(popup, 'Practicing physician');
  await takeEveryLesson(popup);
  await answerPoll(popup.getByRole('form'));
  await press(popup.getByRole('button', { name: 'Save my answers' }), 'Enter');
  await press(popup.getByRole('link', { name: 'Go to the final check' }), 'Enter');
  await passFinalCheck(popup, finalSlots.length);
  await expect(popup.getByText('Your score of 100% has reached your LMS’s gradebook.')).toBeVisible();
  await expectNoAxeViolations(popup);
  expect(platform.received.scores).toEqual([
    {
      lineItem: `${platform.origin}/lineitems/1?course=1`,
      body: expect.objectContaining({
        userId: 'learner-1',
        scoreGiven: 100,
        scoreMaximum: 100,
        activityProgress: 'Completed',
        gradingProgress: 'FullyGraded',
      }),
    },
  ]);
});

test('the token endpoint fails for a while, and the score still arrives exactly once', async ({ page }) => {
  platform.received.scores.length = 0;
  platform.received.tokenRequests.length = 0;
  platform.failTokens = 3;
  // The token the tool holds from the last score is refused (rotated), and new ones fail three times.
  platform.revokeTokens();
  const popup = await launchInFrame(page, 'learner-2', [lessonOrder[0]!]);
  await popup.goto('/final');
  await passFinalCheck(popup, finalSlots.filter((slot) => slot.lesson === lessonOrder[0]).length);
  await expect(popup.getByText(/Your LMS did not take your score of 100% yet/)).toBeVisible();
  await expect(popup.getByText('Your score of 100% has reached your LMS’s gradebook.')).toBeVisible({
    timeout: 30_000,
  });
  // A reload sends the same attempt again: the outbox has it already, the platform gets nothing new.
  await popup.reload();
  await expect(popup.getByText('Your score of 100% has reached your LMS’s gradebook.')).toBeVisible();
  expect(platform.received.scores.filter((s) => s.body.userId === 'learner-2')).toHaveLength(1);
  expect(platform.received.tokenRequests.filter((r) => r.status === 503)).toHaveLength(3);
});

test('where the LMS offers no storage and cookies are blocked, the activity opens in a new window', async ({
  page,
}) => {
  platform.offerStorage = false;
  platform.plan = { messageType: 'LtiResourceLinkRequest', sub: 'learner-3', roles: ['Learner'] };
  try {
    await page.goto(`${platform.origin}/course?as=learner-3`);
    const open = tool(page).getByRole('link', { name: 'Open the activity in a new window' });
    await expect(open).toBeVisible();
    const [popup] = await Promise.all([page.waitForEvent('popup'), press(open, 'Enter')]);
    await expect(popup.getByRole('heading', { name: 'Opened from your LMS' })).toBeVisible();
    await expect(popup.getByText(/Your LMS did not give|your score is sent/)).toBeVisible();
  } finally {
    platform.offerStorage = true;
  }
});

for (const [kind, status, heading] of [
  ['replayed', 401, 'This launch was already used'],
  ['expired', 401, 'This launch has expired'],
  ['forged', 401, 'This launch is not signed by your LMS'],
  ['foreign', 401, 'This LMS is not registered with the tool'],
] as const) {
  test(`${kind === 'expired' ? 'an' : 'a'} ${kind} id_token gets a clear page with ${status}`, async ({
    page,
  }) => {
    const claims = {
      sub: 'x',
      nonce: 'n',
      'https://purl.imsglobal.org/spec/lti/claim/version': '1.3.0',
      'https://purl.imsglobal.org/spec/lti/claim/message_type': 'LtiResourceLinkRequest',
      'https://purl.imsglobal.org/spec/lti/claim/deployment_id': platform.deploymentId,
    };
    let fields: { id_token: string; state: string };
    if (kind === 'replayed') {
      // A real launch's own form, posted a second time.
      platform.plan = { messageType: 'LtiResourceLinkRequest', sub: 'learner-4', roles: [] };
      const login = await page.request.post(`${TOOL}/lti/login`, {
        form: {
          iss: platform.issuer,
          login_hint: 'l',
          target_link_uri: `${TOOL}/lti/launch`,
          client_id: platform.clientId,
        },
      });
      const auth = JSON.parse(/const auth=("[^"]+")/.exec(await login.text())![1]!) as string;
      const html = await (await page.request.get(auth)).text();
      const field = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(html)![1]!;
      fields = { id_token: field('id_token'), state: field('state') };
      await page.request.post(`${TOOL}/lti/launch`, { form: fields });
    } else if (kind === 'expired') {
      fields = { id_token: await platform.idToken(claims, { expSeconds: -600 }), state: 's' };
    } else if (kind === 'forged') {
      const { generateKeyPair } = await import('jose');
      fields = {
        id_token: await platform.idToken(claims, { key: (await generateKeyPair('RS256')).privateKey }),
        state: 's',
      };
    } else {
      fields = {
        id_token: await platform.idToken({ ...claims, iss: 'https://foreign.example' }),
        state: 's',
      };
    }
    await page.goto(`${platform.origin}/admin/register`);
    const answered = page.waitForResponse(`${TOOL}/lti/launch`);
    await page.evaluate(
      ({ action, fields }) => {
        const form = document.createElement('form');
        form.method = 'post';
        form.action = action;
        for (const [name, value] of Object.entries(fields)) {
          const input = document.createElement('input');
          input.type = 'hidden';
          input.name = name;
          input.value = value;
          form.append(input);
        }
        document.body.append(form);
        form.submit();
      },
      { action: `${TOOL}/lti/launch`, fields },
    );
    expect((await answered).status()).toBe(status);
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
