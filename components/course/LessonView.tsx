import { Objectives } from '@/components/blocks/Objectives';
import { teachingBlocks } from '@/components/blocks/teachingBlocks';
import { CourseLink } from '@/components/layout/CourseLink';
import { LessonProvider } from '@/components/lesson/LessonContext';
import { LessonTracker } from '@/components/lesson/LessonTracker';
import { getLesson, getLessons } from '@/lib/content/lessons';

/** One lesson: its objectives, its MDX body with the teaching blocks, and the way on (site and package). */
export async function LessonView({ slug }: { slug: string }) {
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
          <CourseLink href={`/lessons/${previous.slug}`}>← {previous.title}</CourseLink>
        ) : (
          <CourseLink href="/lessons">← All lessons</CourseLink>
        )}
        {next ? (
          <CourseLink href={`/lessons/${next.slug}`}>Next: {next.title} →</CourseLink>
        ) : (
          <CourseLink href="/after">Next: your view, before and after →</CourseLink>
        )}
      </nav>
    </LessonProvider>
  );
}
