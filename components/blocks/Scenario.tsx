import type { ReactNode } from 'react';

/** A short teaching case. Always labelled as the module's own, never as the study's. */
export function Scenario({ title, children }: { title: string; children: ReactNode }) {
  return (
    <aside className="block scenario" aria-label={`Case: ${title}`}>
      <p className="block__label">A case written for this module</p>
      <h3 className="block__title">{title}</h3>
      {children}
    </aside>
  );
}
