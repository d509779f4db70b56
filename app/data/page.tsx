import type { Metadata } from 'next';

import {
  figureList,
  formatFigure,
  getFigure,
  getSource,
  GROUP_IDS,
  groups,
  ITEM_IDS,
  items,
  sourceList,
  study,
  SURVEY_CAVEAT,
  type ByGroupItem,
  type Figure,
  type PooledItem,
} from '@/content/study';
import { ScrollTable } from '@/components/layout/ScrollTable';

export const metadata: Metadata = {
  title: 'The data',
  description:
    'Every figure the module shows, where it comes from, and what the data can and cannot tell you.',
};

const PROVENANCE_TEXT: Record<Figure['provenance'], string> = {
  reported: 'Reported',
  derived: 'Computed',
  secondary: 'Second-hand',
};

/** A count that the module computed is never shown bare: "about 199". */
function about(figure: Figure): string {
  return figure.provenance === 'derived' && figure.unit === 'count'
    ? `about ${formatFigure(figure)}`
    : formatFigure(figure);
}

/** The base of a percentage: "47 of 78", "of 501", "about 199 answered". */
function base(figure: Figure): string {
  if (!figure.n) return '—';
  const n = figure.n.value.toLocaleString('en-US');
  if (figure.count !== undefined) return `${figure.count.toLocaleString('en-US')} of ${n}`;
  return figure.n.approx ? `of about ${n}` : `of ${n}`;
}

const byGroupItems = ITEM_IDS.map((id) => items[id]).filter(
  (item): item is ByGroupItem => item.kind === 'by-group',
);
const pooledItems = ITEM_IDS.map((id) => items[id]).filter(
  (item): item is PooledItem => item.kind === 'pooled',
);

const POOLED_SIDE_FIGURE: Record<PooledItem['sideKey'], string> = {
  notAcceptable: 'not-acceptable',
  pessimistic: 'pessimistic',
  concerned: 'concerned',
};

const bosslet = getSource('bosslet-2011');
const overall = {
  surveyed: getFigure('bosslet/surveyed/overall'),
  rate: getFigure('bosslet/response-rate/overall'),
  respondents: getFigure('bosslet/respondents/overall'),
  sum: getFigure('bosslet/respondents/sum-of-groups'),
  sumRate: getFigure('bosslet/response-rate/sum-of-groups'),
};
const critique = {
  respondentShare: getFigure('bosslet/critique/respondent-share'),
  respondentsUse: getFigure('bosslet/critique/respondents-use'),
  nonRespondentShare: getFigure('bosslet/critique/non-respondent-share'),
  nonRespondentsUse: getFigure('bosslet/critique/non-respondents-use'),
  estimate: getFigure('bosslet/critique/population-estimate'),
};
const literature = sourceList
  .filter((source) => source.id !== 'bosslet-2011')
  .map((source) => ({ source, figures: figureList.filter((figure) => figure.source === source.id) }))
  .filter(({ figures }) => figures.length > 0);

