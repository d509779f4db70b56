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

/**
 * Splits an MDX file into its parsed YAML frontmatter and the body after it. `what` names the file in the
 * error, e.g. `Lesson "the-study"`.
 */
export function splitFrontmatter(what: string, source: string): { frontmatter: unknown; body: string } {
  const match = FRONTMATTER.exec(source);
  if (!match) throw new Error(`${what} has no YAML frontmatter.`);
  return { frontmatter: parseYaml(match[1]!), body: source.slice(match[0].length) };
}

/** Reads a lesson's frontmatter and its `##` sections from the MDX text. Throws with the slug on bad input. */
export function parseLessonSource(slug: string, source: string): LessonMeta {
  const { frontmatter, body } = splitFrontmatter(`Lesson "${slug}"`, source);
  const parsed = lessonFrontmatterSchema.safeParse(frontmatter);
  if (!parsed.success) {
    throw new Error(`Lesson "${slug}" has invalid frontmatter: ${z.prettifyError(parsed.error)}`);
  }
  return { slug, ...parsed.data, sections: sectionsOf(body) };
}

/** The `##` headings of an MDX body, with the ids rehype-slug gives them. */
export function sectionsOf(body: string): LessonSection[] {
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
