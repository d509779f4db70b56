import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pageSections, parsePageSource, type PageMeta, type PageSection } from './page-source';

/** The pages whose prose lives in `content/pages/<name>.mdx`. */
export type PageName = 'data' | 'about';

const cache = new Map<PageName, { meta: PageMeta; sections: PageSection[] }>();

function load(name: PageName) {
  let page = cache.get(name);
  if (!page) {
    const source = readFileSync(path.join(process.cwd(), 'content', 'pages', `${name}.mdx`), 'utf8');
    page = { meta: parsePageSource(name, source), sections: pageSections(source) };
    cache.set(name, page);
  }
  return page;
}

/** A page's title, heading, lede and description, read from its MDX file (once per process). */
export function getPage(name: PageName): PageMeta {
  return load(name).meta;
}

/** A page's sections, in order, read from its MDX file: for its contents list. */
export function getPageSections(name: PageName): readonly PageSection[] {
  return load(name).sections;
}
