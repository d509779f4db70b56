import type { Metadata } from 'next';
import { PageContents } from '@/components/layout/PageContents';
import { aboutBlocks } from '@/components/pages/pageBlocks';
import About from '@/content/pages/about.mdx';
import { getPage, getPageSections } from '@/lib/content/pages';

export function generateMetadata(): Metadata {
  const page = getPage('about');
  return { title: page.title, description: page.description };
}

/**
 * What the module is and is not, where its content comes from (version, review, change log, how to report an
 * error), its references, privacy and accessibility: the prose in MDX. Rendered per request, because the
 * contact for error reports (FEEDBACK_CONTACT) is read when the page is served.
 */
export default function AboutPage() {
  const page = getPage('about');
  return (
    <article>
      <h1>{page.heading}</h1>
      <p className="lede">{page.lede}</p>
      <PageContents sections={getPageSections('about')} />
      <div className="prose">
        <About components={aboutBlocks} />
      </div>
    </article>
  );
}
