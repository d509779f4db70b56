'use client';

import { useSyncExternalStore } from 'react';
import { CourseLink, type CoursePath } from '@/components/layout/CourseLink';
import { currentRoute, subscribeHash } from './CourseApp';

const LINKS: readonly { href: CoursePath; label: string }[] = [
  { href: '/lessons', label: 'Lessons' },
  { href: '/progress', label: 'Your progress' },
  { href: '/record', label: 'Your record' },
];

/** The package's navigation: the course's own pages (the site's other pages are not in the package). */
export function PackageNav() {
  const route = useSyncExternalStore(subscribeHash, currentRoute, () => null);
  return (
    <nav className="site-nav" aria-label="Main">
      <ul>
        {LINKS.map((link) => {
          const current = route === link.href || route?.startsWith(`${link.href}/`);
          return (
            <li key={link.href}>
              <CourseLink href={link.href} aria-current={current ? 'page' : undefined}>
                {link.label}
              </CourseLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
