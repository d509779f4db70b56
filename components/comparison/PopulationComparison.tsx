import {
  GROUP_IDS,
  SURVEY_CAVEAT,
  formatFigure,
  getFigure,
  getSource,
  groups,
  study,
  type FigureId,
  type GroupId,
} from '@/content/study';
import { ScrollTable } from '@/components/layout/ScrollTable';

interface Row {
  key: string;
  label: string;
  /** Shown under the label beside the bar. */
  detail?: string;
  /** The row's name in the table. */
  tableLabel: string;
  figure: FigureId;
  /** The same group's share a year earlier, when the source gives it. */
  yearEarlier?: FigureId;
}

const OSN_USE: Record<GroupId, FigureId> = {
  MS: 'bosslet/osn-use/MS',
  RP: 'bosslet/osn-use/RP',
  PP: 'bosslet/osn-use/PP',
};
const RESPONDENTS: Record<GroupId, FigureId> = {
  MS: 'bosslet/respondents/MS',
  RP: 'bosslet/respondents/RP',
  PP: 'bosslet/respondents/PP',
};

const SURVEY_ROWS: readonly Row[] = GROUP_IDS.map((id) => {
  const answered = `about ${formatFigure(getFigure(RESPONDENTS[id]))} answered`;
  return {
    key: id,
    label: groups[id].label,
    detail: answered,
    tableLabel: `${groups[id].label} (${answered})`,
    figure: OSN_USE[id],
  };
});

function pewRow(key: string, label: string, figure: FigureId, yearEarlier?: FigureId): Row {
  return {
    key,
    label,
    detail: yearEarlier && `a year earlier: ${formatFigure(getFigure(yearEarlier))}`,
    tableLabel: label,
    figure,
    yearEarlier,
  };
}

const PEW_ROWS: readonly Row[] = [
  pewRow('18-29', 'Aged 18–29', 'pew-2010/18-29'),
  pewRow('30-49', 'Aged 30–49', 'pew-2010/30-49'),
  pewRow('50-64', 'Aged 50–64', 'pew-2010/50-64', 'pew-2010/50-64-year-earlier'),
  pewRow('65-plus', 'Aged 65 and older', 'pew-2010/65-plus', 'pew-2010/65-plus-year-earlier'),
];

/** Static bars on a 0–100% scale, values printed: no client JavaScript. */
function Bars({ rows }: { rows: readonly Row[] }) {
  return (
    <ul className="comparison__rows">
      {rows.map((row) => {
        const figure = getFigure(row.figure);
        return (
          <li key={row.key} className="comparison__row">
            <span className="comparison__label">
              {row.label}
              {row.detail && <small>{row.detail}</small>}
            </span>
            <div className="comparison__track" aria-hidden="true">
              <div className="comparison__bar" style={{ width: `${figure.value}%` }} />
            </div>
            <span className="comparison__value">{formatFigure(figure)}</span>
          </li>
        );
      })}
    </ul>
  );
}

function TableRows({ heading, rows }: { heading: string; rows: readonly Row[] }) {
  return (
    <tbody>
      <tr>
        <th scope="colgroup" colSpan={3}>
          {heading}
        </th>
      </tr>
      {rows.map((row) => (
        <tr key={row.key}>
          <th scope="row">{row.tableLabel}</th>
          <td className="num">{formatFigure(getFigure(row.figure))}</td>
          <td className="num">{row.yearEarlier ? formatFigure(getFigure(row.yearEarlier)) : 'not given'}</td>
        </tr>
      ))}
    </tbody>
  );
}

/**
 * The survey's three groups beside US internet users by age in the same season (Pew, May 2010). Setting
 * them side by side is this module's comparison, not the study authors': the caption says so, and says
 * why the two sets of bars cannot be matched row for row.
 */
export function PopulationComparison() {
  const survey = getSource('bosslet-2011');
  const pew = getSource('pew-2010');
  const surveyHeading = `Physicians and trainees: the national survey, ${study.design.fieldwork}`;
  const pewHeading = 'US internet users by age: Pew, May 2010';

  return (
    <section className="block comparison" aria-labelledby="population-comparison-title">
      <p className="block__label">Side by side</p>
      <figure>
        <figcaption>
          <h3 className="block__title" id="population-comparison-title">
            Social network use in 2010: the survey&rsquo;s three groups beside US internet users by age
          </h3>
          <p className="source">
            Setting these two surveys side by side is this module&rsquo;s own comparison, not the study
            authors&rsquo;. They count different people: the first, respondents in each stage of training,
            whose ages were not reported; the second, people who used the internet, by age. No row in one
            matches a row in the other.
          </p>
        </figcaption>
        <h4 className="population__heading">{surveyHeading}</h4>
        <p className="source">
          Share of the respondents in each group who reported using online social networks.
        </p>
        <Bars rows={SURVEY_ROWS} />
        <p className="source">
          Source: {survey.short} (abstract). Respondent counts are computed and approximate. {SURVEY_CAVEAT}
        </p>
        <h4 className="population__heading">{pewHeading}</h4>
        <p className="source">
          Share of the internet users in each age group who used social networking sites; people who did not
          use the internet are not counted.
        </p>
        <Bars rows={PEW_ROWS} />
        <p className="source">Source: {pew.citation}</p>
        <details>
          <summary>Show as a table</summary>
          <ScrollTable caption="Social network use in 2010, two surveys set side by side by this module">
            <thead>
              <tr>
                <th scope="col">Group</th>
                <th scope="col" className="num">
                  Share, 2010
                </th>
                <th scope="col" className="num">
                  A year earlier
                </th>
              </tr>
            </thead>
            <TableRows heading={surveyHeading} rows={SURVEY_ROWS} />
            <TableRows heading={pewHeading} rows={PEW_ROWS} />
          </ScrollTable>
        </details>
      </figure>
    </section>
  );
}
