import type { PageSection } from '@/lib/content/page-source';

/** A long page's sections, linked, under its lede. */
export function PageContents({ sections }: { sections: readonly PageSection[] }) {
  return (
    <nav className="page-contents" aria-labelledby="page-contents-title">
      <h2 id="page-contents-title" className="block__label">
        On this page
      </h2>
      <ol>
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.title}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
