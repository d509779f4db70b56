'use client';

import { useState, type ReactNode } from 'react';
import { Reveal } from '@/components/motion/Reveal';

/**
 * Keeps figures back until the learner has given their own answer, so that the national answer cannot
 * anchor theirs; a learner who would rather not answer can still see them.
 */
export function AnswerGate({
  answered,
  ready,
  title,
  children,
}: {
  answered: boolean;
  ready: boolean;
  title: string;
  children: ReactNode;
}) {
  const [showAnyway, setShowAnyway] = useState(false);
  if (!ready || (!answered && !showAnyway)) {
    return (
      <section className="block comparison" aria-label={title}>
        <p className="block__label">How you compare</p>
        <p className="comparison__waiting">
          Answer the questions above first; the figures for this question then appear here.
        </p>
        <button type="button" className="button button--quiet" onClick={() => setShowAnyway(true)}>
          Show the figures without answering
        </button>
      </section>
    );
  }
  return (
    <Reveal>
      <section className="block comparison" aria-label={title}>
        <p className="block__label">How you compare</p>
        {children}
      </section>
    </Reveal>
  );
}
