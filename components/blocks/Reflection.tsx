'use client';

import { useEffect, useId, useState } from 'react';
import { useProgress } from '@/components/progress/useProgress';
import { setReflection } from '@/lib/progress/actions';
import { hydrateApart } from '@/components/layout/HydrateApart';

export const REFLECTION_MAX = 5000;

/** A private note to self: saved in this browser as the learner types, never sent anywhere. */
function ReflectionInner({ id, prompt }: { id: string; prompt: string }) {
  const fieldId = useId();
  const { progress, hydrated, update } = useProgress();
  const saved = progress.reflections[id] ?? '';
  // What the learner is typing; until they type, the saved text (from this or another tab) is shown.
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? saved;

  useEffect(() => {
    if (draft === null) return;
    const timer = setTimeout(() => update((p) => setReflection(p, id, draft)), 400);
    return () => clearTimeout(timer);
  }, [draft, id, update]);

  return (
    <section className="block reflection" aria-label="Reflect">
      <p className="block__label">Reflect</p>
      <label htmlFor={fieldId} className="block__title">
        {prompt}
      </label>
      <textarea
        id={fieldId}
        rows={5}
        maxLength={REFLECTION_MAX}
        value={text}
        aria-describedby={`${fieldId}-hint`}
        disabled={!hydrated}
        onChange={(e) => setDraft(e.target.value)}
      />
      <p className="source" id={`${fieldId}-hint`}>
        {draft !== null && draft === saved ? 'Saved in this browser. ' : ''}Only you can see this: it stays in
        this browser and is never sent anywhere.
      </p>
    </section>
  );
}

/** Hydrates apart from the lesson around it (see HydrateApart). */
export const Reflection = hydrateApart(ReflectionInner);
