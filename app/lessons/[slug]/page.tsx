import type { Metadata } from 'next';
import Link from 'next/link';
import { Objectives } from '@/components/blocks/Objectives';
import { teachingBlocks } from '@/components/blocks/teachingBlocks';
import { LessonProvider } from '@/components/lesson/LessonContext';
import { LessonTracker } from '@/components/lesson/LessonTracker';
import { lessonOrder } from '@/content/lessons/order';
import { getLesson, getLessons } from '@/lib/content/lessons';

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
  const lesson = getLesson(slug);
  const lessons = getLessons();
  const index = lessons.findIndex((l) => l.slug === slug);
  const previous = lessons[index - 1];
  const next = lessons[index + 1];
  const { default: Body } = await import(`@/content/lessons/${slug}.mdx`);

  return (
    <LessonProvider slug={slug}>
      <article>
        <p className="block__label">
          Lesson {index + 1} of {lessons.length}
        </p>
        <h1>{lesson.title}</h1>
        <p className="lesson-meta">About {lesson.minutes} minutes</p>
        <Objectives items={lesson.objectives} />
        <div className="prose lesson-body">
          <Body components={teachingBlocks} />
        </div>
        <LessonTracker slug={slug} sectionIds={lesson.sections.map((s) => s.id)} />
      </article>
      <nav className="lesson-nav" aria-label="Lessons">
        {previous ? (
          <Link href={`/lessons/${previous.slug}`}>← {previous.title}</Link>
        ) : (
          <Link href="/lessons">← All lessons</Link>
        )}
        {next ? (
          <Link href={`/lessons/${next.slug}`}>Next: {next.title} →</Link>
        ) : (
          <Link href="/after">Next: your view, before and after →</Link>
        )}
      </nav>
    </LessonProvider>
  );
}
