// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { figureList, formatFigure } from '@/content/study';
import { NonResponseExplorer } from './NonResponseExplorer';
import { ResponseRates } from './ResponseRates';

afterEach(() => cleanup());

const slider = () =>
  screen.getByRole<HTMLInputElement>('slider', { name: /non-respondents who use online social networks/i });
const radio = (name: string) => screen.getByRole<HTMLInputElement>('radio', { name });
/** The computed share among everyone asked (an <output>, announced politely as it changes). */
const estimate = () => screen.getByRole('status').textContent;

/** Percentages on screen that are neither a reported figure nor marked as computed or as the learner's own. */
function unexplainedPercentages(root: HTMLElement): string[] {
  const allowed = new Set(figureList.filter((f) => f.unit === 'percent').map((f) => formatFigure(f)));
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('[data-computed], [data-module-value]')) continue;
    for (const match of node.textContent?.matchAll(/\d+(?:\.\d+)?%/g) ?? []) found.push(match[0]);
  }
  return found.filter((pct) => !allowed.has(pct));
}

describe('NonResponseExplorer', () => {
  it('starts with practicing physicians’ reported figures and non-respondents at 20%', () => {
    render(<NonResponseExplorer />);
    expect(radio('Practicing physicians').checked).toBe(true);
    expect(slider().value).toBe('20');
    expect(slider().getAttribute('aria-valuetext')).toBe('20% of non-respondents use online social networks');
    // 0.141 × 41.6 + 0.859 × 20 = 23.0456
    expect(estimate()).toBe('23.0%');
    expect(screen.getByText(/0\.141 × 41\.6 \+ 0\.859 × 20/)).toBeTruthy();
  });

  it('shows the worst cases for practicing physicians: 5.9% if no non-respondent uses them, 91.8% if all do', () => {
    render(<NonResponseExplorer />);
    const worst = screen.getByText(/Worst cases \(computed\)/);
    expect(worst.textContent).toContain(
      'from 5.9% if none of the non-respondents do, to 91.8% if all of them do',
    );
  });

  it('changes the computed estimate when the slider is moved with the keyboard', () => {
    render(<NonResponseExplorer />);
    slider().focus();

    fireEvent.keyDown(slider(), { key: 'ArrowRight' });
    expect(slider().value).toBe('21');
    expect(slider().getAttribute('aria-valuetext')).toBe('21% of non-respondents use online social networks');
    // 5.8656 + 0.859 × 21 = 23.9046
    expect(estimate()).toBe('23.9%');

    fireEvent.keyDown(slider(), { key: 'PageUp' });
    // 5.8656 + 0.859 × 31 = 32.4946
    expect(estimate()).toBe('32.5%');

    fireEvent.keyDown(slider(), { key: 'Home' });
    expect(slider().value).toBe('0');
    expect(estimate()).toBe('5.9%');

    fireEvent.keyDown(slider(), { key: 'ArrowLeft' });
    expect(slider().value).toBe('0'); // Stays on the scale.

    fireEvent.keyDown(slider(), { key: 'End' });
    expect(estimate()).toBe('91.8%');
  });

  it('follows the slider when it is dragged or set by assistive technology', () => {
    render(<NonResponseExplorer />);
    fireEvent.change(slider(), { target: { value: '50' } });
    // 5.8656 + 0.859 × 50 = 48.8156
    expect(estimate()).toBe('48.8%');
  });

  it('gives 23.2% with the letter’s example, and says that its inputs are rounded', () => {
    render(<NonResponseExplorer />);
    fireEvent.click(radio('Medical students'));
    fireEvent.keyDown(slider(), { key: 'End' });

    fireEvent.click(screen.getByRole('button', { name: 'Use the letter’s example' }));

    expect(radio('Practicing physicians').checked).toBe(true);
    expect(slider().value).toBe('20');
    expect(estimate()).toBe('23.2%');
    expect(screen.getByText(/0\.16 × 40 \+ 0\.84 × 20/)).toBeTruthy();
    expect(screen.getByText(/its rounding of the reported 41\.6%/)).toBeTruthy();
    expect(
      screen.getByText(/the overall response rate of 16\.0% rather than this group’s own 14\.1%/),
    ).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Use the study’s figures' }));
    expect(estimate()).toBe('23.0%');
  });

  it('uses each group’s own reported figures when another group is chosen', () => {
    render(<NonResponseExplorer />);
    fireEvent.click(radio('Medical students'));
    // 0.198 × 93.5 + 0.802 × 20 = 34.553
    expect(estimate()).toBe('34.6%');
    expect(screen.getByText(/about 199 of the 1,004 asked answered/)).toBeTruthy();
  });

  it('offers the letter’s example only for social-network use, the item the letter discussed', () => {
    render(<NonResponseExplorer item="friend-request-received" />);
    expect(screen.queryByRole('button', { name: 'Use the letter’s example' })).toBeNull();
    const requests = screen.getByRole('slider', {
      name: /non-respondents who have received a friend request/i,
    });
    expect(requests.getAttribute('aria-valuetext')).toBe(
      '20% of non-respondents have received a friend request from a patient or a patient’s family member',
    );
    // Practicing physicians: 0.141 × 34.5 + 0.859 × 20 = 22.0445
    expect(estimate()).toBe('22.0%');
  });

  it('refuses an item without figures by group, an unknown group and an impossible start', () => {
    expect(() => NonResponseExplorer({ item: 'ethics-social' })).toThrow(/no figures by group/);
    expect(() => NonResponseExplorer({ group: 'XX' })).toThrow('Unknown group "XX": use one of MS, RP, PP.');
    expect(() => NonResponseExplorer({ assumed: 120 })).toThrow(/whole percentage from 0 to 100/);
  });
});

describe('what the explorer shows', () => {
  it('marks every percentage that is not a reported figure as computed or as the learner’s assumption', () => {
    const { container } = render(<NonResponseExplorer />);
    fireEvent.keyDown(slider(), { key: 'ArrowRight' });
    expect(unexplainedPercentages(container)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Use the letter’s example' }));
    expect(unexplainedPercentages(container)).toEqual([]);
  });
});

describe('ResponseRates', () => {
  it('tabulates the reported rates and the approximate counts, overall included, as /data does', () => {
    render(<ResponseRates />);
    const table = screen.getByRole('table', { name: 'Who was asked and who answered' });
    const row = (name: string) => within(table).getByRole('row', { name: new RegExp(`^${name}`) });
    expect(row('Medical students').textContent).toBe('Medical students1,00419.8%about 199');
    expect(row('Resident physicians').textContent).toBe('Resident physicians1,00414.3%about 144');
    expect(row('Practicing physicians').textContent).toBe('Practicing physicians1,00414.1%about 142');
    expect(row('All three groups').textContent).toBe('All three groups3,012 (computed)16.0%about 482');
  });

  it('renders on the server without the browser', () => {
    expect(renderToStaticMarkup(<ResponseRates />)).toContain('Answered (computed, approximate)');
  });
});
