import { Fragment, type ReactNode } from 'react';
import { sourceList, type Source } from '@/content/study';
import { countOf } from '@/lib/words/plural';

const PMC = /\bPMC\d+\b/g;

/** A citation's PubMed Central ids as links to their articles. */
function withPmcLinks(text: string): ReactNode[] {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(PMC)) {
    parts.push(text.slice(last, match.index));
    parts.push(
      <a key={match.index} href={`https://pmc.ncbi.nlm.nih.gov/articles/${match[0]}/`}>
        {match[0]}
      </a>,
    );
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

/** A full reference; its DOI, if any, becomes a link (written once, not twice), and so does a PMC id. */
function Reference({ citation, doi }: { citation: string; doi?: string }) {
  const text =
    doi && citation.endsWith(`doi:${doi}`) ? citation.slice(0, -`doi:${doi}`.length).trimEnd() : citation;
  return (
    <>
      {withPmcLinks(text).map((part, index) => (
        <Fragment key={index}>{part}</Fragment>
      ))}
      {doi ? (
        <>
          {' '}
          <a href={`https://doi.org/${doi}`}>doi:{doi}</a>
        </>
      ) : null}
    </>
  );
}

/** What a reader should know before relying on a source: its note, what was seen second-hand, its caution. */
export function sourceNotes(source: Source): { label: string; text: string }[] {
  const notes: { label: string; text: string }[] = [];
  if (source.note) notes.push({ label: 'Note', text: source.note });
  const secondary = source.facts.filter((fact) => fact.secondary).length;
  if (secondary > 0) {
    notes.push({
      label: 'Second-hand',
      text: `${countOf(secondary, 'fact')} of the ${source.facts.length} the module takes from it ${secondary === 1 ? 'was' : 'were'} seen only in a source quoting or summarising it, and ${secondary === 1 ? 'is' : 'are'} marked so wherever ${secondary === 1 ? 'it appears' : 'they appear'}.`,
    });
  }
  if (source.caution) notes.push({ label: 'Caution', text: source.caution });
  return notes;
}

/**
 * The reference list, generated from the typed study data: every source the module cites, once each, with an
 * anchor (`#ref-<id>`), its full citation, and what to know before relying on it.
 */
export function References() {
  return (
    <ol className="references">
      {sourceList.map((source) => (
        <li key={source.id} id={`ref-${source.id}`}>
          <Reference citation={source.citation} doi={source.doi} />
          {sourceNotes(source).map((note) => (
            <p key={note.label} className="references__note">
              <strong>{note.label}:</strong> {note.text}
            </p>
          ))}
        </li>
      ))}
    </ol>
  );
}
