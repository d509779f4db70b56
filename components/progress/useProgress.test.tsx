// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { completeLesson, startLesson } from '@/lib/progress/actions';
import { emptyProgress, encodeProgress } from '@/lib/progress/schema';
import { lessonStatus } from '@/lib/progress/selectors';

const KEY = 'friend-request:progress';

/** A fresh module graph per test, so that each gets a new browser store singleton. */
async function loadHook() {
  vi.resetModules();
  return (await import('./useProgress')).useProgress;
}

async function makeProbe() {
  const useProgress = await loadHook();
  return function Probe() {
    const { progress, hydrated, status, update } = useProgress();
    return (
      <div>
        <p data-testid="hydrated">{String(hydrated)}</p>
        <p data-testid="intro">{lessonStatus(progress, 'intro')}</p>
        <p data-testid="problem">{status.problem?.kind ?? 'none'}</p>
        <button type="button" onClick={() => update((p) => completeLesson(p, 'intro'))}>
          Complete
        </button>
      </div>
    );
  };
}

beforeEach(() => localStorage.clear());
afterEach(() => cleanup());

describe('useProgress', () => {
  it('renders nothing-done and not hydrated on the server, then the stored progress after hydration', async () => {
    localStorage.setItem(KEY, encodeProgress(startLesson(emptyProgress(), 'intro')));
    const Probe = await makeProbe();
    const container = document.createElement('div');
    document.body.append(container);

    container.innerHTML = renderToString(<Probe />);
    expect(container.querySelector('[data-testid="hydrated"]')?.textContent).toBe('false');
    expect(container.querySelector('[data-testid="intro"]')?.textContent).toBe('not-started');

    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const root = await act(async () => hydrateRoot(container, <Probe />));

    expect(container.querySelector('[data-testid="hydrated"]')?.textContent).toBe('true');
    expect(container.querySelector('[data-testid="intro"]')?.textContent).toBe('started');
    expect(errors).not.toHaveBeenCalled(); // No hydration mismatch.
    act(() => root.unmount());
    container.remove();
    errors.mockRestore();
  });

  it('re-renders with the change and saves it when the learner acts', async () => {
    const Probe = await makeProbe();
    render(<Probe />);

    act(() => screen.getByRole('button', { name: 'Complete' }).click());

    expect(screen.getByTestId('intro').textContent).toBe('completed');
    expect(JSON.parse(localStorage.getItem(KEY)!)).toMatchObject({
      lessons: { intro: { status: 'completed' } },
    });
  });

  it('offers the unreadable copy, and deleting progress forgets it and the progress', async () => {
    localStorage.setItem(KEY, 'not json');
    const useProgress = await loadHook();
    function Tools() {
      const { progress, unreadableCopy, reset, replace } = useProgress();
      return (
        <div>
          <p data-testid="copy">{unreadableCopy() ?? 'none'}</p>
          <p data-testid="intro">{lessonStatus(progress, 'intro')}</p>
          <button type="button" onClick={() => replace(completeLesson(emptyProgress(), 'intro'))}>
            Import
          </button>
          <button type="button" onClick={reset}>
            Delete
          </button>
        </div>
      );
    }
    render(<Tools />);
    expect(screen.getByTestId('copy').textContent).toBe('not json');

    act(() => screen.getByRole('button', { name: 'Import' }).click());
    expect(screen.getByTestId('intro').textContent).toBe('completed');

    act(() => screen.getByRole('button', { name: 'Delete' }).click());
    expect(screen.getByTestId('copy').textContent).toBe('none');
    expect(screen.getByTestId('intro').textContent).toBe('not-started');
    expect(localStorage.getItem(`${KEY}:unreadable`)).toBeNull();
  });

  it('reports the problem when stored progress cannot be read', async () => {
    localStorage.setItem(KEY, 'not json');
    const Probe = await makeProbe();

    render(<Probe />);

    expect(screen.getByTestId('problem').textContent).toBe('corrupt');
    expect(localStorage.getItem(`${KEY}:unreadable`)).toBe('not json');
  });
});
