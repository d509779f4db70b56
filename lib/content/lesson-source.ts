import GithubSlugger from 'github-slugger';
import { parse as parseYaml } from 'yaml';
import * as z from 'zod';

/** What a lesson's YAML frontmatter must hold. */
export const lessonFrontmatterSchema = z.strictObject({
  title: z.string().min(3).max(80),
  summary: z.string().min(10).max(240),
  minutes: z.number().int().min(1).max(20),
  objectives: z.array(z.string().min(10)).min(2).max(6),
});

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

export interface LessonSection {
  /** The heading's id, made by the same slugger as rehype-slug, so `#id` links land on it. */
  id: string;
  title: string;
}

export interface LessonMeta extends LessonFrontmatter {
  slug: string;
  sections: LessonSection[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

/** Reads a lesson's frontmatter and its `##` sections from the MDX text. Throws with the slug on bad input. */
export function parseLessonSource(slug: string, source: string): LessonMeta {
  const match = FRONTMATTER.exec(source);
  if (!match) throw new Error(`Lesson "${slug}" has no YAML frontmatter.`);
  const parsed = lessonFrontmatterSchema.safeParse(parseYaml(match[1]!));
  if (!parsed.success) {
    throw new Error(`Lesson "${slug}" has invalid frontmatter: ${z.prettifyError(parsed.error)}`);
  }
  return { slug, ...parsed.data, sections: sectionsOf(source.slice(match[0].length)) };
}

function sectionsOf(body: string): LessonSection[] {
  const slugger = new GithubSlugger();
  const sections: LessonSection[] = [];
  let inFence = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const heading = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    // Every heading advances the slugger, as rehype-slug does, so duplicate titles get the same suffixes.
    const id = slugger.slug(heading[2]!);
    if (heading[1] === '##') sections.push({ id, title: heading[2]! });
  }
  return sections;
}
