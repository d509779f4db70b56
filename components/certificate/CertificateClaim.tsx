'use client';

import { useState } from 'react';
import { useProgress } from '@/components/progress/useProgress';
import { lessonStatus } from '@/lib/progress/selectors';
import { CertificatePreview } from './CertificatePreview';
import type { IssuedCertificate } from './issued';
import { MissingSteps, type LessonLink } from './MissingSteps';
import { NameForm } from './NameForm';

type Request =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'failed'; message: string }
  | { kind: 'issued'; issued: IssuedCertificate };

const focusOnMount = (element: HTMLElement | null) => element?.focus();

/** After a pass: the name form, then the signed certificate. Before: what is still missing. */
export function CertificateClaim({ lessons }: { lessons: readonly LessonLink[] }) {
  const { progress, hydrated } = useProgress();
  const [request, setRequest] = useState<Request>({ kind: 'idle' });
  const [name, setName] = useState('');

  if (!hydrated) return <p className="source">Checking your progress in this browser…</p>;

  const finalCheck = progress.finalCheck;
  if (!finalCheck?.passed) {
    const incomplete = lessons.filter((lesson) => lessonStatus(progress, lesson.slug) !== 'completed');
    return <MissingSteps lessons={incomplete} finalCheck={finalCheck} />;
  }

  async function sign(printedName: string) {
    setName(printedName);
    setRequest({ kind: 'sending' });
    let response: Response;
    try {
      response = await fetch('/api/certificates', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: printedName, answers: finalCheck!.answers }),
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
      <p>
        You passed the final knowledge check. Type your name as it should print; the server grades your
        answers again, signs the certificate, and this browser makes the PDF.
      </p>
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
