'use client';

import { useMemo } from 'react';
import { useProgress } from '@/components/progress/useProgress';
import { decodeAssignmentToken } from '@/lib/assignments/claims';

/**
 * The assignment the learner opened, read from progress once per token (so that its identity is stable
 * across renders); null before progress is read or without one.
 */
export function useOpenedAssignment() {
  const { progress, hydrated } = useProgress();
  const token = hydrated ? progress.assignment?.token : undefined;
  return useMemo(() => (token ? decodeAssignmentToken(token) : null), [token]);
}
