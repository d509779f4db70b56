'use client';

import { useRouter } from 'next/navigation';
import type { Poll } from '@/content/polls/types';
import { PollForm } from '@/components/poll/PollForm';

/** "Where do you stand?": the learner's role and the seven items, then on to the first lesson. */
export function StandForm({ poll, nextHref }: { poll: Poll; nextHref: string }) {
  const router = useRouter();
  return (
    <PollForm
      poll={poll}
      askRole="always"
      submitLabel="Save and go to the first lesson"
      onSaved={() => router.push(nextHref)}
    />
  );
}
