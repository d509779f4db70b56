import { CourseLink } from '@/components/layout/CourseLink';
import { LessonStatus } from '@/components/lesson/LessonStatus';
import { ResumeButton } from '@/components/home/ResumeButton';
import { courseMinutes, getLessons } from '@/lib/content/lessons';

/** The list of lessons, each with its status; `kept` says where the learner's place is kept. */
export function LessonsView({ kept = 'in this browser' }: { kept?: string }) {
  const lessons = getLessons();
  return (
    <>
      <h1>Lessons</h1>
      <p className="lede">
        {lessons.length} {lessons.length === 1 ? 'lesson' : 'lessons'}, about {courseMinutes()} minutes in
        all. Take them in order; your place is kept {kept}.
      </p>
      <ResumeButton lessons={lessons.map(({ slug, title }) => ({ slug, title }))} />
      <ol className="lesson-list">
        {lessons.map((lesson, index) => (
          <li key={lesson.slug}>
            <h2>
              <CourseLink href={`/lessons/${lesson.slug}`}>
                {index + 1}. {lesson.title}
              </CourseLink>
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
