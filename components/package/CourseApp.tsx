'use client';

import { useEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { useProgress } from '@/components/progress/useProgress';
import { lessonOrder } from '@/content/lessons/order';
import { resumeTarget } from '@/lib/progress/selectors';
import { noteSaved } from './runtime';

export interface CourseView {
  title: string;
  node: ReactNode;
}

/*
 * The whole course in one document: each page is a view, named by the address's fragment (`#/lessons/x`,
 * with the section after a second `#`), so the package works from any path an LMS serves it from and from
 * file://. A fragment that names no view (the skip link's `#main`) leaves the view as it is. A launch with
 * no view named opens the learner's place: the lesson and section the LMS's resume data holds.
 */

/** The view a fragment names, or null. */
export function routeOf(hash: string): string | null {
  if (!hash.startsWith('#/')) return null;
  const end = hash.indexOf('#', 1);
  return hash.slice(1, end === -1 ? undefined : end);
}

let lastRoute = '/';

/** The view shown: the one the fragment names, else the last one named (the skip link's `#main`). */
export function currentRoute(): string {
  lastRoute = routeOf(window.location.hash) ?? lastRoute;
  return lastRoute;
}

export function subscribeHash(listener: () => void) {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

export function CourseApp({ views }: { views: Record<string, CourseView> }) {
  const route = useSyncExternalStore(subscribeHash, currentRoute, () => '/');
  const { progress, hydrated } = useProgress();
  const resumed = useRef(false);
  const first = useRef(true);
  const view = views[route] ?? views['/']!;

  // The launch: with no view named, open the learner's place.
  useEffect(() => {
    if (!hydrated || resumed.current) return;
    resumed.current = true;
    if (routeOf(window.location.hash) !== null) return;
    const target = resumeTarget(progress, lessonOrder);
    if (target)
      window.location.replace(`#/lessons/${target.lesson}${target.section ? `#${target.section}` : ''}`);
  }, [hydrated, progress]);

  // Whether the LMS took the last change.
  useEffect(() => {
    if (hydrated) noteSaved();
  }, [hydrated, progress]);

  // A new view: its title, the top of the page (or the section the lesson opens at), focus on the page.
  useEffect(() => {
    document.title = `${view.title} · Friend Request?`;
    if (first.current) {
      first.current = false;
      return;
    }
    const hash = window.location.hash;
    if (hash.indexOf('#', 1) === -1) window.scrollTo(0, 0);
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [route, view.title]);

  return <div key={route}>{view.node}</div>;
}
