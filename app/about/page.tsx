import type { Metadata } from 'next';
import { aboutBlocks } from '@/components/pages/pageBlocks';
import About from '@/content/pages/about.mdx';
import { getPage } from '@/lib/content/pages';

export function generateMetadata(): Metadata {
  const page = getPage('about');
  return { title: page.title, description: page.description };
}

/** What the module is and is not, its references, privacy and accessibility: the prose in MDX. */
export default function AboutPage() {
  const page = getPage('about');
  return (
    <article>
      <h1>{page.heading}</h1>
      <p className="lede">{page.lede}</p>
      <div className="prose">
        <About components={aboutBlocks} />
      </div>
    </article>
  );
}
