import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { CourseLink } from '@/components/layout/CourseLink';
import { PageFrame } from '@/components/layout/PageFrame';
import { LmsNotice } from '@/components/package/LmsNotice';
import { PackageNav } from '@/components/package/PackageNav';
import { PackageShell } from '@/components/package/PackageShell';
import { SETTINGS_FILE } from '@/lib/scorm/settings';
import { MODULE_TITLE, moduleMetadata, moduleViewport } from '@/components/layout/page-metadata';
import './globals.css';

// The LMS package's one page (npm run build:scorm): see next.config.mjs.

export const metadata: Metadata = {
  title: MODULE_TITLE,
  ...moduleMetadata,
};

export const viewport: Viewport = moduleViewport;

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
          <PageFrame
            home={
              <CourseLink href="/" className="site-title">
                Friend Request?
              </CourseLink>
            }
            nav={<PackageNav />}
            notices={<LmsNotice />}
            footerNote={
              <>
                Your progress is kept by your LMS and in this browser; the{' '}
                <CourseLink href="/progress">progress page</CourseLink> lets you download it. This module
                offers no CME credit.
              </>
            }
          >
            {children}
          </PageFrame>
        </PackageShell>
      </body>
    </html>
  );
}
