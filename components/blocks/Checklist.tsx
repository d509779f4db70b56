import { getSource } from '@/content/study';

export interface ChecklistItem {
  /** One thing to do, in the lesson's own words. */
  text: string;
  /** Ids of the sources (content/study) that advise it, cited in short form after the text. */
  sources: readonly string[];
}

/**
 * A practical checklist the learner can tick while reading. The boxes are native checkboxes, each labelled
 * by its item, so the block needs no client script. Ticks are deliberately not saved: the progress store
 * has no place for them, and the block says so rather than let a tick look kept.
 */
export function Checklist({
  id,
  title = 'A practical checklist',
  items,
}: {
  id: string;
  title?: string;
  items: readonly ChecklistItem[];
}) {
  if (items.length === 0) throw new Error(`Checklist "${id}" has no items.`);
  const rows = items.map((item) => {
    if (item.sources.length === 0) throw new Error(`Checklist "${id}": "${item.text}" cites no source.`);
    return { text: item.text, citation: item.sources.map((source) => getSource(source).short).join('; ') };
  });
  const titleId = `${id}-title`;
  return (
    <section className="block checklist" aria-labelledby={titleId}>
      <p className="block__label">Checklist</p>
      <h3 className="block__title" id={titleId}>
        {title}
      </h3>
      <p className="source">Tick what you already do. Ticks are not saved: they are for this reading only.</p>
      <ul className="checklist__items">
        {rows.map((row) => (
          <li key={row.text}>
            <label className="choice">
              {/* autoComplete="off" stops a browser from restoring old ticks on reload, which would look saved. */}
              <input type="checkbox" autoComplete="off" />
              <span>
                {row.text} <cite className="cite">({row.citation})</cite>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
