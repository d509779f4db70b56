'use client';

import { useEffect } from 'react';
import { startLesson, visitSection } from '@/lib/progress/actions';
import { useProgress } from '@/components/progress/useProgress';

/**
 * The element of the lesson's body that the address's fragment names (`#what-the-guidance-says`), if any.
 */
function arrivalTarget(): HTMLElement | null {
  // In the LMS package the fragment first names the page (`#/lessons/x#section`): the section comes after.
  const hash = window.location.hash;
  const id = hash.startsWith('#/') ? hash.slice(hash.indexOf('#', 1) + 1 || hash.length) : hash.slice(1);
  if (!id) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(id);
  } catch {
    return null;
  }
  const target = document.getElementById(decoded);
  return target?.closest('.lesson-body') ? target : null;
}

/**
 * Marks the lesson started and remembers the section in view, so "continue where you left off" can
 * bring the learner back to it, and brings the learner there. Renders nothing.
 */
export function LessonTracker({ slug, sectionIds }: { slug: string; sectionIds: readonly string[] }) {
  const { update } = useProgress();

  useEffect(() => {
    update((p) => startLesson(p, slug));
  }, [slug, update]);

  // Arriving at a section (#id): the blocks above it are laid out only near the screen
  // (`content-visibility: auto`), so the first jump used their estimated heights and fell short once they
  // grew. Lay them all out, jump again, and let them go back to laying out lazily a frame or two later,
  // when each has a remembered height. Before the observer below, so no earlier section is recorded.
  useEffect(() => {
    const target = arrivalTarget();
    const body = target?.closest<HTMLElement>('.lesson-body');
    if (!target || !body) return;
    body.dataset.arriving = '';
    target.scrollIntoView({ block: 'start' });
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => delete body.dataset.arriving);
    });
    return () => {
      cancelAnimationFrame(frame);
      delete body.dataset.arriving;
    };
  }, [slug]);

  useEffect(() => {
    const headings = sectionIds
      .map((id) => document.getElementById(id))
      .filter((el): el is HTMLElement => el !== null);
    if (headings.length === 0 || typeof IntersectionObserver === 'undefined') return;
    let current: string | null = null;
    const observer = new IntersectionObserver(
      (entries) => {
        // The section whose heading most recently crossed into the top part of the viewport.
        const visible = entries.filter((e) => e.isIntersecting).map((e) => e.target.id);
        const next = visible[visible.length - 1];
        if (next && next !== current) {
          current = next;
          update((p) => visitSection(p, slug, next));
        }
      },
      { rootMargin: '0px 0px -60% 0px' },
    );
    headings.forEach((h) => observer.observe(h));
    return () => observer.disconnect();
  }, [slug, sectionIds, update]);

  return null;
}
