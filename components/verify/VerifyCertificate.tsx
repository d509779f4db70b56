'use client';

import { useEffect, useRef, useState } from 'react';
import { ISSUER_NAME, MODULE_TITLE } from '@/lib/certificates/constants';
import { formatDay } from '@/lib/dates/days';
import { tally } from '@/lib/grading/item-results';
import { KEYS_UNAVAILABLE, loadBrowserVerifier, type BrowserVerifier } from '@/lib/verify/browser';
import { INVALID_REASON_LABELS } from '@/lib/verify/reasons';
import type { Verification } from '@/lib/verify/types';
import styles from './verify.module.css';

type State =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'error'; message: string }
  | { kind: 'done'; result: Verification; source: string };

/** Checks a certificate in this browser: from its QR link, an uploaded PDF or credential file, or pasted text. */
export function VerifyCertificate() {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [pasted, setPasted] = useState('');
  const verdict = useRef<HTMLHeadingElement>(null);

  async function check(source: string, run: (verifier: BrowserVerifier) => Promise<Verification>) {
    setState({ kind: 'checking' });
    try {
      const result = await run(await loadBrowserVerifier());
      setState({ kind: 'done', result, source });
    } catch {
      setState({ kind: 'error', message: KEYS_UNAVAILABLE });
    }
  }

  useEffect(() => {
    if (state.kind === 'done' || state.kind === 'error') verdict.current?.focus();
  }, [state]);

  useEffect(() => {
    const fromLink = () => {
      if (/[#&]c=/.test(window.location.hash)) {
        const link = window.location.href;
        void check('the verification link', (verifier) => verifier.text(link));
      }
    };
    fromLink();
    window.addEventListener('hashchange', fromLink);
    return () => window.removeEventListener('hashchange', fromLink);
  }, []);

  function onFile(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    void check(`the file ${file.name}`, async (verifier) =>
      verifier.file(new Uint8Array(await file.arrayBuffer())),
    );
  }

  function onPaste(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void check('the pasted text', (verifier) => verifier.text(pasted));
  }

  return (
    <>
      <div className={styles.section}>
        <label htmlFor="certificate-file" className={styles.label}>
          Upload a certificate PDF or credential file (.json)
        </label>
        <input
          id="certificate-file"
          className={styles.file}
          type="file"
          accept=".pdf,.json,.jwt,.txt,application/pdf,application/json"
          onChange={onFile}
        />
      </div>
      <form className={styles.section} onSubmit={onPaste} aria-label="Check a pasted certificate code">
        <label htmlFor="certificate-text" className={styles.label}>
          Or paste a certificate code or verification link
        </label>
        <textarea
          id="certificate-text"
          className={styles.textarea}
          value={pasted}
          onChange={(event) => setPasted(event.target.value)}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
        />
        <div className="actions">
          <button type="submit" className="button">
            Check
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {state.kind === 'checking' && <p className="source">Checking the signature in this browser…</p>}
        {state.kind === 'error' && (
          <div className="notice" role="alert">
            {state.message}
          </div>
        )}
        {state.kind === 'done' && <Verdict ref={verdict} result={state.result} source={state.source} />}
      </div>
    </>
  );
}

function Verdict({
  result,
  source,
  ref,
}: {
  result: Verification;
  source: string;
  ref: React.Ref<HTMLHeadingElement>;
}) {
  if (!result.valid) {
    return (
      <div className={`${styles.verdict} ${styles.invalid}`}>
        <h2 ref={ref} tabIndex={-1}>
          Not valid: {INVALID_REASON_LABELS[result.reason]}
        </h2>
        <p>{result.message}</p>
        <p className="source">Checked: {source}.</p>
      </div>
    );
  }
  return (
    <div className={`${styles.verdict} ${styles.valid}`}>
      <h2 ref={ref} tabIndex={-1}>
        Valid certificate
      </h2>
      <p>Signed by this module’s published key. It was checked in this browser; nothing was sent anywhere.</p>
      <dl className={styles.details}>
        <dt>Name</dt>
        <dd dir="auto">{result.name}</dd>
        <dt>Module</dt>
        <dd>{MODULE_TITLE}</dd>
        <dt>Completed on</dt>
        <dd>{formatDay(result.date)}</dd>
        <dt>Final-check score</dt>
        <dd>{result.scorePct}%</dd>
        {result.precheck && (
          <>
            <dt>Pre-check before the lessons</dt>
            <dd>
              {tally(result.precheck).correct} of {tally(result.precheck).total} correct (not counted toward
              the score)
            </dd>
          </>
        )}
        {result.course && (
          <>
            <dt>Course</dt>
            <dd dir="auto">{result.course}</dd>
          </>
        )}
        {result.assignment && (
          <>
            <dt>Assignment</dt>
            <dd>
              {result.assignment.educatorName && (
                <>
                  set by <span dir="auto">{result.assignment.educatorName}</span>;{' '}
                </>
              )}
              {result.assignment.passMarkPct !== undefined && (
                <>
                  pass mark <span data-module-value="">{result.assignment.passMarkPct}%</span>;{' '}
                </>
              )}
              {result.assignment.due ? `due ${formatDay(result.assignment.due)}` : 'no due date'}
            </dd>
          </>
        )}
        {result.attitudes && (
          <>
            <dt>Attitude answers</dt>
            <dd>Shared by the learner (the class review shows them once five or more have shared)</dd>
          </>
        )}
        <dt>Issued by</dt>
        <dd>{result.issuer?.name ?? ISSUER_NAME}</dd>
        {result.credentialId && (
          <>
            <dt>Credential ID</dt>
            <dd className={styles.code}>{result.credentialId}</dd>
          </>
        )}
        <dt>Signing key</dt>
        <dd className={styles.code}>{result.kid}</dd>
      </dl>
      <p className="source">
        Checked: {source}.{' '}
        {result.kind === 'printed-claims'
          ? 'This is the summary the QR code carries; the full credential is attached to the certificate PDF.'
          : 'This is the full Open Badges 3.0 credential.'}
      </p>
    </div>
  );
}
