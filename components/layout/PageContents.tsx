import { useId } from 'react';

/**
 * A long page's sections, linked, under its lede: "On this page" on /about, "In this guide" in the
 * educator's guide (which a printed guide keeps as its table of contents).
 */
export function PageContents({
  sections,
  title = 'On this page',
}: {
  sections: readonly { id: string; title: string }[];
  title?: string;
}) {
  const titleId = useId();
  return (
    <nav className="page-contents" aria-labelledby={titleId}>
      <h2 id={titleId} className="block__label">
        {title}
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
