import { sourceList } from '@/content/study';
import { CritiqueLink } from './StudyFacts';

/** A full reference; its DOI, if any, becomes a link (written once, not twice). */
function Reference({ citation, doi }: { citation: string; doi?: string }) {
  if (!doi) return <>{citation}</>;
  const text = citation.endsWith(`doi:${doi}`) ? citation.slice(0, -`doi:${doi}`.length).trimEnd() : citation;
  return (
    <>
      {text} <a href={`https://doi.org/${doi}`}>doi:{doi}</a>
    </>
  );
}

/**
 * The reference list: every source of the typed study data, each with an anchor (`#ref-<id>`), then the
 * published letter criticising the survey, described by `critique` and followed by `critiqueNote`.
 */
export function References({ critique, critiqueNote }: { critique: string; critiqueNote: string }) {
  return (
    <ol>
      {sourceList.map((source) => (
        <li key={source.id} id={`ref-${source.id}`}>
          <Reference citation={source.citation} doi={source.doi} />
        </li>
      ))}
      <li id="ref-critique">
        {critique} PubMed Central <CritiqueLink />. {critiqueNote}
      </li>
    </ol>
  );
}
