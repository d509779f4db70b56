import type { Metadata } from 'next';
import { OpenAssignmentLink } from '@/components/assignment/OpenAssignmentLink';
import { StandForm } from '@/components/start/StandForm';
import { getPoll } from '@/content/polls';
import { getLessons } from '@/lib/content/lessons';

export const metadata: Metadata = { title: 'Where do you stand?' };

export default function StartPage() {
  const lessons = getLessons();
  const first = lessons[0]!;
  return (
    <div className="prose">
      <h1>Where do you stand?</h1>
      <p className="lede">
        Before any figures, say who you are and answer seven short questions from the national survey, in this
        module&rsquo;s own words. The lessons then set your answers beside the national ones. Nothing is
        graded, and your answers stay in this browser.
      </p>
      <OpenAssignmentLink lessons={lessons.map(({ slug, title }) => ({ slug, title }))} />
      <StandForm poll={getPoll('before')} nextHref={`/lessons/${first.slug}`} />
    </div>
  );
}
