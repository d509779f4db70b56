import type { Metadata, Viewport } from 'next';
import { PageLink } from '@/components/layout/PageLink';
import type { ReactNode } from 'react';
import { CourseProgress } from '@/components/layout/CourseProgress';
import { SiteNav } from '@/components/layout/SiteNav';
import { StorageNotice } from '@/components/layout/StorageNotice';
import { getSource } from '@/content/study';
import { lessonOrder } from '@/content/lessons/order';
import './globals.css';

export const metadata: Metadata = {
  title: {
    default: 'Friend Request? Patients, physicians and social networks',
    template: '%s · Friend Request?',
  },
  description:
    'A short e-learning module for medical students, residents and physicians on patients, doctors and online social networks, built on a US national survey.',
  icons: { icon: 'data:,' },
};

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#131619' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="site-header__inner">
            <PageLink href="/" className="site-title">
              Friend Request?
            </PageLink>
            <SiteNav />
            <CourseProgress slugs={lessonOrder} />
          </div>
        </header>
        <div className="page">
          <StorageNotice />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
        </div>
        <footer className="site-footer">
          <div className="site-footer__inner">
            <p>Built on: {getSource('bosslet-2011').citation}</p>
            <p>
              <PageLink href="/progress">Your progress</PageLink> stays in this browser; you can download,
              bring back or delete it. This module offers no CME credit.
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
