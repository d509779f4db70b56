import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lessonOrder } from '@/content/lessons/order';
import { parseLessonSource, type LessonMeta } from './lesson-source';

const LESSON_DIR = path.join(process.cwd(), 'content', 'lessons');

let cache: LessonMeta[] | undefined;

/** Every lesson's metadata, in course order. Read from the MDX files at build time. */
export function getLessons(): LessonMeta[] {
  cache ??= lessonOrder.map((slug) =>
    parseLessonSource(slug, readFileSync(path.join(LESSON_DIR, `${slug}.mdx`), 'utf8')),
  );
  return cache;
}

export function getLesson(slug: string): LessonMeta {
  const lesson = getLessons().find((l) => l.slug === slug);
  if (!lesson) throw new Error(`Unknown lesson "${slug}"`);
  return lesson;
}

/** Total reading-and-doing time of the course, from the lessons' frontmatter. */
export function courseMinutes(): number {
  return getLessons().reduce((sum, l) => sum + l.minutes, 0);
}
