'use client';

import { useState } from 'react';
import { useProgress } from '@/components/progress/useProgress';
import type { Assignment } from '@/lib/assignments/assignment';
import { formatDay } from '@/lib/dates/days';
import { leaveAssignment } from '@/lib/progress/actions';
import styles from './assignment.module.css';
import { useOpenedAssignment } from './useOpenedAssignment';

export interface LessonTitle {
  slug: string;
  title: string;
}

/** The assignment's facts as the learner sees them. */
export function AssignmentFacts({
  assignment,
  lessons,
}: {
  assignment: Assignment;
  lessons: readonly LessonTitle[];
}) {
  const required = lessons.filter((lesson) => (assignment.lessons as string[]).includes(lesson.slug));
  return (
    <dl className={styles.facts}>
      <dt>Course</dt>
      <dd dir="auto">{assignment.course}</dd>
      <dt>Educator</dt>
      <dd>
        <span dir="auto">{assignment.educatorName}</span> (
        <span dir="auto">{assignment.educatorContact}</span>)
      </dd>
      <dt>Due</dt>
      <dd>{assignment.due ? formatDay(assignment.due) : 'No due date'}</dd>
      <dt>Pass mark</dt>
      <dd>
        <span data-module-value="">{assignment.passMarkPct}%</span> in the final check
      </dd>
      <dt>Lessons</dt>
      <dd>
        {required.length === lessons.length
          ? `All ${lessons.length}`
          : `${required.length} of ${lessons.length}: ${required.map((lesson) => lesson.title).join('; ')}`}
      </dd>
    </dl>
  );
}

/**
 * The assignment this learner is taking the module for, if any: its facts, whether its link still works,
 * and a way to take the module on one's own instead.
 */
export function AssignmentCard({
  lessons,
  headingLevel = 2,
}: {
  lessons: readonly LessonTitle[];
  headingLevel?: 2 | 3;
}) {
  const { update } = useProgress();
  const assignment = useOpenedAssignment();
  const [now] = useState(() => Date.now());
  if (!assignment) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const expired = Date.parse(assignment.expiresAt) < now;
  return (
    <section className={styles.card} aria-labelledby="assignment-heading">
      <Heading id="assignment-heading" className={styles.heading}>
        Your assignment
      </Heading>
      <AssignmentFacts assignment={assignment} lessons={lessons} />
      {expired && (
        <p className="note">
          This assignment&rsquo;s link expired on {formatDay(assignment.expiresAt)}, so a certificate can no
          longer be signed for it. Ask your educator for a new link, or take the module on your own.
        </p>
      )}
      <button type="button" className="button button--quiet" onClick={() => update(leaveAssignment)}>
        Take the module on my own instead
      </button>
    </section>
  );
}
