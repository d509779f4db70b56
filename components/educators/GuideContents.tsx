import type { LessonSection } from '@/lib/content/lesson-source';

/** The guide's sections, linked: a printed guide keeps it as its table of contents. */
export function GuideContents({ sections }: { sections: readonly LessonSection[] }) {
  return (
    <nav className="guide-contents" aria-labelledby="guide-contents-title">
      <h2 id="guide-contents-title" className="block__label">
        In this guide
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
