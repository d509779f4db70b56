'use client';

import { PageLink } from '@/components/layout/PageLink';
import { usePathname } from 'next/navigation';

const LINKS = [
  { href: '/lessons', label: 'Lessons' },
  { href: '/data', label: 'The data' },
  { href: '/verify', label: 'Verify a certificate' },
  { href: '/educators', label: 'Educators' },
  { href: '/about', label: 'About' },
] as const;

export function SiteNav() {
  const pathname = usePathname();
  return (
    <nav className="site-nav" aria-label="Main">
      <ul>
        {LINKS.map((link) => {
          const current = pathname === link.href || pathname.startsWith(`${link.href}/`);
          return (
            <li key={link.href}>
              <PageLink href={link.href} aria-current={current ? 'page' : undefined}>
                {link.label}
              </PageLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
