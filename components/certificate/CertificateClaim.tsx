'use client';

import { useState } from 'react';
import { focusOnMount } from '@/components/dom/focus-on-mount';
import { AssignmentCard, type LessonTitle } from '@/components/assignment/AssignmentCard';
import { useOpenedAssignment } from '@/components/assignment/useOpenedAssignment';
import { useProgress } from '@/components/progress/useProgress';
import { attitudesFromPolls } from '@/lib/assignments/attitudes';
import { finalRules, gradeStoredAttempt, type LessonSlot } from '@/lib/assignments/final-rules';
import { gradePrecheck } from '@/lib/grading/precheck';
import { lessonStatus } from '@/lib/progress/selectors';
import { CertificatePreview } from './CertificatePreview';
import type { IssuedCertificate } from './issued';
import { MissingSteps } from './MissingSteps';
import { NameForm } from './NameForm';
import { ShareAttitudes } from './ShareAttitudes';

type Request =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'failed'; message: string }
  | { kind: 'issued'; issued: IssuedCertificate };

/**
 * After a pass: the name form (and, when the assignment invites it, the opt-in to share attitude answers),
 * then the signed certificate. Before: what is still missing. The last final-check answers are graded here
 * as the server will grade them: for the assignment's lessons, at its pass mark.
 */
export function CertificateClaim({
  lessons,
  finalKey,
}: {
  lessons: readonly LessonTitle[];
  /** The final check's slots as grading needs them (keys, no wording). */
  finalKey: readonly LessonSlot[];
}) {
  const { progress, hydrated } = useProgress();
  const [request, setRequest] = useState<Request>({ kind: 'idle' });
  const [name, setName] = useState('');
  const [share, setShare] = useState(false);
  const assignment = useOpenedAssignment();
  const token = progress.assignment?.token;

  if (!hydrated) return <p className="source">Checking your progress in this browser…</p>;

  const rules = finalRules(assignment);
  const finalCheck = progress.finalCheck;
  // The last attempt read against these rules: answers to lessons they do not ask are set aside, and a
  // slot it left out (a lesson added since) counts as unanswered, so it passes only as a whole form would.
  const graded = finalCheck ? gradeStoredAttempt(finalKey, finalCheck.answers, rules) : null;
  const result = graded?.result ?? null;
  const card = <AssignmentCard lessons={lessons} />;
  if (!finalCheck || !graded?.passes) {
    const incomplete = lessons.filter(
      (lesson) =>
        (rules.lessons as readonly string[]).includes(lesson.slug) &&
        lessonStatus(progress, lesson.slug) !== 'completed',
    );
    return (
      <>
        {card}
        <MissingSteps
          lessons={incomplete}
          last={
            result && finalCheck
              ? {
                  scorePct: result.scorePct,
                  passedBefore: !!finalCheck.firstPass,
                  unanswered: graded!.unanswered,
                }
              : null
          }
          passMarkPct={rules.passMarkPct}
        />
      </>
    );
  }

  // The pre-check, when it was taken, goes with the request as the server would accept it (a set it no
  // longer would, say after a change to the bank, is left out rather than costing the certificate).
  const precheckAnswers = progress.precheck?.answers ?? {};
  const precheck = Object.keys(precheckAnswers).length > 0 ? gradePrecheck(finalKey, precheckAnswers) : null;
  const attitudes = attitudesFromPolls(progress.polls);
  const canShare = assignment?.shareAttitudes === true && Object.keys(attitudes).length > 0;

  async function sign(printedName: string) {
    setName(printedName);
    setRequest({ kind: 'sending' });
    let response: Response;
    try {
      response = await fetch('/api/certificates', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          name: printedName,
          answers: graded!.answers,
          ...(precheck?.ok ? { precheck: precheckAnswers } : {}),
          ...(token ? { assignment: token } : {}),
          ...(canShare && share ? { attitudes } : {}),
        }),
      });
    } catch {
      setRequest({
        kind: 'failed',
        message: 'The server could not be reached. Check your connection and try again.',
      });
      return;
    }
    const body = (await response.json().catch(() => null)) as (IssuedCertificate & { error?: string }) | null;
    if (!response.ok || !body || body.error) {
      setRequest({
        kind: 'failed',
        message:
          body?.error ?? `The server could not sign the certificate (${response.status}). Try again later.`,
      });
      return;
    }
    setRequest({ kind: 'issued', issued: body });
  }

  return (
    <>
      {card}
      <p>
        You passed the final knowledge check. Type your name as it should print; the server grades your
        answers again, signs the certificate, and this browser makes the PDF.
        {precheck?.ok && (
          <>
            {' '}
            It also records your pre-check before the lessons ({precheck.result.correct} of{' '}
            {precheck.result.total} correct) beside your score, by question, without your answers.
          </>
        )}
      </p>
      {assignment?.shareAttitudes && (
        <ShareAttitudes assignment={assignment} attitudes={attitudes} checked={share} onChange={setShare} />
      )}
      <NameForm onSubmit={sign} busy={request.kind === 'sending'} defaultName={name} />
      {request.kind === 'failed' && (
        <p className="notice" role="alert">
          {request.message}
        </p>
      )}
      {request.kind === 'issued' && (
        <div ref={focusOnMount} tabIndex={-1}>
          <CertificatePreview key={request.issued.credentialId} issued={request.issued} />
        </div>
      )}
    </>
  );
}
