import type { GuideLesson } from './types';

/** Each lesson's learning objectives, taken from its frontmatter: the same list the learner sees. */
export function ObjectivesByLesson({ lessons }: { lessons: readonly GuideLesson[] }) {
  return (
    <div className="objectives-map">
      {lessons.map((lesson, index) => (
        <section key={lesson.slug} aria-labelledby={`objectives-${lesson.slug}`}>
          <h3 id={`objectives-${lesson.slug}`}>
            Lesson {index + 1}: <a href={`/lessons/${lesson.slug}`}>{lesson.title}</a>
          </h3>
          <ul>
            {lesson.objectives.map((objective) => (
              <li key={objective}>{objective}</li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
