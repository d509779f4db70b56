import type { Metadata } from 'next';
import { dataBlocks } from '@/components/pages/pageBlocks';
import Data from '@/content/pages/data.mdx';
import { getPage } from '@/lib/content/pages';

export function generateMetadata(): Metadata {
  const page = getPage('data');
  return { title: page.title, description: page.description };
}

/** Every figure the module shows, its source and its limits: the prose in MDX, the tables from the data. */
export default function DataPage() {
  const page = getPage('data');
  return (
    <article>
      <h1>{page.heading}</h1>
      <p className="lede">{page.lede}</p>
      <Data components={dataBlocks} />
    </article>
  );
}
