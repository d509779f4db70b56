import { SampleTable } from '@/components/explorer/ResponseRates';
import { ScrollTable } from '@/components/layout/ScrollTable';
import { attitudeTable, behaviourTable, critiqueTable, literatureTables } from '@/lib/data-page/tables';

/** The /data page's tables. Every cell comes from `lib/data-page/tables`, which reads the typed study data. */

export { SampleTable };

/** What respondents reported doing, each behaviour item by group. */
export function BehaviourTable() {
  const { groups, rows } = behaviourTable();
  return (
    <ScrollTable caption="Share of respondents in each group, as reported in the abstract (percent of those who answered)">
      <thead>
        <tr>
          <th scope="col">Item</th>
          {groups.map((group) => (
            <th key={group.id} scope="col" className="num">
              {group.label}
              <br />
              <small>{group.answered}</small>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.topic}</th>
            {row.shares.map((share, index) => (
              <td key={groups[index]!.id} className="num">
                {share}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

/** What respondents thought: the reported side of each attitude item, pooled, and the unsplit rest. */
export function AttitudeTable() {
  const { respondents, rows } = attitudeTable();
  return (
    <ScrollTable
      caption={`Attitudes of all respondents together (about ${respondents}), one side of each question only`}
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
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.topic}</th>
            <td>{row.side}</td>
            <td className="num">{row.share}</td>
            <td className="num">{row.rest}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

/** The published critique's worked example of what non-response could do. */
export function CritiqueTable() {
  const { rows, total } = critiqueTable();
  return (
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
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            <td className="num">{row.share}</td>
            <td className="num">{row.use}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{total.label}</th>
          <td className="num">{total.share}</td>
          <td className="num">{total.use}</td>
        </tr>
      </tfoot>
    </ScrollTable>
  );
}

/** One section per related study: its figures, what to know about it, and its full reference. */
export function LiteratureTables() {
  return literatureTables().map(({ source, rows }) => (
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
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.label}</th>
              <td className="num">{row.value}</td>
              <td className="num">{row.base}</td>
              <td>{row.provenance}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      {source.note ? <p className="note">{source.note}</p> : null}
      {source.caution ? <p className="note">Caution: {source.caution}</p> : null}
      <p className="source">Source: {source.citation}</p>
    </section>
  ));
}
