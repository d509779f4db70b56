import { findLesson, type GuideLesson } from './types';

/** A lesson's title, from its frontmatter, linked to the lesson. */
export function LessonLink({ slug, lessons }: { slug: string; lessons: readonly GuideLesson[] }) {
  const { lesson } = findLesson(lessons, slug);
  return <a href={`/lessons/${lesson.slug}`}>{lesson.title}</a>;
}
