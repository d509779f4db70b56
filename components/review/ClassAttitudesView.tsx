import { MIN_SHARED_LEARNERS, type ClassAttitudes, type ClassShare } from '@/lib/review/attitudes';
import { ScrollTable } from '@/components/layout/ScrollTable';
import { ClassShareCell } from './ClassShareCell';

export interface NationalContext {
  /** Everyone who answered the survey, e.g. "501" (derived, approximate). */
  respondents: string;
  /** When the survey was in the field, e.g. "February–May 2010". */
  fieldwork: string;
  caveat: string;
  citation: string;
}

function Share({ share }: { share: ClassShare }) {
  return (
    <ClassShareCell
      count={share.onSide}
      of={share.answered}
      pct={share.pct}
      none="no one answered"
      few={(n) => `only ${n} answered`}
    />
  );
}

/**
 * The class beside the national figures, for the discussion session: on each item, the share of the class
 * on the side the study reports, before and after the lessons. Shown only from five learners who shared.
 */
export function ClassAttitudesView({
  attitudes,
  national,
  scope,
}: {
  attitudes: ClassAttitudes;
  national: NationalContext;
  /** Which certificates the class is, e.g. "all certificates checked" or a course name. */
  scope: string;
}) {
  return (
    <section className="block" aria-labelledby="class-attitudes-title">
      <h2 id="class-attitudes-title" className="block__title">
        Class attitudes, before and after
      </h2>
      {!attitudes.shown ? (
        <p>{attitudes.reason}</p>
      ) : (
        <>
          <p>
            From the {attitudes.learners} learners who chose to share their answers ({scope}), each counted
            once. Each share is the part of the class that gave the answer the study reports; the study gives
            no figure for the other answers.
          </p>
          <ScrollTable
            caption="The class’s answers before and after the lessons, beside all respondents of the 2010 survey"
            captionClassName="visually-hidden"
          >
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">Answer counted</th>
                <th scope="col">Class, before</th>
                <th scope="col">Class, after</th>
                <th scope="col">All respondents, 2010</th>
              </tr>
            </thead>
            <tbody>
              {attitudes.items.map(({ facts, before, after }) => (
                <tr key={facts.item}>
                  <th scope="row">{facts.prompt}</th>
                  <td>{facts.matchesLabel}</td>
                  <td>
                    <Share share={before} />
                  </td>
                  <td>
                    <Share share={after} />
                  </td>
                  <td>
                    <strong>{facts.national}</strong> {facts.side}
                  </td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
          <p className="source">
            Class: computed in this browser from the shared answers; an item that fewer than{' '}
            {MIN_SHARED_LEARNERS} learners answered is not shown. A class is not a sample of anyone else, and
            learners who chose to share may differ from those who did not: use these to open the discussion,
            not to draw conclusions.
          </p>
          <p className="source">
            National: all respondents together, {national.fieldwork}, about {national.respondents} people
            (medical students, residents and practicing physicians pooled; no figure by group is published).{' '}
            {national.caveat} Source: {national.citation} (abstract). The wording of the questions is this
            module’s own.
          </p>
        </>
      )}
    </section>
  );
}
