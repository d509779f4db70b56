// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { Checklist, type ChecklistItem } from './Checklist';

const items: ChecklistItem[] = [
  { text: 'Check what others can find about you online.', sources: ['ama-2010', 'acp-fsmb-2013'] },
  { text: 'Take clinical questions to a secure channel.', sources: ['acp-fsmb-2013'] },
];

afterEach(() => cleanup());

describe('Checklist', () => {
  it('shows each item as a checkbox named by its text and its sources’ short citations', () => {
    render(<Checklist id="test-checklist" items={items} />);

    const list = screen.getByRole('region', { name: 'A practical checklist' });
    const boxes = within(list).getAllByRole('checkbox');
    expect(boxes).toHaveLength(2);
    expect(
      within(list).getByRole('checkbox', {
        name: 'Check what others can find about you online. (American Medical Association policy, 2010; Farnan et al. (ACP and FSMB), Ann Intern Med 2013)',
      }),
    ).toBeTruthy();
    expect(
      within(list).getByRole('checkbox', {
        name: 'Take clinical questions to a secure channel. (Farnan et al. (ACP and FSMB), Ann Intern Med 2013)',
      }),
    ).toBeTruthy();
  });

  it('starts unticked and lets the learner tick and untick an item', () => {
    render(<Checklist id="test-checklist" items={items} />);
    const box = screen.getByRole('checkbox', { name: /secure channel/ }) as HTMLInputElement;

    expect(box.checked).toBe(false);
    fireEvent.click(box);
    expect(box.checked).toBe(true);
    fireEvent.click(screen.getByText(/secure channel/)); // Clicking the words ticks too.
    expect(box.checked).toBe(false);
  });

  it('tells the learner that ticks are not saved', () => {
    render(<Checklist id="test-checklist" title="Before you post" items={items} />);
    const block = screen.getByRole('region', { name: 'Before you post' });
    expect(within(block).getByText(/Ticks are not saved/)).toBeTruthy();
  });

  it('refuses an item whose source is unknown or missing, so a bad citation fails the build', () => {
    expect(() =>
      renderToStaticMarkup(<Checklist id="bad" items={[{ text: 'Do this.', sources: ['nobody-2099'] }]} />),
    ).toThrow('Unknown source "nobody-2099"');
    expect(() =>
      renderToStaticMarkup(<Checklist id="bad" items={[{ text: 'Do this.', sources: [] }]} />),
    ).toThrow('cites no source');
    expect(() => renderToStaticMarkup(<Checklist id="bad" items={[]} />)).toThrow('has no items');
  });
});
