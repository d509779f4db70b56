import type { Metadata } from 'next';
import { LessonsView } from '@/components/course/LessonsView';

export const metadata: Metadata = { title: 'Lessons' };

export default function LessonsPage() {
  return <LessonsView />;
}
