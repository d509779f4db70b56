'use client';

import { useEffect } from 'react';
import { startLesson, visitSection } from '@/lib/progress/actions';
import { useProgress } from '@/components/progress/useProgress';

/**
 * Marks the lesson started and remembers the section in view, so "continue where you left off" can
 * bring the learner back to it. Renders nothing.
 */
export function LessonTracker({ slug, sectionIds }: { slug: string; sectionIds: readonly string[] }) {
  const { update } = useProgress();

  useEffect(() => {
    update((p) => startLesson(p, slug));
  }, [slug, update]);

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
