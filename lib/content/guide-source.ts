import * as z from 'zod';
import { sectionsOf, splitFrontmatter, type LessonSection } from './lesson-source';

/** What the educator's guide's YAML frontmatter must hold. */
export const guideFrontmatterSchema = z.strictObject({
  title: z.string().min(3).max(80),
  summary: z.string().min(10).max(240),
});

export interface GuideMeta extends z.infer<typeof guideFrontmatterSchema> {
  /** The guide's `##` sections, for its table of contents. */
  sections: LessonSection[];
}

/** Reads the guide's frontmatter and `##` sections from its MDX text. Throws on bad input. */
export function parseGuideSource(source: string): GuideMeta {
  const { frontmatter, body } = splitFrontmatter('The educator’s guide', source);
  const parsed = guideFrontmatterSchema.safeParse(frontmatter);
  if (!parsed.success) {
    throw new Error(`The educator’s guide has invalid frontmatter: ${z.prettifyError(parsed.error)}`);
  }
  return { ...parsed.data, sections: sectionsOf(body) };
}
