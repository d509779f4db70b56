'use client';

import { useSyncExternalStore } from 'react';
import { AssignmentBuilder } from '@/components/educators/AssignmentBuilder';
import type { LessonChoice } from '@/components/educators/lesson-choice';

const noSubscription = () => () => {};
const readTicket = () => new URLSearchParams(window.location.hash.slice(1)).get('ticket');

/**
 * An instructor adding the module in their LMS: the assignment builder's form and rules, then, instead of a
 * link, a button that sends the assignment back to the LMS as a resource link with a grade column.
 */
export function DeepLink({ lessons }: { lessons: LessonChoice[] }) {
  const ticket = useSyncExternalStore(noSubscription, readTicket, () => undefined);
  if (ticket === undefined) return <p>Reading the request from your LMS…</p>;
  if (ticket === null) {
    return <p>This page opens when you add the module to a course in your LMS. Start from your LMS.</p>;
  }
  return (
    <AssignmentBuilder
      lessons={lessons}
      renderMade={({ token, assignment }) => (
        <form method="post" action="/lti/deep-link/response" aria-label="Add to your course">
          <input type="hidden" name="ticket" value={ticket} />
          <input type="hidden" name="assignment" value={token} />
          <p role="status">
            Ready to add <strong>{assignment.course}</strong>: pass mark {assignment.passMarkPct}%
            {assignment.due ? `, due ${assignment.due}` : ''}, {assignment.lessons.length} lessons. Your LMS
            gets a grade column out of 100.
          </p>
          <button type="submit" className="button">
            Add to the course
          </button>
        </form>
      )}
    />
  );
}
