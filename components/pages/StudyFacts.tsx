import { approxCount } from '@/lib/data-page/format';
import { getFigure, getSource, study, SURVEY_CAVEAT } from '@/content/study';

/** Facts about the survey that are not figures, read from the typed study data for the pages' prose. */

/** The survey's full reference, its journal in italics and its DOI a link. */
export function StudyCitation() {
  const c = study.citation;
  return (
    <p>
      {c.authorsShort}. {c.title}. <i>{c.journalAbbreviation}</i>. {c.year};{c.volume}({c.issue}):{c.pages}.{' '}
      <a href={`https://doi.org/${c.doi}`}>doi:{c.doi}</a>
    </p>
  );
}

/** Where the survey was run: "United States". */
export function StudyCountry() {
  return <>{study.design.country}</>;
}

/** The counts of respondents that the reported overall rate allows: "481–483". */
export function RespondentRange() {
  const [low, high] = study.overall.respondentsApproxRange;
  return (
    <>
      {low}–{high}
    </>
  );
}

/** What the survey measured that its abstract does not report, as a list. */
export function NotAvailableList() {
  return (
    <ul>
      {study.measuredButNotAvailable.map((gap) => (
        <li key={gap}>{gap}</li>
      ))}
    </ul>
  );
}

/** The published letter criticising the survey, linked by its PubMed Central id. */
export function CritiqueLink() {
  const { pmcid } = study.publishedCritique;
  return <a href={`https://pmc.ncbi.nlm.nih.gov/articles/${pmcid}/`}>{pmcid}</a>;
}

/** The one-sentence caveat set beside the survey's figures, as a note. */
export function SurveyCaveat() {
  return <p className="note">{SURVEY_CAVEAT}</p>;
}

/** A figure like `<Fig>`, but a count the module computed reads "about 199". */
export function Count({ id }: { id: string }) {
  const figure = getFigure(id);
  return (
    <span className="fig" data-figure={figure.id} title={figure.label}>
      {approxCount(figure)}
    </span>
  );
}

/** The line under a table naming its source: "Source: Bosslet et al., J Gen Intern Med 2011 (abstract)." */
export function SourceLine({ source, detail, note }: { source: string; detail?: string; note?: string }) {
  const cited = getSource(source);
  return (
    <p className="source">
      Source: {cited.short}
      {detail ? ` (${detail})` : ''}.{note ? ` ${note}` : ''}
    </p>
  );
}
