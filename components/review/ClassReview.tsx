'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { saveFile } from '@/components/dom/save-file';
import { localDay } from '@/lib/dates/days';
import { classAttitudes, type AttitudeItemFacts } from '@/lib/review/attitudes';
import { classGain } from '@/lib/review/gain';
import { classItems, type SlotFacts } from '@/lib/review/items';
import { rosterCsv } from '@/lib/review/csv';
import { fileTooLarge, MAX_FILE_BYTES, pastedLabel, splitPastedCodes } from '@/lib/review/inputs';
import {
  assignmentGroups,
  buildRoster,
  filterRoster,
  summarise,
  type CheckedInput,
  type GroupKey,
  type RosterSummary,
} from '@/lib/review/roster';
import { KEYS_UNAVAILABLE, loadBrowserVerifier } from '@/lib/verify/browser';
import type { Verification } from '@/lib/verify/types';
import { countOf } from '@/lib/words/plural';
import { CertificateInputs } from './CertificateInputs';
import { ClassAttitudesView, type NationalContext } from './ClassAttitudesView';
import { ClassGainView } from './ClassGainView';
import { ClassItemsView } from './ClassItemsView';
import { RosterTable } from './RosterTable';
import styles from './review.module.css';

type Activity =
  | { kind: 'idle'; message?: string }
  | { kind: 'checking'; done: number; total: number }
  | { kind: 'error'; message: string };

function summaryText({ checked, valid, invalid, late, duplicates }: RosterSummary): string {
  return `${countOf(checked, 'certificate')}: ${valid} valid, ${invalid} not valid, ${late} late, ${countOf(duplicates, 'duplicate')}.`;
}

const unreadableFile: Verification = {
  valid: false,
  reason: 'malformed',
  message:
    'This file could not be read in this browser (it may have been moved, or the connection to the module was lost while checking). Choose it again.',
};

/**
 * The class review: the educator gives certificate files and pasted codes, each is checked in this browser
 * (the verifier and the PDF reader load only then), and the roster, its CSV and the class's attitudes follow.
 */
