import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DiscussionPlan, PlanStep } from './DiscussionPlan';
import type { GuideLesson } from './types';

const lessons: GuideLesson[] = [
  { slug: 'first', title: 'The first lesson', summary: 'About the first.', minutes: 8, objectives: [] },
  { slug: 'second', title: 'The second lesson', summary: 'About the second.', minutes: 9, objectives: [] },
];

function plan(steps: Array<{ lesson?: string; title?: string; minutes: number; short?: boolean }>) {
  return renderToStaticMarkup(
    <DiscussionPlan lessons={lessons}>
      {steps.map((step, index) => (
        <PlanStep key={index} {...step} lessons={lessons}>
          <p>Prompt</p>
        </PlanStep>
      ))}
    </DiscussionPlan>,
  );
}

/** The text of each row of the plan's table, cells joined by " | ". */
function rows(html: string): string[] {
  return [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => cell[1]).join(' | '),
  );
}

describe('DiscussionPlan', () => {
  it('names each lesson step by its number and title and works out both sessions’ totals', () => {
    const html = plan([
      { title: 'Opening', minutes: 5, short: true },
      { lesson: 'first', minutes: 12, short: true },
      { lesson: 'second', minutes: 10 },
      { title: 'Close', minutes: 15, short: true },
    ]);

    expect(rows(html)).toEqual([
      'Step | Minutes | Short session',
      'Opening | 5 | Kept',
      'Lesson 1: The first lesson | 12 | Kept',
      'Lesson 2: The second lesson | 10 | Left out',
      'Close | 15 | Kept',
      'Full session | 42 | ',
      'Short session | 32 | ',
    ]);
    expect(html).toContain(
      'Lesson 2: The second lesson <span class="plan-step__time">10 minutes, full session only',
    );
  });

  it('refuses a plan that skips a lesson or discusses one twice', () => {
    expect(() =>
      plan([
        { lesson: 'first', minutes: 20, short: true },
        { title: 'Close', minutes: 15, short: true },
      ]),
    ).toThrow('covers lesson "second" 0 times');
    expect(() =>
      plan([
        { lesson: 'first', minutes: 10, short: true },
        { lesson: 'first', minutes: 10, short: true },
        { lesson: 'second', minutes: 10, short: true },
      ]),
    ).toThrow('covers lesson "first" 2 times');
  });

  it('refuses a plan whose full or short session does not fit 30 to 45 minutes', () => {
    expect(() =>
      plan([
        { lesson: 'first', minutes: 25, short: true },
        { lesson: 'second', minutes: 25, short: true },
      ]),
    ).toThrow('The full discussion plan takes 50 minutes');
    expect(() =>
      plan([
        { lesson: 'first', minutes: 20, short: true },
        { lesson: 'second', minutes: 20 },
      ]),
    ).toThrow('The short discussion plan takes 20 minutes');
  });

  it('refuses a lesson it does not know and a step with neither lesson nor title', () => {
    expect(() => plan([{ lesson: 'third', minutes: 30, short: true }])).toThrow('unknown lesson "third"');
    expect(() =>
      plan([
        { lesson: 'first', minutes: 15, short: true },
        { lesson: 'second', minutes: 15, short: true },
        { minutes: 5 },
      ]),
    ).toThrow('needs a lesson or a title');
  });
});
