import type { Metadata } from 'next';
import { AssignmentBuilder } from '@/components/educators/AssignmentBuilder';
import { getLessons } from '@/lib/content/lessons';

export const metadata: Metadata = { title: 'Assign the module' };

export default function AssignPage() {
  const lessons = getLessons().map(({ slug, title, minutes }) => ({ slug, title, minutes }));
  return (
    <div className="prose">
      <h1>Assign the module</h1>
      <p className="lede">
        Fill in the form to make a link for your class. Learners who open it see your course, your pass mark
        and your due date, and their certificates name your course. You need no account, and the module stores
        nothing about you or your learners.
      </p>
      <AssignmentBuilder lessons={lessons} />
    </div>
  );
}
