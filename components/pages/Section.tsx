import type { ReactNode } from 'react';

/** A `##` section of a page, a region named by its heading, so that its id can be chosen and kept. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
