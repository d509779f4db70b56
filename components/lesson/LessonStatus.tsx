'use client';

import { useProgress } from '@/components/progress/useProgress';
import { lessonStatus } from '@/lib/progress/selectors';

const LABELS = { 'not-started': 'Not started', started: 'In progress', completed: 'Completed' } as const;

export function LessonStatus({ slug }: { slug: string }) {
  const { progress, hydrated } = useProgress();
  const status = hydrated ? lessonStatus(progress, slug) : 'not-started';
  return <span className={`status status--${status}`}>{LABELS[status]}</span>;
}
