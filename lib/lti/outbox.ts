import 'server-only';
import type { OutboxEntry, Store } from '@/lib/store/store';
import { DeliveryError, postScore, type Score } from './ags';
import type { ToolKey } from './keys';

/*
 * Scores on their way to the platforms. A score is first written to the outbox (once per launch and attempt),
 * then sent; a failed try is retried after 30 s, doubling to at most an hour, 30 tries in all (about a day),
 * then given up — the learner's page and the log say so. Each try is claimed with FOR UPDATE SKIP LOCKED and
 * a lease, so of several instances one sends it, and it is marked delivered as soon as the platform accepted
 * it: a score is neither lost nor sent twice (short of an instance dying between the platform's answer and
 * that mark, when the platform, which keeps the latest score per user and line item, gets the same score again).
 */

export interface OutboxDeps {
  store: Store;
  toolKey: () => Promise<ToolKey>;
  fetch: typeof fetch;
  now: () => Date;
  log: (level: 'info' | 'warn' | 'error', message: string, fields?: Record<string, unknown>) => void;
  /** The first retry's delay (LTI_RETRY_BASE_SECONDS, default 30). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  maxTries?: number;
}

export const RETRY = { baseDelayMs: 30_000, maxDelayMs: 3_600_000, maxTries: 30, leaseMs: 120_000 };

/** The delay before try `tries + 1`, after `tries` failed ones. */
export function backoff(tries: number, base = RETRY.baseDelayMs, max = RETRY.maxDelayMs): number {
  return Math.min(max, base * 2 ** Math.max(0, tries - 1));
}

async function deliver(entry: OutboxEntry, deps: OutboxDeps): Promise<OutboxEntry['status']> {
  const { store } = deps;
  const maxTries = deps.maxTries ?? RETRY.maxTries;
  try {
    const launch = await store.launchById(entry.launchId, new Date(0));
    const platform = launch && (await store.platformById(launch.platformId));
    if (!launch?.lineItemUrl || !platform)
      throw new DeliveryError('the launch or its platform is gone', true);
    await postScore(
      platform,
      launch.lineItemUrl,
      entry.score as unknown as Score,
      await deps.toolKey(),
      deps.fetch,
      deps.now(),
    );
    await store.markDelivered(entry.id, deps.now());
    deps.log('info', 'lti: score delivered', { entry: entry.id, tries: entry.tries });
    return 'delivered';
  } catch (error) {
    const message =
      error instanceof DeliveryError ? error.message : `unexpected: ${(error as Error).message}`;
    const permanent = error instanceof DeliveryError && error.permanent;
    const giveUp = permanent || entry.tries >= maxTries;
    const next = giveUp
      ? null
      : new Date(
          deps.now().getTime() + backoff(entry.tries, deps.baseDelayMs, deps.maxDelayMs ?? RETRY.maxDelayMs),
        );
    await store.markFailed(entry.id, message, next, deps.now());
    deps.log(giveUp ? 'error' : 'warn', giveUp ? 'lti: score given up' : 'lti: score will be retried', {
      entry: entry.id,
      tries: entry.tries,
      error: message,
      ...(next ? { next: next.toISOString() } : {}),
    });
    return giveUp ? 'given_up' : 'pending';
  }
}

/** Sends what is due now (at most `limit`); returns how many were tried. */
export async function deliverDue(deps: OutboxDeps, limit = 20): Promise<number> {
  const due = await deps.store.claimDue(deps.now(), limit, RETRY.leaseMs);
  for (const entry of due) await deliver(entry, deps);
  return due.length;
}

/** Runs deliverDue every `intervalMs` until stopped; one round at a time. */
export function startOutbox(deps: OutboxDeps, intervalMs: number): { stop: () => Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const timer = setInterval(() => {
    running = running
      .then(() => (stopped ? 0 : deliverDue(deps)))
      .catch((error: unknown) =>
        deps.log('error', 'lti: outbox round failed', { error: (error as Error).message }),
      );
  }, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
