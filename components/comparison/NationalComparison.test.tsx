// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { GROUP_IDS, formatPercent, getByGroupItem, groups, wilsonInterval95 } from '@/content/study';

const ITEM = 'friend-request-received';
const QUESTION = 'stand-received-request';
const INTERVAL = /^(\d+(?:\.\d+)?)% to (\d+(?:\.\d+)?)% \(computed, approximate\)$/;

/** Loads the block with a fresh progress store and reveals its table, as a learner who will not answer can. */
async function renderRevealed() {
  vi.resetModules();
  const { NationalComparison } = await import('./NationalComparison');
  const view = render(<NationalComparison item={ITEM} question={QUESTION} />);
  act(() => screen.getByRole('button', { name: 'Show the figures without answering' }).click());
  return view;
}

/** Each group's row of the table: its label and the text of its interval cell. */
function intervalCells() {
  const table = screen.getByRole('table', { hidden: true });
  return within(table)
    .getAllByRole('row', { hidden: true })
    .slice(1) // The header row aside.
    .map((row) => ({ label: row.querySelector('th')!.textContent!, cell: row.querySelectorAll('td')[2]! }));
}

beforeEach(() => localStorage.clear());
afterEach(() => cleanup());

describe('NationalComparison', () => {
  it('gives each group’s share a 95% Wilson interval that stays within 0–100%, labelled as computed', async () => {
    await renderRevealed();
    const item = getByGroupItem(ITEM);
    const cells = intervalCells();
    expect(cells.map((c) => c.label)).toEqual(GROUP_IDS.map((id) => groups[id].label));

    for (const [index, id] of GROUP_IDS.entries()) {
      const { cell } = cells[index]!;
      const text = cell.textContent!.trim();
      const match = INTERVAL.exec(text);
      expect(match, `${id}: ${text}`).not.toBeNull();
      const [low, high] = [Number(match![1]), Number(match![2])];
      const pct = item.results[id];
      expect(low, id).toBeGreaterThanOrEqual(0);
      expect(high, id).toBeLessThanOrEqual(100);
      expect(low, id).toBeLessThanOrEqual(pct);
      expect(high, id).toBeGreaterThanOrEqual(pct);
      const wilson = wilsonInterval95(pct, groups[id].respondentsApprox);
      expect(text, id).toBe(
        `${formatPercent(wilson.low, item.decimals)} to ${formatPercent(wilson.high, item.decimals)} (computed, approximate)`,
      );
      expect(cell.querySelector('[data-computed]')?.textContent, id).toBe(text);
    }
  });

  it('gives the students’ 1.2% an interval above zero, not a “± points” margin that runs below it', async () => {
    const { container } = await renderRevealed();
    const students = intervalCells()[GROUP_IDS.indexOf('MS')]!.cell.textContent!;
    expect(Number(INTERVAL.exec(students.trim())![1])).toBeGreaterThan(0);
    expect(container.textContent).not.toMatch(/±|points/);
  });

  it('says what the interval leaves out: the people who did not answer', async () => {
    await renderRevealed();
    expect(screen.getByText(/Computed by the module: a 95% Wilson interval/).textContent).toContain(
      'it says nothing about the people who did not answer',
    );
  });
});
