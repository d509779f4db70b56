/** The lessons in the order a learner takes them. Each slug names `content/lessons/<slug>.mdx`. */
export const lessonOrder = [
  'the-study',
  'who-is-online',
  'when-patients-knock',
  'is-it-ethical',
  'guidance-and-practice',
  'guidance-since-2013',
] as const;

export type LessonSlug = (typeof lessonOrder)[number];
