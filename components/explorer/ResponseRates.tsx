import { GROUP_IDS, formatFigure, getFigure, getSource, groups } from '@/content/study';
import { ScrollTable } from '@/components/layout/ScrollTable';

const text = (id: string) => formatFigure(getFigure(id));

/** Who was asked and who answered, by group and overall: the study's design as a small table. */
export function ResponseRates() {
  const rows = [
    ...GROUP_IDS.map((id) => ({ key: id, label: groups[id].label, derivedSent: false })),
    { key: 'overall', label: 'All three groups', derivedSent: true },
  ];
  return (
    <section className="block" aria-label="Who was asked and who answered">
      <p className="block__label">The study’s design</p>
      <ScrollTable caption="Who was asked and who answered">
        <thead>
          <tr>
            <th scope="col">Group</th>
            <th scope="col" className="num">
              Sent the survey
            </th>
            <th scope="col" className="num">
              Response rate
            </th>
            <th scope="col" className="num">
              Answered (about, computed)
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="num">
                {text(`bosslet/surveyed/${row.key}`)}
                {row.derivedSent && ' (computed)'}
              </td>
              <td className="num">{text(`bosslet/response-rate/${row.key}`)}</td>
              <td className="num">{text(`bosslet/respondents/${row.key}`)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <p className="source">
        The numbers sent and the response rates are reported. The counts of those who answered are this
        module’s arithmetic (rate × number sent, rounded), so they are approximate.
      </p>
      <p className="source">Source: {getSource('bosslet-2011').citation} (abstract).</p>
    </section>
  );
}
