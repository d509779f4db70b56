import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePageSource, type PageMeta } from './page-source';

/** The pages whose prose lives in `content/pages/<name>.mdx`. */
export type PageName = 'data' | 'about';

const cache = new Map<PageName, PageMeta>();

/** A page's title, heading, lede and description, read from its MDX file at build time. */
export function getPage(name: PageName): PageMeta {
  let meta = cache.get(name);
  if (!meta) {
    const file = path.join(process.cwd(), 'content', 'pages', `${name}.mdx`);
    meta = parsePageSource(name, readFileSync(file, 'utf8'));
    cache.set(name, meta);
  }
  return meta;
}
