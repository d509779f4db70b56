import type { Metadata } from 'next';
import Link from 'next/link';
import { BeforeAfter } from '@/components/after/BeforeAfter';
import { HydrateApart } from '@/components/layout/HydrateApart';
import { PollForm } from '@/components/poll/PollForm';
import { afterPoll } from '@/content/polls/stand';

export const metadata: Metadata = { title: 'Your view, before and after' };

export default function AfterPage() {
  return (
    <div className="prose">
      <h1>Your view, before and after</h1>
      <p className="lede">
        At the start you answered four questions on attitudes. Now that you have been through the lessons,
        answer them again: you will see your two answers side by side with the national figures. Changing your
        mind, or not, is equally fine.
      </p>
      <PollForm poll={afterPoll} />
      <HydrateApart>
        <BeforeAfter />
      </HydrateApart>
      <p className="actions">
        <Link className="button" href="/final">
          Go to the final check
        </Link>
      </p>
    </div>
  );
}
