'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useProgress } from '@/components/progress/useProgress';
import type { Assignment } from '@/lib/assignments/assignment';
import { openAssignment } from '@/lib/progress/actions';
import { openedAssignment } from '@/lib/assignments/claims';
import { publishedKeys } from '@/lib/verify/browser';
import { AssignmentCard, AssignmentFacts, type LessonTitle } from './AssignmentCard';
import styles from './assignment.module.css';

type Outcome =
  { kind: 'opened'; assignment: Assignment; replaced: string | null } | { kind: 'refused'; message: string };

const noSubscription = () => () => {};
/** The token in the page's address (`?a=`), read in the browser only. */
const linkToken = () => new URLSearchParams(window.location.search).get('a');
const noToken = () => null;

/**
 * Opens an assignment link (`/start?a=<token>`): checks its signature and expiry in this browser against
 * the module's published keys, keeps it in progress, and says what it is. A link that fails says why,
 * and the module carries on without it. Without a link: the assignment already kept, if any.
 */
export function OpenAssignmentLink({ lessons }: { lessons: readonly LessonTitle[] }) {
  const { progress, hydrated, update } = useProgress();
  const token = useSyncExternalStore(noSubscription, linkToken, noToken);
  const [state, setState] = useState<Outcome | null>(null);
  const announced = useRef<HTMLDivElement>(null);
  const started = useRef(false);

  useEffect(() => {
    if (!hydrated || token === null || started.current) return;
    started.current = true;
    const earlier = openedAssignment(progress);
    Promise.all([import('@/lib/assignments/token'), publishedKeys()])
      .then(([{ verifyAssignmentToken }, keys]) => verifyAssignmentToken(token, keys))
      .then(
        (checked) => {
          if (!checked.ok) {
            setState({ kind: 'refused', message: checked.message });
            return;
          }
          update((p) => openAssignment(p, token, new Date().toISOString()));
          // The link has done its work; a reload or a bookmark need not check it again.
          window.history.replaceState(null, '', window.location.pathname);
          const replaced = earlier && earlier.id !== checked.assignment.id ? earlier.course : null;
          setState({ kind: 'opened', assignment: checked.assignment, replaced });
        },
        () =>
          setState({
            kind: 'refused',
            message:
              'The assignment link could not be checked: this module’s public keys did not load. Check your connection and reload the page. You can start the module meanwhile.',
          }),
      );
  }, [hydrated, token, progress, update]);

  useEffect(() => {
    if (state) announced.current?.focus();
  }, [state]);

  if (state === null && token !== null) {
    return (
      <p className="source" role="status">
        Checking your assignment link…
      </p>
    );
  }
  if (state?.kind === 'refused') {
    return (
      <>
        <div ref={announced} tabIndex={-1} className="notice" role="alert">
          <p>
            <strong>The assignment link did not open.</strong> {state.message}
          </p>
        </div>
        <AssignmentCard lessons={lessons} />
      </>
    );
  }
  if (state?.kind === 'opened') {
    return (
      <section ref={announced} tabIndex={-1} className={styles.card} aria-labelledby="opened-heading">
        <h2 id="opened-heading" className={styles.heading}>
          You are taking this module for an assignment
        </h2>
        <AssignmentFacts assignment={state.assignment} lessons={lessons} />
        {state.replaced && (
          <p className="source">It replaces your earlier assignment for {state.replaced}.</p>
        )}
        <p className="source">
          Your certificate will name this course. Your answers stay in this browser; your educator sees only
          the certificate you hand in.
        </p>
      </section>
    );
  }
  return <AssignmentCard lessons={lessons} />;
}
