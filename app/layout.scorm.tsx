import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { CourseLink } from '@/components/layout/CourseLink';
import { CourseProgress } from '@/components/layout/CourseProgress';
import { StorageNotice } from '@/components/layout/StorageNotice';
import { LmsNotice } from '@/components/package/LmsNotice';
import { PackageNav } from '@/components/package/PackageNav';
import { PackageShell } from '@/components/package/PackageShell';
import { getSource } from '@/content/study';
import { lessonOrder } from '@/content/lessons/order';
import { SETTINGS_FILE } from '@/lib/scorm/settings';
import './globals.css';

// The LMS package's one page (npm run build:scorm): see next.config.mjs.

export const metadata: Metadata = {
  title: 'Friend Request? Patients, physicians and social networks',
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

export default function PackageLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        {/* The package's own settings (version, pass mark), written beside this page by the zip step. */}
        {/* eslint-disable-next-line @next/next/no-sync-scripts -- it must run before the course does */}
        <script src={SETTINGS_FILE} />
      </head>
      <body>
        <PackageShell>
          <a className="skip-link" href="#main">
            Skip to content
          </a>
          <header className="site-header">
            <div className="site-header__inner">
              <CourseLink href="/" className="site-title">
                Friend Request?
              </CourseLink>
              <PackageNav />
              <CourseProgress slugs={lessonOrder} />
            </div>
          </header>
          <div className="page">
            <StorageNotice />
            <LmsNotice />
            <main id="main" tabIndex={-1}>
              {children}
            </main>
          </div>
          <footer className="site-footer">
            <div className="site-footer__inner">
              <p>Built on: {getSource('bosslet-2011').citation}</p>
              <p>
                Your progress is kept by your LMS and in this browser; the{' '}
                <CourseLink href="/progress">progress page</CourseLink> lets you download it. This module
                offers no CME credit.
              </p>
            </div>
          </footer>
        </PackageShell>
      </body>
    </html>
  );
}
