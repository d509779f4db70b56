import type { GuideLesson } from './types';

interface Props {
  lessons: readonly GuideLesson[];
  finalQuestionCount: number;
  defaultPassMarkPct: number;
}

/**
 * The learner's way through the module, with each lesson's time and summary from its frontmatter, so the
 * guide cannot drift from the course.
 */
export function CourseOutline({ lessons, finalQuestionCount, defaultPassMarkPct }: Props) {
  const lessonMinutes = lessons.reduce((sum, lesson) => sum + lesson.minutes, 0);
  return (
    <div className="course-outline">
      <ol className="course-outline__steps">
        <li>
          <a href="/start">Where do you stand?</a>
          <p>
            The learner says whether they are a medical student, a resident, a practicing physician or
            something else, and answers the survey’s questions, in the module’s wording, before any figure is
            shown.
          </p>
        </li>
        {lessons.map((lesson, index) => (
          <li key={lesson.slug}>
            <a href={`/lessons/${lesson.slug}`}>
              Lesson {index + 1}: {lesson.title}
            </a>{' '}
            <span className="course-outline__time">about {lesson.minutes} minutes</span>
            <p>{lesson.summary}</p>
          </li>
        ))}
        <li>
          <a href="/after">Your view, before and after</a>
          <p>The attitude questions once more, with the learner’s first answers and the national figures.</p>
        </li>
        <li>
          <a href="/final">Final check</a>
          <p>
            {finalQuestionCount} questions across the lessons, with an explanation for every answer; an
            assignment that requires only some lessons asks about those alone. The pass mark is{' '}
            <span data-module-value="">{defaultPassMarkPct}%</span> unless your assignment sets another;
            learners may retake it, and the options are shuffled each time.
          </p>
        </li>
        <li>
          <a href="/certificate">Certificate</a>
          <p>The learner types the name to print; the server grades the answers again and signs.</p>
        </li>
      </ol>
      <p className="source">
        The {lessons.length} lessons take about {lessonMinutes} minutes in all, by their own estimates; the
        opening questions, the second round of attitude questions and the final check add a little more.
      </p>
    </div>
  );
}
