/** The lessons in the order a learner takes them. Each slug names `content/lessons/<slug>.mdx`. */
export const lessonOrder = ['when-patients-knock'] as const;

export type LessonSlug = (typeof lessonOrder)[number];
