import type { ReactNode } from 'react';

export function Recap({ children }: { children: ReactNode }) {
  return (
    <section className="block recap" aria-label="Recap">
      <p className="block__label">Recap</p>
      {children}
    </section>
  );
}
