import type { Metadata } from 'next';
import Link from 'next/link';
import { LessonStatus } from '@/components/lesson/LessonStatus';
import { ResumeButton } from '@/components/home/ResumeButton';
import { courseMinutes, getLessons } from '@/lib/content/lessons';

export const metadata: Metadata = { title: 'Lessons' };

export default function LessonsPage() {
  const lessons = getLessons();
  return (
    <>
      <h1>Lessons</h1>
      <p className="lede">
        {lessons.length} {lessons.length === 1 ? 'lesson' : 'lessons'}, about {courseMinutes()} minutes in
        all. Take them in order; your place is kept in this browser.
      </p>
      <ResumeButton lessons={lessons.map(({ slug, title }) => ({ slug, title }))} />
      <ol className="lesson-list">
        {lessons.map((lesson, index) => (
          <li key={lesson.slug}>
            <h2>
              <Link href={`/lessons/${lesson.slug}`}>
                {index + 1}. {lesson.title}
              </Link>
            </h2>
            <p>{lesson.summary}</p>
            <p className="source">
              About {lesson.minutes} minutes · <LessonStatus slug={lesson.slug} />
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
