import type { LessonMeta } from '@/lib/content/lesson-source';

/** What the guide's blocks need to know about a lesson: read from its frontmatter, never retyped. */
export type GuideLesson = Pick<LessonMeta, 'slug' | 'title' | 'summary' | 'minutes' | 'objectives'>;

/** The lesson with this slug and its place in the course (1-based); throws on an unknown slug. */
export function findLesson(
  lessons: readonly GuideLesson[],
  slug: string,
): { lesson: GuideLesson; number: number } {
  const index = lessons.findIndex((l) => l.slug === slug);
  if (index < 0) throw new Error(`The educator’s guide names an unknown lesson "${slug}".`);
  return { lesson: lessons[index]!, number: index + 1 };
}
