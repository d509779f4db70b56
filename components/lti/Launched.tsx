'use client';

import Link from 'next/link';
import { useSyncExternalStore } from 'react';
import { saveLtiSession, type LtiSession } from './session';

type State =
  | { kind: 'reading' }
  | { kind: 'none' }
  | { kind: 'opened'; session: LtiSession; assignment: string | null; kept: boolean; fragment: string };

const noSubscription = () => () => {};
const reading: State = { kind: 'reading' };
let taken: State | undefined;

/** Reads the fragment once per page load, keeps the launch for this tab and clears the address. */
function takeLaunch(): State {
  if (taken) return taken;
  const params = new URLSearchParams(window.location.hash.slice(1));
  const launch = params.get('launch');
  if (!launch) return (taken = { kind: 'none' });
  const session = {
    launch,
    platform: params.get('platform') ?? 'your LMS',
    scores: params.get('scores') === '1',
  };
  // The course keeps progress in localStorage: a frame that may not use it (third-party storage blocked) can
  // hold the launch only in a window of its own.
  const kept = saveLtiSession(session) && canKeepProgress();
  const fragment = window.location.hash;
  window.history.replaceState(null, '', window.location.pathname);
  return (taken = { kind: 'opened', session, assignment: params.get('a'), kept, fragment });
}

function canKeepProgress(): boolean {
  try {
    window.localStorage.setItem('fr-storage-probe', '1');
    window.localStorage.removeItem('fr-storage-probe');
    return true;
  } catch {
    return false;
  }
}

/** Takes the launch from the address's fragment (never sent to a server), keeps it for this tab, says what next. */
export function Launched() {
  const state = useSyncExternalStore(noSubscription, takeLaunch, () => reading);

  if (state.kind === 'reading') return <p>Opening the activity…</p>;
  if (state.kind === 'none') {
    return (
      <p>
        This page opens when you launch the module from your LMS. Open the activity there, or{' '}
        <Link href="/start">start the module on its own</Link>.
      </p>
    );
  }
  const start = state.assignment ? `/start?a=${encodeURIComponent(state.assignment)}` : '/start';
  return (
    <>
      <p role="status">
        You opened Friend Request? from <strong>{state.session.platform}</strong>.{' '}
        {state.session.scores
          ? 'When you pass the final check, your score is sent to your LMS’s gradebook.'
          : 'Your LMS did not give this activity a grade column, so no score is sent.'}
      </p>
      {!state.kept && (
        <>
          <p className="note">
            Your browser does not let the module keep your progress inside your LMS’s page (its storage is
            blocked in frames). Continue in a window of its own: the launch goes with you, and your score
            still reaches your LMS.
          </p>
          <p>
            <a href={`/lti/launched${state.fragment}`} target="_blank" className="button">
              Continue in a new window
            </a>
          </p>
        </>
      )}
      <p>Your progress stays in this browser, as everywhere in the module; your LMS gets your score only.</p>
      {state.kept && (
        <p>
          <Link href={start} className="button">
            Start the module
          </Link>
        </p>
      )}
    </>
  );
}
