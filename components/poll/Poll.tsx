import { getPoll } from '@/content/polls';
import { PollForm } from './PollForm';

/** "Your view": the learner answers before any figure is shown. Nothing here is graded. */
export function Poll({ id }: { id: string }) {
  const poll = getPoll(id);
  return (
    <section className="block poll" aria-labelledby={`poll-${poll.id}-title`}>
      <p className="block__label" id={`poll-${poll.id}-title`}>
        Your view
      </p>
      <p>{poll.intro}</p>
      <PollForm poll={poll} />
    </section>
  );
}
