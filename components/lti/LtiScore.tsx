'use client';

import { useEffect, useRef, useState } from 'react';
import { useOpenedAssignment } from '@/components/assignment/useOpenedAssignment';
import { useProgress } from '@/components/progress/useProgress';
import { finalRules, gradeStoredAttempt, type LessonSlot } from '@/lib/assignments/final-rules';
import { readLtiSession } from './session';

type Status =
  | { kind: 'sending' }
  | { kind: 'delivered'; scorePct: number }
  | { kind: 'pending'; scorePct: number; nextTryAt: string; entry: string }
  | { kind: 'given_up'; scorePct: number; lastError: string }
  | { kind: 'refused'; message: string };

/**
 * In a tab launched from an LMS: once the last final-check attempt passes, sends it to the server, which
 * grades it again and posts the score to the LMS; says whether it arrived, will be retried, or was given up.
 */
export function LtiScore({ finalKey }: { finalKey: readonly LessonSlot[] }) {
  const { progress, hydrated } = useProgress();
  const assignment = useOpenedAssignment();
  const [status, setStatus] = useState<Status | null>(null);
  const sent = useRef<string | null>(null);
  const finalCheck = progress.finalCheck;
  const graded =
    hydrated && finalCheck ? gradeStoredAttempt(finalKey, finalCheck.answers, finalRules(assignment)) : null;
  const answers = graded?.passes ? graded.answers : null;
  const attempt = answers ? JSON.stringify(answers) : null;

  useEffect(() => {
    const session = readLtiSession();
    if (!session?.scores || !attempt || sent.current === attempt) return;
    sent.current = attempt;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = (body: Record<string, unknown>) => {
      const scorePct = Number(body.scorePct);
      if (body.status === 'delivered') setStatus({ kind: 'delivered', scorePct });
      else if (body.status === 'pending') {
        setStatus({
          kind: 'pending',
          scorePct,
          nextTryAt: String(body.nextTryAt),
          entry: String(body.entry),
        });
        timer = setTimeout(() => void poll(String(body.entry)), 5_000);
      } else if (body.status === 'given_up')
        setStatus({ kind: 'given_up', scorePct, lastError: String(body.lastError) });
      else setStatus({ kind: 'refused', message: String(body.error ?? 'The score could not be sent.') });
    };
    const poll = async (entry: string) => {
      try {
        const response = await fetch(
          `/lti/score?launch=${encodeURIComponent(session.launch)}&entry=${encodeURIComponent(entry)}`,
        );
        show((await response.json()) as Record<string, unknown>);
      } catch {
        timer = setTimeout(() => void poll(entry), 5_000);
      }
    };
    setStatus({ kind: 'sending' });
    fetch('/lti/score', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ launch: session.launch, answers: JSON.parse(attempt) }),
    })
      .then(async (response) => show((await response.json()) as Record<string, unknown>))
      .catch(() =>
        setStatus({
          kind: 'refused',
          message:
            'The module’s server did not answer, so your score was not sent. Reload the page to try again.',
        }),
      );
    return () => clearTimeout(timer);
  }, [attempt]);

  if (!status) return null;
  return (
    <div role="status" className="note">
      {status.kind === 'sending' && <p>Sending your score to your LMS…</p>}
      {status.kind === 'delivered' && (
        <p>Your score of {status.scorePct}% has reached your LMS’s gradebook.</p>
      )}
      {status.kind === 'pending' && (
        <p>
          Your LMS did not take your score of {status.scorePct}% yet. It is kept and sent again by itself
          (next try at {new Date(status.nextTryAt).toLocaleTimeString()}); you can close this page.
        </p>
      )}
      {status.kind === 'given_up' && (
        <p>
          Your score of {status.scorePct}% could not be sent to your LMS ({status.lastError}). Tell your
          instructor.
        </p>
      )}
      {status.kind === 'refused' && <p>{status.message}</p>}
    </div>
  );
}
