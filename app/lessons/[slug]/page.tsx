import type { Metadata } from 'next';
import { LessonView } from '@/components/course/LessonView';
import { lessonOrder } from '@/content/lessons/order';
import { getLesson } from '@/lib/content/lessons';

export const dynamicParams = false;

export function generateStaticParams() {
  return lessonOrder.map((slug) => ({ slug }));
}

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const lesson = getLesson(slug);
  return { title: lesson.title, description: lesson.summary };
}

export default async function LessonPage({ params }: Props) {
  const { slug } = await params;
  return <LessonView slug={slug} />;
}
