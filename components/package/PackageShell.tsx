'use client';

import type { ReactNode } from 'react';
import { InOneDocument } from '@/components/layout/CourseLink';
import { launchPackage } from './runtime';

// Before anything reads progress (this shell holds every part of the page): the launch decides where it
// is kept.
launchPackage();

/** The package's page: every course link in it is a view of this one document. */
export function PackageShell({ children }: { children: ReactNode }) {
  return <InOneDocument.Provider value={true}>{children}</InOneDocument.Provider>;
}
