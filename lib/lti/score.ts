import 'server-only';
import { createHash } from 'node:crypto';
import { finalSlots } from '@/content/questions/final';
import type { Assignment } from '@/lib/assignments/assignment';
import { finalRules, gradeForm } from '@/lib/assignments/final-rules';
import { clientAddress } from '@/lib/http/client';
import type { RateLimiter } from '@/lib/http/rate-limit';
import { readJsonBody } from '@/lib/http/read-body';
import { json } from '@/lib/http/response';
import { MAX_ANSWERS } from '@/lib/certificates/request';
import type { OutboxEntry, Store } from '@/lib/store/store';
import type { Score } from './ags';
import { deliverDue, type OutboxDeps } from './outbox';

/*
 * POST /lti/score {launch, answers}: a launched learner passed the final check. The server grades the
 * answers again exactly as for a certificate (the launch's assignment, `gradeForm`: a whole form of its
 * lessons, at its pass mark), queues the score in the outbox and tries to send it at once. GET
 * /lti/score?launch=…&entry=… says where it is: delivered, pending (with the next try) or given up.
 */

export interface ScoreDeps extends OutboxDeps {
  store: Store;
  limiter: RateLimiter;
}

const isAnswers = (value: unknown): value is Record<string, number> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length <= MAX_ANSWERS &&
  Object.values(value).every((v) => Number.isInteger(v) && v >= 0 && v < 100);

function view(entry: OutboxEntry) {
  return {
    entry: entry.id,
    status: entry.status,
    tries: entry.tries,
    ...(entry.status === 'pending' ? { nextTryAt: entry.nextTryAt.toISOString() } : {}),
    ...(entry.lastError ? { lastError: entry.lastError } : {}),
    scorePct: (entry.score as { scoreGiven?: number }).scoreGiven,
  };
}

export async function handleScorePost(request: Request, deps: ScoreDeps): Promise<Response> {
  const take = await deps.limiter.take(clientAddress(request));
  if (!take.ok) {
    return json(
      429,
      { error: `Too many score requests. Try again in ${take.retryAfterSeconds} seconds.` },
      { 'retry-after': String(take.retryAfterSeconds) },
    );
  }
  const body = await readJsonBody(request, 16 * 1024);
  if (!body.ok) return json(body.status, { error: body.message });
  const { launch: launchId, answers } = (body.value ?? {}) as { launch?: unknown; answers?: unknown };
  if (typeof launchId !== 'string' || !isAnswers(answers)) {
    return json(400, {
      error: 'Send {launch, answers}: the launch id and the final check’s answers by item id.',
    });
  }
  const now = deps.now();
  const launch = await deps.store.launchById(launchId, now);
  if (!launch)
    return json(404, {
      error: 'This launch is unknown or has expired. Open the activity from your LMS again.',
    });
  if (!launch.canScore || !launch.lineItemUrl) {
    return json(409, {
      error: 'Your LMS did not give this activity a grade column, so there is no score to send.',
    });
  }
  const assignment = (launch.assignment as { assignment?: Assignment } | null)?.assignment ?? null;
  const graded = gradeForm(finalSlots, answers, finalRules(assignment));
  if (!graded.ok) return json(422, { error: graded.message });
  if (!graded.result.passed) {
    return json(422, {
      error: `This attempt scores ${graded.result.scorePct}%, below the pass mark of ${finalRules(assignment).passMarkPct}%: only a pass is sent to your LMS.`,
    });
  }
  const canonical = JSON.stringify(Object.entries(answers).sort(([a], [b]) => (a < b ? -1 : 1)));
  const attemptKey = createHash('sha256').update(canonical).digest('base64url');
  const score: Score = {
    userId: launch.userSub,
    scoreGiven: graded.result.scorePct,
    scoreMaximum: 100,
    activityProgress: 'Completed',
    gradingProgress: 'FullyGraded',
    timestamp: now.toISOString(),
  };
  const { entry, created } = await deps.store.enqueueScore({
    launchId,
    attemptKey,
    score: { ...score },
    now,
  });
  if (created) await deliverDue(deps);
  const current = (await deps.store.outboxEntry(entry.id)) ?? entry;
  return json(created ? 202 : 200, view(current));
}

export async function handleScoreGet(request: Request, deps: ScoreDeps): Promise<Response> {
  const query = new URL(request.url).searchParams;
  const launchId = query.get('launch') ?? '';
  const entryId = query.get('entry') ?? '';
  const entry = await deps.store.outboxEntry(entryId);
  if (!entry || entry.launchId !== launchId) return json(404, { error: 'No such score for this launch.' });
  return json(200, view(entry));
}
