'use client';

import { createContext, useContext, type ReactNode } from 'react';

/** Which lesson a teaching block sits in, so blocks need no slug prop from the author. */
const LessonContext = createContext<string | null>(null);

export function LessonProvider({ slug, children }: { slug: string; children: ReactNode }) {
  return <LessonContext.Provider value={slug}>{children}</LessonContext.Provider>;
}

export function useLessonSlug(): string | null {
  return useContext(LessonContext);
}
