import { Children, isValidElement, type ReactNode } from 'react';
import { findLesson, type GuideLesson } from './types';
import { ScrollTable } from '@/components/layout/ScrollTable';

/** The length a session plan must fit, in minutes, in its full and its short form. */
export const SESSION_MINUTES = { min: 30, max: 45 } as const;

export interface PlanStepProps {
  /** The lesson this step discusses; its title and number come from the lesson's frontmatter. */
  lesson?: string;
  /** The step's name when it discusses no single lesson (an opening, a close). */
  title?: string;
  minutes: number;
  /** Kept when the session has only half an hour. */
  short?: boolean;
  children: ReactNode;
}

function stepName(step: PlanStepProps, lessons: readonly GuideLesson[]): string {
  if (step.lesson) {
    const { lesson, number } = findLesson(lessons, step.lesson);
    return `Lesson ${number}: ${lesson.title}`;
  }
  if (!step.title) throw new Error('A step of the discussion plan needs a lesson or a title.');
  return step.title;
}

/** One step of the session: its name, its time, and what to do or ask (the MDX children). */
export function PlanStep(props: PlanStepProps & { lessons: readonly GuideLesson[] }) {
  const { minutes, short, children, lessons } = props;
  return (
    <section className="plan-step">
      <h3>
        {stepName(props, lessons)}{' '}
        <span className="plan-step__time">
          {minutes} minutes{short ? '' : ', full session only'}
        </span>
      </h3>
      {children}
    </section>
  );
}

/** The steps written inside a `<DiscussionPlan>`, read from the elements' props. */
function stepsOf(children: ReactNode): PlanStepProps[] {
  return Children.toArray(children)
    .filter(isValidElement)
    .map((child) => child.props as Partial<PlanStepProps>)
    .filter((props): props is PlanStepProps => typeof props.minutes === 'number');
}

/**
 * A timed plan for a discussion session: a table of the steps with the totals worked out, then the steps.
 * It refuses, at build time, a plan that skips or repeats a lesson or does not fit the session's length.
 */
export function DiscussionPlan({
  lessons,
  children,
}: {
  lessons: readonly GuideLesson[];
  children: ReactNode;
}) {
  // Naming each step first refuses an unknown lesson, or a step without a name, before anything else.
  const steps = stepsOf(children).map((step) => ({ ...step, name: stepName(step, lessons) }));
  for (const lesson of lessons) {
    const times = steps.filter((step) => step.lesson === lesson.slug).length;
    if (times !== 1) {
      throw new Error(`The discussion plan covers lesson "${lesson.slug}" ${times} times, not once.`);
    }
  }
  for (const step of steps) {
    if (!Number.isInteger(step.minutes) || step.minutes < 1) {
      throw new Error(`"${step.name}" needs a whole number of minutes.`);
    }
  }
  const full = steps.reduce((sum, step) => sum + step.minutes, 0);
  const short = steps.reduce((sum, step) => sum + (step.short ? step.minutes : 0), 0);
  for (const [plan, total] of [
    ['full', full],
    ['short', short],
  ] as const) {
    if (total < SESSION_MINUTES.min || total > SESSION_MINUTES.max) {
      throw new Error(
        `The ${plan} discussion plan takes ${total} minutes, outside ${SESSION_MINUTES.min}–${SESSION_MINUTES.max}.`,
      );
    }
  }

  return (
    <div className="discussion-plan">
      <ScrollTable caption="The session at a glance">
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col" className="num">
              Minutes
            </th>
            <th scope="col">Short session</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((step) => (
            <tr key={step.name}>
              <th scope="row">{step.name}</th>
              <td className="num">{step.minutes}</td>
              <td>{step.short ? 'Kept' : 'Left out'}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Full session</th>
            <td className="num">{full}</td>
            <td />
          </tr>
          <tr>
            <th scope="row">Short session</th>
            <td className="num">{short}</td>
            <td />
          </tr>
        </tfoot>
      </ScrollTable>
      {children}
    </div>
  );
}
