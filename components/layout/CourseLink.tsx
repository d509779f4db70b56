'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { createContext, useCallback, useContext, type AnchorHTMLAttributes, type ReactNode } from 'react';

/*
 * Links between the course's pages (start, lessons, after, final check, progress), written once for both
 * builds. On the site they are Next's links to routes. In the LMS package, which is one document, the
 * package's router provides `InOneDocument`: a link to `/lessons/x` becomes `#/lessons/x`, and the
 * package switches pages by the fragment. A path's own fragment stays after it (`#/lessons/x#reflect`).
 */

/** True inside the LMS package: the course's pages are views of one document, named by the fragment. */
export const InOneDocument = createContext(false);

export type CoursePath = `/${string}`;

/** The address of one of the course's pages, as this build links to it. */
export function courseHref(path: CoursePath, inOneDocument: boolean): string {
  return inOneDocument ? `#${path}` : path;
}

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  href: CoursePath;
  children: ReactNode;
};

export function CourseLink({ href, children, ...rest }: Props) {
  const inOneDocument = useContext(InOneDocument);
  if (inOneDocument) {
    return (
      <a {...rest} href={courseHref(href, true)}>
        {children}
      </a>
    );
  }
  return (
    <Link {...rest} href={href}>
      {children}
    </Link>
  );
}

/** Goes to one of the course's pages from code (after a form is sent). */
export function useGoTo(): (path: CoursePath) => void {
  const inOneDocument = useContext(InOneDocument);
  const router = useRouter();
  return useCallback(
    (path: CoursePath) => {
      if (inOneDocument) window.location.hash = path;
      else router.push(path);
    },
    [inOneDocument, router],
  );
}
