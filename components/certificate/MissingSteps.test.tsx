// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MissingSteps } from './MissingSteps';

afterEach(() => cleanup());

const sixth = { slug: 'guidance-since-2013', title: 'What came after 2013' };

describe('MissingSteps', () => {
  it('tells a learner who passed before a lesson was added what is new, and to take the check again', () => {
    render(
      <MissingSteps
        lessons={[sixth]}
        last={{ scorePct: 76, passedBefore: true, unanswered: 2 }}
        passMarkPct={80}
      />,
    );

    expect(screen.getByRole('link', { name: 'Complete the lesson “What came after 2013”' })).toHaveProperty(
      'href',
      expect.stringMatching(/\/lessons\/guidance-since-2013$/),
    );
    expect(screen.getByText(/It now also asks 2 questions your last attempt did not answer/)).toBeTruthy();
    expect(screen.getByText(/complete the lessons above, then take it again/)).toBeTruthy();
    expect(screen.queryByText(/your latest answers do not pass now/)).toBeNull();
  });

  it('says only to take it again once the new lesson is done', () => {
    render(
      <MissingSteps
        lessons={[]}
        last={{ scorePct: 76, passedBefore: true, unanswered: 1 }}
        passMarkPct={80}
      />,
    );

    expect(
      screen.getByText(/asks 1 question your last attempt did not answer.*so take it again\./),
    ).toBeTruthy();
  });

  it('tells a learner whose latest answers, all given, fall short that they no longer pass', () => {
    render(
      <MissingSteps
        lessons={[]}
        last={{ scorePct: 60, passedBefore: true, unanswered: 0 }}
        passMarkPct={80}
      />,
    );

    expect(screen.getByText(/your latest answers do not pass now/)).toBeTruthy();
    expect(screen.queryByText(/did not answer/)).toBeNull();
  });
});
