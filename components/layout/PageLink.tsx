'use client';

import { useRouter } from 'next/navigation';
import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react';

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { href: `/${string}`; children: ReactNode };

/**
 * A link to one of the module's own pages, for what every page carries (header, footer, the not-found
 * page) and for pages that are only read. Like `next/link` it navigates inside the page with Next's router,
 * so that progress kept only in memory (storage refused) survives; a click with a modifier key, or any
 * click before the page's script has run, is an ordinary link. Unlike `next/link` it fetches the page
 * ahead only when the learner points at, touches or tabs to the link, not whenever the link is on screen
 * (which fetched every page of the header on every visit), and it costs every page about 3 kB less
 * JavaScript. Links in the course's flow (next lesson, resume) keep `next/link` and its fetching ahead.
 */
export function PageLink({ href, children, onClick, onMouseEnter, onTouchStart, onFocus, ...rest }: Props) {
  const router = useRouter();
  const prefetch = () => router.prefetch(href);
  return (
    <a
      {...rest}
      href={href}
      onMouseEnter={(event) => {
        onMouseEnter?.(event);
        prefetch();
      }}
      onTouchStart={(event) => {
        onTouchStart?.(event);
        prefetch();
      }}
      onFocus={(event) => {
        onFocus?.(event);
        prefetch();
      }}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        onClick?.(event);
        if (event.defaultPrevented || isModified(event) || rest.target || rest.download !== undefined) return;
        event.preventDefault();
        router.push(href);
      }}
    >
      {children}
    </a>
  );
}

function isModified(event: MouseEvent): boolean {
  return event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
}
