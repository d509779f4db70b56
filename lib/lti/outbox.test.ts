import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { finalSlots } from '@/content/questions/final';
import { createRateLimiter } from '@/lib/http/rate-limit';
import { pgliteSql } from '@/lib/store/sql';
import { createStore, type Launch, type Store } from '@/lib/store/store';
import { forgetTokens } from './ags';
import { loadToolKey, type ToolKey } from './keys';
import { generateToolJwk } from './tool-jwk';
import { backoff, deliverDue, RETRY } from './outbox';
import { handleScorePost, type ScoreDeps } from './score';
import { startTestPlatform, type TestPlatform } from './testing/platform';

let platform: TestPlatform;
let store: Store;
let toolKey: ToolKey;
// Real time, moved forward by the tests: the platform checks the tool's assertions against its own clock.
let clock = new Date();
const logs: { level: string; message: string }[] = [];
let deps: ScoreDeps;

beforeAll(async () => {
  store = await createStore(await pgliteSql());
  toolKey = await loadToolKey({
    env: { LTI_SIGNING_KEY: JSON.stringify(await generateToolJwk()) },
    dataDir: '/nonexistent',
    log: () => {},
  });
  platform = await startTestPlatform({ toolOrigin: 'http://localhost:3400' });
  platform.toolKeySet = { keys: [toolKey.publicJwk] };
  deps = {
    store,
    toolKey: async () => toolKey,
    fetch: (input, init) => fetch(input, init),
    now: () => clock,
    log: (level, message) => void logs.push({ level, message }),
    limiter: createRateLimiter({ burst: 1000, perMinute: 1000 }),
  };
}, 60_000);
afterAll(async () => {
  await platform?.stop();
  await store?.close();
});
beforeEach(() => {
  platform.received.scores.length = 0;
  platform.received.tokenRequests.length = 0;
  forgetTokens();
});

async function launch(lineItem = `${platform.origin}/lineitems/1?course=1`): Promise<Launch> {
  const p = await store.registerPlatform(
    {
      issuer: platform.issuer,
      clientId: platform.clientId,
      name: 'test',
      authUrl: `${platform.origin}/auth`,
      tokenUrl: `${platform.origin}/token`,
      jwksUrl: `${platform.origin}/jwks`,
    },
    [platform.deploymentId],
    clock,
  );
  return store.saveLaunch(
    {
      platformId: p.id,
      deploymentId: platform.deploymentId,
      userSub: 'learner-3',
      lineItemUrl: lineItem,
      canScore: true,
      assignment: null,
    },
    clock,
  );
}

/** One item of each slot, answered right (or wrong for the first `wrong` slots). */
function answers(wrong = 0): Record<string, number> {
  return Object.fromEntries(
    finalSlots.map((slot, i) => {
      const item = slot.items[0]!;
      return [item.id, i < wrong ? (item.answer + 1) % item.options.length : item.answer];
    }),
  );
}

const scorePost = (body: unknown) =>
  handleScorePost(
    new Request('http://localhost:3400/lti/score', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
    deps,
  );

describe('the outbox', () => {
  it('waits 30 s after the first failure, doubling to at most an hour', () => {
    expect([1, 2, 3, 4, 8, 30].map((t) => backoff(t))).toEqual([
      30_000, 60_000, 120_000, 240_000, 3_600_000, 3_600_000,
    ]);
  });

  it('sends a passed attempt at once: the platform gets the re-graded score for the learner', async () => {
    const l = await launch();
    const response = await scorePost({ launch: l.id, answers: answers() });
    expect(response.status).toBe(202);
    expect(await response.json()).toMatchObject({ status: 'delivered', scorePct: 100 });
    expect(platform.received.scores).toEqual([
      {
        lineItem: `${platform.origin}/lineitems/1?course=1`,
        body: expect.objectContaining({
          userId: 'learner-3',
          scoreGiven: 100,
          scoreMaximum: 100,
          gradingProgress: 'FullyGraded',
        }),
      },
    ]);
    // Sent again (a reload, a second tab): the same entry, nothing new at the platform.
    const again = await scorePost({ launch: l.id, answers: answers() });
    expect(again.status).toBe(200);
    expect(platform.received.scores).toHaveLength(1);
  });

  it('refuses a failed attempt with 422 and sends nothing', async () => {
    const l = await launch();
    const response = await scorePost({ launch: l.id, answers: answers(finalSlots.length) });
    expect(response.status).toBe(422);
    expect((await response.json()).error).toContain('below the pass mark');
    expect(platform.received.scores).toEqual([]);
  });

  it('keeps a score while the token endpoint fails and delivers it exactly once when it recovers', async () => {
    const l = await launch();
    platform.failTokens = 3;
    const first = await (await scorePost({ launch: l.id, answers: answers(1) })).json();
    expect(first).toMatchObject({
      status: 'pending',
      tries: 1,
      lastError: 'the token endpoint answered 503',
    });
    // Not due yet: nothing is tried.
    expect(await deliverDue(deps)).toBe(0);
    for (const tries of [1, 2, 3]) {
      clock = new Date(clock.getTime() + backoff(tries));
      expect(await deliverDue(deps)).toBe(1);
    }
    expect(platform.received.tokenRequests.map((r) => r.status)).toEqual([503, 503, 503, 200]);
    expect(platform.received.scores).toHaveLength(1);
    clock = new Date(clock.getTime() + RETRY.maxDelayMs * 2);
    expect(await deliverDue(deps)).toBe(0);
    expect(platform.received.scores).toHaveLength(1);
    expect((await store.outboxFor(l.id))[0]).toMatchObject({ status: 'delivered', tries: 4 });
  });

  it('gives up after the last try, and says so in the log', async () => {
    const l = await launch();
    platform.failTokens = 1000;
    await scorePost({ launch: l.id, answers: answers() });
    for (let i = 0; i < RETRY.maxTries; i++) {
      clock = new Date(clock.getTime() + RETRY.maxDelayMs);
      await deliverDue(deps);
    }
    platform.failTokens = 0;
    expect((await store.outboxFor(l.id))[0]).toMatchObject({ status: 'given_up', tries: RETRY.maxTries });
    expect(logs.some((l) => l.level === 'error' && l.message === 'lti: score given up')).toBe(true);
    expect(platform.received.scores).toEqual([]);
  });

  it('gives up at once when the line item is gone (404)', async () => {
    const l = await launch(`${platform.origin}/nothing/here`);
    const body = await (await scorePost({ launch: l.id, answers: answers() })).json();
    expect(body).toMatchObject({ status: 'given_up', lastError: 'the score endpoint answered 404' });
  });
});
