import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseGuideSource, type GuideMeta } from './guide-source';

const GUIDE_FILE = path.join(process.cwd(), 'content', 'educators', 'guide.mdx');

let cache: GuideMeta | undefined;

/** The educator's guide's title, summary and sections. Read from the MDX file at build time. */
export function getGuide(): GuideMeta {
  cache ??= parseGuideSource(readFileSync(GUIDE_FILE, 'utf8'));
  return cache;
}
