import type { ReactNode } from 'react';
import { getSource } from '@/content/study';

/** What a source found or advises, in the lesson's own words, with the full citation beneath. */
export function Evidence({
  source,
  title,
  children,
}: {
  source: string;
  title: string;
  children: ReactNode;
}) {
  const cited = getSource(source);
  return (
    <section className="block evidence" aria-label={`Evidence: ${title}`}>
      <p className="block__label">Evidence</p>
      <h3 className="block__title">{title}</h3>
      {children}
      <p className="source">Source: {cited.citation}</p>
    </section>
  );
}
