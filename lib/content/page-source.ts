import * as z from 'zod';
import { splitFrontmatter } from './lesson-source';

/** What the YAML frontmatter of a page of `content/pages/` must hold. */
export const pageFrontmatterSchema = z.strictObject({
  /** The browser tab's title, before the module's name ("The data"). */
  title: z.string().min(3).max(40),
  /** The page's one h1. */
  heading: z.string().min(3).max(80),
  /** The paragraph under the h1. */
  lede: z.string().min(10).max(300),
  /** For search engines and link previews. */
  description: z.string().min(10).max(200),
});

export type PageMeta = z.infer<typeof pageFrontmatterSchema>;

/** Reads a page's frontmatter from its MDX text. `name` (e.g. `data`) names the file in the error. */
export function parsePageSource(name: string, source: string): PageMeta {
  const { frontmatter } = splitFrontmatter(`Page "${name}"`, source);
  const parsed = pageFrontmatterSchema.safeParse(frontmatter);
  if (!parsed.success) {
    throw new Error(`Page "${name}" has invalid frontmatter: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export interface PageSection {
  id: string;
  title: string;
}

const SECTION = /<Section\s+id="([^"]+)"\s+title="([^"]+)"\s*>/g;

/** A page's `<Section id="…" title="…">`s in order: what its contents list links to. */
export function pageSections(source: string): PageSection[] {
  return [...source.matchAll(SECTION)].map((match) => ({ id: match[1]!, title: match[2]! }));
}
