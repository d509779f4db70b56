import type { Metadata } from 'next';
import { DeepLink } from '@/components/lti/DeepLink';
import { getLessons } from '@/lib/content/lessons';

export const metadata: Metadata = { title: 'Add the module to your course' };

export default function DeepLinkPage() {
  const lessons = getLessons().map(({ slug, title, minutes }) => ({ slug, title, minutes }));
  return (
    <div className="prose">
      <h1>Add the module to your course</h1>
      <p className="lede">
        Choose what learners must do, as for an assignment link. Your LMS gets the activity with a grade
        column; learners launch it from there with no sign-in, and their score arrives when they pass the
        final check.
      </p>
      <DeepLink lessons={lessons} />
    </div>
  );
}