export function ClassReview({
  facts,
  national,
  slots,
}: {
  facts: readonly AttitudeItemFacts[];
  national: NationalContext;
  /** The final check's slots and their questions' wording, for the results by question. */
  slots: readonly SlotFacts[];
}) {
  const [files, setFiles] = useState<File[]>([]);
  const [pasted, setPasted] = useState('');
  const [checked, setChecked] = useState<CheckedInput[]>([]);
  const [activity, setActivity] = useState<Activity>({ kind: 'idle' });
  const [filter, setFilter] = useState<GroupKey | 'all'>('all');
  const pastedCount = useRef(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const rosterHeading = useRef<HTMLHeadingElement>(null);
  const focusRosterNext = useRef(false);
  /** Whether a check is running, for the window's drop listener, which outlives renders. */
  const checkingNow = useRef(false);

  const roster = useMemo(() => buildRoster(checked), [checked]);
  const groups = useMemo(() => assignmentGroups(roster), [roster]);
  const activeFilter = filter === 'all' || groups.some((g) => g.key === filter) ? filter : 'all';
  const shown = filterRoster(roster, activeFilter);
  const group = groups.find((g) => g.key === activeFilter);
  const courseLabels = useMemo(() => new Map(groups.map((g) => [g.key, g.label])), [groups]);
  const checking = activity.kind === 'checking';

  function addFiles(added: readonly File[]) {
    if (added.length === 0) return;
    setFiles((before) => [...before, ...added]);
    setActivity({ kind: 'idle' });
  }

  // Files dropped beside the drop zone are taken too, rather than opened by the browser in place of the page
  // (which would lose the roster).
  useEffect(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onDragOver = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event) || event.defaultPrevented) return;
      event.preventDefault();
      const dropped = [...(event.dataTransfer?.files ?? [])];
      if (checkingNow.current || dropped.length === 0) return;
      setFiles((before) => [...before, ...dropped]);
      setActivity({ kind: 'idle' });
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  // After a check, focus moves to the roster's heading, so that a screen reader goes on from there.
  useEffect(() => {
    if (focusRosterNext.current) {
      focusRosterNext.current = false;
      rosterHeading.current?.focus();
    }
  }, [checked]);

  async function check() {
    const codes = splitPastedCodes(pasted);
    const waiting = files;
    if (waiting.length === 0 && codes.length === 0) {
      setActivity({
        kind: 'idle',
        message: 'There is nothing to check yet: choose certificate files or paste codes first.',
      });
      return;
    }
    const total = waiting.length + codes.length;
    checkingNow.current = true;
    setActivity({ kind: 'checking', done: 0, total });
    let verifier: Awaited<ReturnType<typeof loadBrowserVerifier>>;
    try {
      verifier = await loadBrowserVerifier();
    } catch {
      // The files and codes stay where they are, ready for another try.
      checkingNow.current = false;
      setActivity({ kind: 'error', message: KEYS_UNAVAILABLE });
      return;
    }
    const results: CheckedInput[] = [];
    for (const file of waiting) {
      let result: Verification;
      if (file.size > MAX_FILE_BYTES) result = fileTooLarge(file.size);
      else {
        try {
          result = await verifier.file(new Uint8Array(await file.arrayBuffer()));
        } catch {
          result = unreadableFile;
        }
      }
      results.push({ source: file.name, result });
      setActivity({ kind: 'checking', done: results.length, total });
    }
    for (const code of codes) {
      pastedCount.current += 1;
      results.push({ source: pastedLabel(pastedCount.current), result: await verifier.text(code) });
      setActivity({ kind: 'checking', done: results.length, total });
    }
    checkingNow.current = false;
    focusRosterNext.current = true;
    setChecked((before) => [...before, ...results]);
    setFiles([]);
    setPasted('');
    setActivity({ kind: 'idle', message: `Checked ${countOf(total, 'certificate')}: see the roster below.` });
  }

  function clear() {
    setFiles([]);
    setPasted('');
    setChecked([]);
    setFilter('all');
    pastedCount.current = 0;
    setActivity({ kind: 'idle', message: 'Cleared: nothing is kept on this page.' });
    fileInput.current?.focus();
  }

  function downloadCsv() {
    saveFile(rosterCsv(shown), `class-review-${localDay(new Date())}.csv`, 'text/csv;charset=utf-8');
  }

  const scope = group ? (group.course ?? group.label) : 'all certificates checked';
  const caption = group
    ? `Certificates checked: ${group.label} (${shown.length} of ${roster.length})`
    : `Certificates checked (${roster.length})`;

  return (
    <>
      <form
        className={styles.inputs}
        aria-label="Certificates to check"
        onSubmit={(event) => {
          event.preventDefault();
          void check();
        }}
      >
        <CertificateInputs
          files={files}
          onAddFiles={addFiles}
          onRemoveFile={(index) => setFiles((before) => before.filter((_, i) => i !== index))}
          pasted={pasted}
          onPaste={setPasted}
          fileInput={fileInput}
          disabled={checking}
        />
        <div className="actions">
          <button type="submit" className="button" disabled={checking}>
            Check
          </button>
          {(roster.length > 0 || files.length > 0 || pasted !== '') && (
            <button type="button" className="button button--quiet" onClick={clear} disabled={checking}>
              Clear
            </button>
          )}
        </div>
      </form>

      <div role="status" className={styles.activity}>
        {activity.kind === 'checking' && (
          <p>
            Checking in this browser: {activity.done} of {activity.total}…
          </p>
        )}
        {activity.kind === 'idle' && activity.message && <p>{activity.message}</p>}
      </div>
      {activity.kind === 'error' && (
        <div className="notice" role="alert">
          {activity.message}
        </div>
      )}

      {roster.length > 0 && (
        <section aria-labelledby="roster-title" className={styles.results}>
          <h2 id="roster-title" ref={rosterHeading} tabIndex={-1} className={styles.resultsTitle}>
            Roster
          </h2>
          <p className={styles.summary}>
            {group ? `${group.label} — ` : ''}
            {summaryText(summarise(shown))}
          </p>
          <div className={styles.toolbar}>
            <div className={styles.filter}>
              <label htmlFor="roster-filter" className={styles.label}>
                Show
              </label>
              <select
                id="roster-filter"
                className={styles.select}
                value={activeFilter}
                onChange={(event) => setFilter(event.target.value as GroupKey | 'all')}
              >
                <option value="all">All certificates ({roster.length})</option>
                {groups.map((g) => (
                  <option key={g.key} value={g.key}>
                    {g.label} ({g.rows})
                  </option>
                ))}
              </select>
            </div>
            <button type="button" className="button button--quiet" onClick={downloadCsv}>
              Download CSV
            </button>
          </div>
          <RosterTable rows={shown} caption={caption} courseLabels={courseLabels} />
          <p className="source">
            The CSV holds the rows shown, for a spreadsheet (UTF-8; text that a spreadsheet would run as a
            formula starts with an apostrophe). Rows keep their numbers when filtered.
          </p>
        </section>
      )}

      {roster.length > 0 && (
        <>
          <ClassGainView gain={classGain(shown)} scope={scope} />
          <ClassItemsView items={classItems(shown, slots)} scope={scope} />
          <ClassAttitudesView attitudes={classAttitudes(shown, facts)} national={national} scope={scope} />
        </>
      )}
    </>
  );
}
