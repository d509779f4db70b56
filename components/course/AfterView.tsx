import { BeforeAfter } from '@/components/after/BeforeAfter';
import { CourseLink } from '@/components/layout/CourseLink';
import { HydrateApart } from '@/components/layout/HydrateApart';
import { PollForm } from '@/components/poll/PollForm';
import { afterPoll } from '@/content/polls/stand';

/** The attitude questions again, after the lessons, beside the learner's first answers. */
export function AfterView() {
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
        <CourseLink className="button" href="/final">
          Go to the final check
        </CourseLink>
      </p>
    </div>
  );
}
