// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { SURVEY_CAVEAT, formatPercent, getFigure, wilsonInterval95 } from '@/content/study';
import { answerPoll } from '@/lib/progress/actions';
import { emptyProgress, encodeProgress } from '@/lib/progress/schema';
import { DEFAULT_STORAGE_KEY } from '@/lib/progress/storage';

const QUESTION = 'before-ethics-social';

/** Stores the learner's answer, then loads the block with a fresh progress store that reads it. */
async function renderWithAnswer(answer: string | null) {
  if (answer !== null) {
    localStorage.setItem(DEFAULT_STORAGE_KEY, encodeProgress(answerPoll(emptyProgress(), QUESTION, answer)));
  }
  vi.resetModules();
  const { AttitudeComparison } = await import('./AttitudeComparison');
  return render(<AttitudeComparison item="ethics-social" question={QUESTION} />);
}

function legendItems() {
  return within(screen.getByRole('list')).getAllByRole('listitem');
}

function tableRows() {
  const table = screen.getByRole('table', { hidden: true });
  return within(table).getAllByRole('row', { hidden: true }).slice(1); // The header row aside.
}

beforeEach(() => localStorage.clear());
afterEach(() => cleanup());

describe('AttitudeComparisonView', () => {
  it('says in words that an "Unsure" answer is not reported, and points to the rest as where it is counted', async () => {
    await renderWithAnswer('unsure');

    const answer = screen.getByText(/You answered:/);
    expect(answer.textContent).toContain('You answered: Unsure.');
    expect(answer.textContent).toContain('The study does not report how many respondents answered this way');
    expect(legendItems()[1]!.textContent).toContain('where your answer would be counted');
    expect(legendItems()[0]!.textContent).not.toContain('your answer');
  });

  it('labels the rest as computed and not split into other answers', async () => {
    await renderWithAnswer('acceptable');

    const rest = legendItems()[1]!;
    expect(rest.textContent).toContain('31.7%');
    expect(rest.textContent).toContain('the rest (computed; not split into other answers)');
    expect(tableRows()[1]!.textContent).toContain('Computed');
    expect(
      screen.getByText(/Computed: all respondents minus the reported share, not split further/),
    ).toBeTruthy();
  });

  it('shows the reported side and one unsplit rest, and no share for "acceptable" or "unsure"', async () => {
    const { container } = await renderWithAnswer('not-acceptable');

    expect(legendItems()).toHaveLength(2);
    expect(container.querySelector('.attitude__bar')?.children).toHaveLength(2);
    expect(tableRows().map((row) => row.querySelector('td')?.textContent)).toEqual(['68.3%', '31.7%']);
    // The learner's answer is on the reported side, so no other option's label appears anywhere.
    expect(container.textContent).not.toMatch(/Unsure|Acceptable/);
  });

  it('marks the reported side as the learner’s when they answered on that side, with its share', async () => {
    await renderWithAnswer('not-acceptable');

    expect(screen.getByText(/You answered:/).textContent).toContain(
      'You answered: Not acceptable. This is the side the study reports: 68.3% of respondents did not think it ethically acceptable.',
    );
    expect(legendItems()[0]!.textContent).toContain('your answer');
    expect(legendItems()[1]!.textContent).not.toContain('your answer');
  });

  it('says the figures are pooled over all respondents, about how many answered, the year and the caveat', async () => {
    const { container } = await renderWithAnswer('unsure');

    const text = container.textContent ?? '';
    expect(text).toContain('no group is marked as yours');
    expect(text).toContain('Shares of everyone who answered the survey, about 482 people in all (computed');
    expect(text).toContain('February–May 2010');
    expect(text).toContain(SURVEY_CAVEAT);
    expect(text).toContain('Source: Bosslet et al., J Gen Intern Med 2011 (abstract)');
  });

  it('gives the reported share a 95% Wilson interval labelled as computed, never a “± points” margin', async () => {
    const { container } = await renderWithAnswer('unsure');

    const reported = getFigure('bosslet/ethics-social/not-acceptable');
    const respondents = getFigure('bosslet/respondents/overall');
    const { low, high } = wilsonInterval95(reported.value, respondents.value);
    const expected = `${formatPercent(low, reported.decimals)} to ${formatPercent(high, reported.decimals)} (computed, approximate)`;
    const shown = [...container.querySelectorAll('[data-computed]')].map((el) => el.textContent);
    expect(shown).toContain(expected);
    expect(low).toBeLessThan(reported.value);
    expect(high).toBeGreaterThan(reported.value);
    expect(container.textContent).not.toMatch(/±|points/);
  });

  it('keeps the figures back until the learner answers, and shows them on request without an answer line', async () => {
    await renderWithAnswer(null);

    expect(screen.queryByText('31.7%')).toBeNull();
    act(() => screen.getByRole('button', { name: 'Show the figures without answering' }).click());

    expect(legendItems()[1]!.textContent).toContain('31.7%');
    expect(screen.queryByText(/You answered:/)).toBeNull();
  });
});
