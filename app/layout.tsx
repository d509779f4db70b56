import type { Metadata, Viewport } from 'next';
import { PageLink } from '@/components/layout/PageLink';
import type { ReactNode } from 'react';
import { PageFrame } from '@/components/layout/PageFrame';
import { SiteNav } from '@/components/layout/SiteNav';
import { MODULE_TITLE, moduleMetadata, moduleViewport } from '@/components/layout/page-metadata';
import './globals.css';

export const metadata: Metadata = {
  title: { default: MODULE_TITLE, template: '%s · Friend Request?' },
  ...moduleMetadata,
};

export const viewport: Viewport = moduleViewport;

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <PageFrame
          home={
            <PageLink href="/" className="site-title">
              Friend Request?
            </PageLink>
          }
          nav={<SiteNav />}
          footerNote={
            <>
              <PageLink href="/progress">Your progress</PageLink> stays in this browser; you can download,
              bring back or delete it. This module offers no CME credit.
            </>
          }
        >
          {children}
        </PageFrame>
      </body>
    </html>
  );
}
