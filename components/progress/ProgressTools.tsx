'use client';

import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { focusOnMount } from '@/components/dom/focus-on-mount';
import { DownloadProgressButton, DownloadUnreadableCopyButton } from '@/components/progress/DownloadButtons';
import { useProgress } from '@/components/progress/useProgress';
import type { Progress } from '@/lib/progress/schema';
import { checkImportSize, describeProgress, readImport } from '@/lib/progress/transfer';

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeStyle: 'short' });
const formatDate = (iso: string) => dateFormat.format(new Date(iso));

type Step =
  /** `focus`: where focus returns after a cancelled confirmation. */
  | { kind: 'idle'; focus?: 'reset' }
  | { kind: 'confirm-import'; fileName: string; progress: Progress }
  | { kind: 'confirm-reset' }
  | { kind: 'done'; where: 'import' | 'reset'; message: string };

/** What is kept in this browser, and the learner's tools for it: download, bring back, delete. */
export function ProgressTools({ lessonSlugs }: { lessonSlugs: readonly string[] }) {
  const { progress, hydrated, status, replace, reset, unreadableCopy } = useProgress();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [importError, setImportError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const ids = useId();

  useEffect(() => {
    if (step.kind === 'idle' && step.focus === 'reset') resetButton.current?.focus();
  }, [step]);

  if (!hydrated) {
    return <p className="lede">Reading your progress in this browser…</p>;
  }

  const copy = unreadableCopy();

  async function onFileChosen(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setStep({ kind: 'idle' });
    setImportError(null);
    if (!file) return;
    const sizeProblem = checkImportSize(file.size);
    if (sizeProblem) {
      setImportError(sizeProblem);
      clearFile();
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setImportError('This file could not be opened. Nothing was changed.');
      return;
    }
    const result = readImport(text);
    if (result.kind === 'problem') {
      setImportError(result.message);
      clearFile(); // So that choosing the same file again, once fixed, is read again.
    } else {
      setStep({ kind: 'confirm-import', fileName: file.name, progress: result.progress });
    }
  }

  function clearFile() {
    if (fileInput.current) fileInput.current.value = '';
  }

  function confirmImport(imported: Progress) {
    replace(imported);
    clearFile();
    setStep({ kind: 'done', where: 'import', message: 'Your progress has been brought back from the file.' });
  }

  function cancelImport() {
    clearFile();
    setStep({ kind: 'idle' });
    fileInput.current?.focus();
  }

  function confirmReset() {
    reset();
    setStep({ kind: 'done', where: 'reset', message: 'Your progress has been deleted from this browser.' });
  }

  function cancelReset() {
    setStep({ kind: 'idle', focus: 'reset' });
  }

  const done = (where: 'import' | 'reset') =>
    step.kind === 'done' && step.where === where ? (
      <p className="progress-tools__done" role="status" tabIndex={-1} ref={focusOnMount}>
        {step.message}
      </p>
    ) : null;

  return (
    <div className="progress-tools">
      <section aria-labelledby={`${ids}-kept`}>
        <h2 id={`${ids}-kept`}>What is kept in this browser</h2>
        <p>{status.persistent ? 'Saved in this browser as you go.' : status.problem?.message}</p>
        <ul>
          {describeProgress(progress, lessonSlugs, formatDate).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby={`${ids}-export`}>
        <h2 id={`${ids}-export`}>Download a copy</h2>
        <p>
          A file with your answers, reflections and place in the lessons, to keep or to bring to another
          browser. It holds your own words, so keep it private.
        </p>
        <DownloadProgressButton progress={progress} />
      </section>

      <section aria-labelledby={`${ids}-import`}>
        <h2 id={`${ids}-import`}>Bring back a copy</h2>
        <p>Choose a file you downloaded here before. You will see what it holds before anything changes.</p>
        <label htmlFor={`${ids}-file`} className="progress-tools__file-label">
          Progress file (.json)
        </label>
        <input
          id={`${ids}-file`}
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          aria-describedby={importError ? `${ids}-import-error` : undefined}
          onChange={(event) => void onFileChosen(event)}
        />
        {importError && (
          <p className="field-error" id={`${ids}-import-error`} role="alert">
            {importError}
          </p>
        )}
        {step.kind === 'confirm-import' && (
          <div className="block" role="group" aria-labelledby={`${ids}-import-confirm`}>
            <h3 id={`${ids}-import-confirm`} tabIndex={-1} ref={focusOnMount}>
              Replace your progress with this file?
            </h3>
            <p>“{step.fileName}” holds:</p>
            <ul>
              {describeProgress(step.progress, lessonSlugs, formatDate).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <p>It replaces everything kept in this browser now.</p>
            <div className="actions">
              <button type="button" className="button" onClick={() => confirmImport(step.progress)}>
                Replace my progress
              </button>
              <button type="button" className="button button--quiet" onClick={cancelImport}>
                Cancel
              </button>
            </div>
          </div>
        )}
        {done('import')}
      </section>

      <section aria-labelledby={`${ids}-reset`}>
        <h2 id={`${ids}-reset`}>Start over</h2>
        <p>
          Deletes your answers, reflections and place in the lessons from this browser. Download a copy first
          if you may want them back.
        </p>
        {step.kind === 'confirm-reset' ? (
          <div className="block" role="group" aria-labelledby={`${ids}-reset-confirm`}>
            <h3 id={`${ids}-reset-confirm`} tabIndex={-1} ref={focusOnMount}>
              Delete all your progress in this browser?
            </h3>
            <p>This cannot be undone, unless you have downloaded a copy.</p>
            <div className="actions">
              <button type="button" className="button" onClick={confirmReset}>
                Delete my progress
              </button>
              <button type="button" className="button button--quiet" onClick={cancelReset}>
                Keep my progress
              </button>
            </div>
          </div>
        ) : (
          <button
            type="button"
            ref={resetButton}
            className="button button--quiet"
            onClick={() => {
              clearFile(); // One question at a time: an import waiting for confirmation is dropped.
              setStep({ kind: 'confirm-reset' });
            }}
          >
            Delete my progress…
          </button>
        )}
        {done('reset')}
      </section>

      {copy !== null && (
        <section aria-labelledby={`${ids}-unreadable`}>
          <h2 id={`${ids}-unreadable`}>Progress that could not be read</h2>
          <p>
            Progress saved earlier in this browser could not be read, so this module started afresh. A copy is
            kept exactly as it was stored, in case it can be recovered.
          </p>
          <DownloadUnreadableCopyButton copy={copy} />
        </section>
      )}
    </div>
  );
}