export default function DataPage() {
  const [low, high] = study.overall.respondentsApproxRange;
  return (
    <article>
      <h1>The data behind the module</h1>
      <p className="lede">
        Every number the lessons show, where it comes from, and how far it can be trusted. Nothing here is
        sent anywhere: these tables are part of the page.
      </p>
      <p className="note">{SURVEY_CAVEAT}</p>
      <p>
        Download every figure, with its source and provenance:{' '}
        <a href="/data/bosslet-2011.csv" download>
          CSV
        </a>{' '}
        or{' '}
        <a href="/data/bosslet-2011.json" download>
          JSON
        </a>
        .
      </p>

      <section aria-labelledby="survey">
        <h2 id="survey">The survey</h2>
        <div className="prose">
          <p>
            {study.citation.authorsShort}. {study.citation.title}. <i>{study.citation.journalAbbreviation}</i>
            . {study.citation.year};{study.citation.volume}({study.citation.issue}):{study.citation.pages}.{' '}
            <a href={`https://doi.org/${study.citation.doi}`}>doi:{study.citation.doi}</a>
          </p>
          <p>
            Between February and May 2010, the authors mailed a questionnaire to a random sample of{' '}
            {formatFigure(getFigure('bosslet/surveyed/MS'))} people in each of three groups across the{' '}
            {study.design.country}: medical students, resident physicians and practicing physicians. It is a
            survey of what people said they did and thought. It is not a trial: no one was assigned to
            anything, even though some indexes file the paper under randomized controlled trials.
          </p>
          <p>
            Only the published abstract could be read for this module. The full paper and its questionnaire
            could not, so every figure from the survey is an abstract figure or the module’s own arithmetic on
            one, and the tables say which.
          </p>
        </div>
      </section>

      <section aria-labelledby="who-answered">
        <h2 id="who-answered">Who was asked, who answered</h2>
        <ScrollTable caption="Survey sample and response by group, 2010">
          <thead>
            <tr>
              <th scope="col">Group</th>
              <th scope="col" className="num">
                Sent the survey
              </th>
              <th scope="col" className="num">
                Response rate (reported)
              </th>
              <th scope="col" className="num">
                Answered (computed, approximate)
              </th>
            </tr>
          </thead>
          <tbody>
            {GROUP_IDS.map((id) => (
              <tr key={id}>
                <th scope="row">{groups[id].label}</th>
                <td className="num">{formatFigure(getFigure(`bosslet/surveyed/${id}`))}</td>
                <td className="num">{formatFigure(getFigure(`bosslet/response-rate/${id}`))}</td>
                <td className="num">{about(getFigure(`bosslet/respondents/${id}`))}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">All three groups</th>
              <td className="num">{formatFigure(overall.surveyed)} (computed)</td>
              <td className="num">{formatFigure(overall.rate)}</td>
              <td className="num">{about(overall.respondents)}</td>
            </tr>
          </tfoot>
        </ScrollTable>
        <div className="prose">
          <p>
            The abstract gives how many were asked and what share answered, but not how many answered. The
            module multiplies each rate by the number asked and rounds. Those counts are approximate: the
            three groups add up to {about(overall.sum)} ({formatFigure(overall.sumRate)} of{' '}
            {formatFigure(overall.surveyed)}), while the reported overall rate of {formatFigure(overall.rate)}{' '}
            allows only about {low}–{high}. The true number asked in each group was probably a little below{' '}
            {formatFigure(getFigure('bosslet/surveyed/MS'))}, for example because some letters could not be
            delivered. So the module always writes “about” before a count of respondents, and any margin of
            error worked out from one is approximate too.
          </p>
        </div>
      </section>

      <section aria-labelledby="behaviour">
        <h2 id="behaviour">What respondents reported doing</h2>
        <ScrollTable caption="Share of respondents in each group, as reported in the abstract (percent of those who answered)">
          <thead>
            <tr>
              <th scope="col">Item</th>
              {GROUP_IDS.map((id) => (
                <th key={id} scope="col" className="num">
                  {groups[id].label}
                  <br />
                  <small>about {groups[id].respondentsApprox} answered</small>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {byGroupItems.map((item) => (
              <tr key={item.id}>
                <th scope="row">{item.topic}</th>
                {GROUP_IDS.map((id) => (
                  <td key={id} className="num">
                    {formatFigure(getFigure(`bosslet/${item.id}/${id}`))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </ScrollTable>
        <p className="source">
          Source: {bosslet.short} (abstract). The abstract states that practicing physicians were more likely
          than the other groups to report profile visits and friend requests.
        </p>
      </section>

      <section aria-labelledby="attitudes">
        <h2 id="attitudes">What respondents thought</h2>
        <ScrollTable
          caption={
            <>
              Attitudes of all respondents together (about {study.overall.respondentsApprox}), one side of
              each question only
            </>
          }
        >
          <thead>
            <tr>
              <th scope="col">Question (the module’s wording)</th>
              <th scope="col">Reported side</th>
              <th scope="col" className="num">
                Share (reported)
              </th>
              <th scope="col" className="num">
                Everyone else (computed, not split)
              </th>
            </tr>
          </thead>
          <tbody>
            {pooledItems.map((item) => (
              <tr key={item.id}>
                <th scope="row">{item.topic}</th>
                <td>{item.side}</td>
                <td className="num">
                  {formatFigure(getFigure(`bosslet/${item.id}/${POOLED_SIDE_FIGURE[item.sideKey]}`))}
                </td>
                <td className="num">{formatFigure(getFigure(`bosslet/${item.id}/remainder`))}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
        <p className="source">Source: {bosslet.short} (abstract; pooled over the three groups).</p>
        <div className="prose">
          <p>
            From what they found, the authors concluded that doctors’ and trainees’ personal use of social
            networks looks much like everyone else’s; that patients and doctors do meet on these networks,
            with the patient more often making the first move; and that most respondents see such contact as
            ethically troubling.
          </p>
        </div>
      </section>

      <section aria-labelledby="limits">
        <h2 id="limits">What these data cannot tell you</h2>
        <div className="prose">
          <h3>Only the abstract</h3>
          <p>The survey asked about more than its abstract reports. Not available to this module:</p>
          <ul>
            {study.measuredButNotAvailable.map((gap) => (
              <li key={gap}>{gap}</li>
            ))}
          </ul>

          <h3>The wording is the module’s own</h3>
          <p>
            The exact questions and answer options of the survey are unknown. The questions you answer in the
            lessons, and the item names in the tables above, are written for this module; where the abstract’s
            own phrase matters, it is quoted and marked as a quotation.
          </p>

          <h3>Attitudes: pooled and one-sided</h3>
          <p>
            For the four attitude questions the abstract gives one number each, for all respondents together,
            and only for one side. When {formatFigure(getFigure('bosslet/ethics-social/not-acceptable'))} did
            not think social contact with patients ethically acceptable, the other{' '}
            {formatFigure(getFigure('bosslet/ethics-social/remainder'))} may have thought it acceptable, been
            unsure or left the question blank: the abstract does not say, and the module never splits them.
            Nor can it show how students, residents and practicing physicians differed on these questions.
          </p>

          <h3>Counts are approximate</h3>
          <p>
            Every count of respondents is the module’s arithmetic, as explained above, and is shown with
            “about”.
          </p>

          <h3>Who did not answer</h3>
          <p>
            Only {formatFigure(overall.rate)} of those asked replied. If the people who answered differ from
            those who did not, for instance because people who use social networks were keener to answer a
            survey about them, the figures describe the respondents well and the profession poorly, and there
            is no way to tell from the abstract in which direction, or by how much. A letter to the journal’s
            editors (PubMed Central{' '}
            <a href={`https://pmc.ncbi.nlm.nih.gov/articles/${study.publishedCritique.pmcid}/`}>
              {study.publishedCritique.pmcid}
            </a>
            ) made this point with a worked example for practicing physicians’ use of social networks:
          </p>
        </div>
        <ScrollTable caption="The critique’s worked example: what non-response could do (a hypothetical)">
          <thead>
            <tr>
              <th scope="col">Part of those asked</th>
              <th scope="col" className="num">
                Share of those asked
              </th>
              <th scope="col" className="num">
                Use of social networks
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Answered</th>
              <td className="num">{formatFigure(critique.respondentShare)}</td>
              <td className="num">about {formatFigure(critique.respondentsUse)}</td>
            </tr>
            <tr>
              <th scope="row">Did not answer (supposed)</th>
              <td className="num">{formatFigure(critique.nonRespondentShare)}</td>
              <td className="num">{formatFigure(critique.nonRespondentsUse)}</td>
            </tr>
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Everyone asked (computed)</th>
              <td className="num">1.00</td>
              <td className="num">{formatFigure(critique.estimate)}</td>
            </tr>
          </tfoot>
        </ScrollTable>
        <div className="prose">
          <p>
            That is {formatFigure(critique.respondentShare)} × {formatFigure(critique.respondentsUse)} +{' '}
            {formatFigure(critique.nonRespondentShare)} × {formatFigure(critique.nonRespondentsUse)} ={' '}
            {formatFigure(critique.estimate)}, roughly half of the figure the respondents gave (the letter
            rounds the reported {formatFigure(getFigure('bosslet/osn-use/PP'))} to about{' '}
            {formatFigure(critique.respondentsUse)}). The 20% is a supposition, not a finding: it shows how
            much could change, not what did. The letter also pointed out that the results were not weighted to
            allow for non-response or for the groups’ different chances of being sampled, and that women
            physicians were reportedly over-represented among those who answered, which matters because gender
            goes with specialty and age, and those may go with use of social networks. The authors’ reply was
            not consulted for this module.
          </p>

          <h3>A survey, not a trial</h3>
          <p>
            Some databases tag the paper as a randomized controlled trial. It is not one: the sample was drawn
            at random, but nobody was given an intervention, so the figures describe, they do not test causes.
          </p>
        </div>
      </section>

      <section aria-labelledby="literature">
        <h2 id="literature">Figures from related studies</h2>
        <p className="prose">
          Other studies set the survey in context. Each was done in its own place, year and population, so
          their figures sit beside the survey’s rather than on the same scale.
        </p>
        {literature.map(({ source, figures }) => (
          <section key={source.id} aria-labelledby={`lit-${source.id}`}>
            <h3 id={`lit-${source.id}`}>{source.short}</h3>
            <ScrollTable caption={`Figures from ${source.short}`}>
              <thead>
                <tr>
                  <th scope="col">What was counted</th>
                  <th scope="col" className="num">
                    Figure
                  </th>
                  <th scope="col" className="num">
                    Base
                  </th>
                  <th scope="col">Provenance</th>
                </tr>
              </thead>
              <tbody>
                {figures.map((figure) => (
                  <tr key={figure.id}>
                    <th scope="row">{figure.label}</th>
                    <td className="num">{formatFigure(figure)}</td>
                    <td className="num">{base(figure)}</td>
                    <td>
                      {PROVENANCE_TEXT[figure.provenance]}
                      {figure.provenance === 'secondary' ? ' (seen only in a news summary)' : ''}
                      {figure.note && figure.provenance !== 'secondary' ? `. ${figure.note}` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
            {source.note ? <p className="note">{source.note}</p> : null}
            {source.caution ? <p className="note">Caution: {source.caution}</p> : null}
            <p className="source">Source: {source.citation}</p>
          </section>
        ))}
      </section>
    </article>
  );
}
