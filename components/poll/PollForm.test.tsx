// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { knockPoll } from '@/content/polls/when-patients-knock';
import { answerPoll, visitSection } from '@/lib/progress/actions';

const SLUG = 'when-patients-knock';

/** The form and the page's one progress store, from a fresh module graph (a new store per test). */
async function load() {
  vi.resetModules();
  const { PollForm } = await import('./PollForm');
  const { getProgressStore } = await import('@/lib/progress/browser');
  return { PollForm, store: getProgressStore() };
}

const radio = (question: string, option: string) =>
  within(screen.getByRole('group', { name: question })).getByRole('radio', {
    name: option,
  }) as HTMLInputElement;

beforeEach(() => localStorage.clear());
afterEach(() => cleanup());

describe('PollForm', () => {
  const [first, second] = knockPoll.questions as [
    (typeof knockPoll.questions)[number],
    (typeof knockPoll.questions)[number],
  ];

  it('keeps the options a learner has chosen, not yet saved, when other progress changes', async () => {
    const { PollForm, store } = await load();
    render(<PollForm poll={knockPoll} />);
    const chosen = radio(first.prompt, first.options[1]!.label);
    fireEvent.click(chosen);

    // Reading on: the lesson records the section reached, which changes the stored progress.
    act(() => store.update((p) => visitSection(p, SLUG, 'how-you-compare')));

    expect(store.getSnapshot().lastVisited).toEqual({ lesson: SLUG, section: 'how-you-compare' });
    expect(radio(first.prompt, first.options[1]!.label).checked).toBe(true);
  });

  it('shows an answer saved elsewhere (another tab) as soon as it is stored', async () => {
    const { PollForm, store } = await load();
    render(<PollForm poll={knockPoll} />);

    act(() => store.update((p) => answerPoll(p, second.id, second.options[0]!.value)));

    expect(radio(second.prompt, second.options[0]!.label).checked).toBe(true);
  });
});
