// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LessonTracker } from './LessonTracker';

/*
 * Arriving at a section (`#id`, as "continue where you left off" links): the lesson lays out every block
 * and brings that section's heading into view. jsdom has no layout, so what is observed is the request to
 * scroll the named heading and the lesson body's state while it lays out.
 */

const frames: FrameRequestCallback[] = [];
const nextFrame = () => act(() => frames.splice(0).forEach((callback) => callback(0)));

function Lesson() {
  return (
    <>
      <div className="prose lesson-body">
        <h2 id="the-case">The case</h2>
        <h2 id="what-the-guidance-says">What the guidance says</h2>
      </div>
      <LessonTracker slug="when-patients-knock" sectionIds={['the-case', 'what-the-guidance-says']} />
    </>
  );
}

let scrolled: Element[];

beforeEach(() => {
  localStorage.clear();
  scrolled = [];
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
  vi.spyOn(window, 'cancelAnimationFrame').mockImplementation(() => {});
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  frames.length = 0;
  window.history.replaceState(null, '', '/');
});

describe('LessonTracker, arriving at a section', () => {
  it('brings the section the address names into view, with every block laid out until it has settled', async () => {
    window.history.replaceState(null, '', '/lessons/when-patients-knock#what-the-guidance-says');

    const { container } = render(<Lesson />);
    const body = container.querySelector<HTMLElement>('.lesson-body')!;

    expect(scrolled.map((el) => el.id)).toEqual(['what-the-guidance-says']);
    expect(body.dataset.arriving).toBe('');
    nextFrame();
    expect(body.dataset.arriving).toBe('');
    nextFrame();
    expect(body.dataset.arriving).toBeUndefined();
  });

  it('leaves the page where it is without a section in the address, or with one outside the lesson', () => {
    const plain = render(<Lesson />);
    expect(scrolled).toEqual([]);
    plain.unmount();

    window.history.replaceState(null, '', '/lessons/when-patients-knock#main');
    const elsewhere = render(
      <>
        <main id="main" />
        <Lesson />
      </>,
    );

    expect(scrolled).toEqual([]);
    expect(elsewhere.container.querySelector<HTMLElement>('.lesson-body')?.dataset.arriving).toBeUndefined();
  });
});
