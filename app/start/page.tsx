import type { Metadata } from 'next';
import { OpenAssignmentLink } from '@/components/assignment/OpenAssignmentLink';
import { StartView } from '@/components/course/StartView';
import { getLessons } from '@/lib/content/lessons';

export const metadata: Metadata = { title: 'Where do you stand?' };

export default function StartPage() {
  return (
    <StartView kept="in this browser">
      <OpenAssignmentLink lessons={getLessons().map(({ slug, title }) => ({ slug, title }))} />
    </StartView>
  );
}
