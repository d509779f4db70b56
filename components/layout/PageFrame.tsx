import type { ReactNode } from 'react';
import { CourseProgress } from '@/components/layout/CourseProgress';
import { StorageNotice } from '@/components/layout/StorageNotice';
import { getSource } from '@/content/study';
import { lessonOrder } from '@/content/lessons/order';

/**
 * What every page of the site and of the LMS package carries: the skip link, the header (the module's
 * name linking home, the navigation, the course's progress), the notices, the main content and the footer.
 */
export function PageFrame({
  home,
  nav,
  notices,
  footerNote,
  children,
}: {
  /** The module's name, as a link home. */
  home: ReactNode;
  nav: ReactNode;
  /** Notices shown after the storage notice (the package's LMS notice). */
  notices?: ReactNode;
  footerNote: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          {home}
          {nav}
          <CourseProgress slugs={lessonOrder} />
        </div>
      </header>
      <div className="page">
        <StorageNotice />
        {notices}
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>Built on: {getSource('bosslet-2011').citation}</p>
          <p>{footerNote}</p>
        </div>
      </footer>
    </>
  );
}
