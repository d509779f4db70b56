import { getSource } from '@/content/study';
import { ScrollTable } from '@/components/layout/ScrollTable';
import { sampleTable, type SampleRow } from '@/lib/data-page/tables';

function SampleCells({ row }: { row: SampleRow }) {
  return (
    <tr>
      <th scope="row">{row.label}</th>
      <td className="num">{row.sent}</td>
      <td className="num">{row.rate}</td>
      <td className="num">{row.answered}</td>
    </tr>
  );
}

/** Who was asked and who answered, by group and overall: on /data and in the lesson on the study. */
export function SampleTable({ caption = 'Survey sample and response by group, 2010' }: { caption?: string }) {
  const { rows, total } = sampleTable();
  return (
    <ScrollTable caption={caption}>
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
        {rows.map((row) => (
          <SampleCells key={row.label} row={row} />
        ))}
      </tbody>
      <tfoot>
        <SampleCells row={total} />
      </tfoot>
    </ScrollTable>
  );
}

/** The study's design as a lesson block: the sample table, and what in it is reported and what computed. */
export function ResponseRates() {
  return (
    <section className="block" aria-label="Who was asked and who answered">
      <p className="block__label">The study’s design</p>
      <SampleTable caption="Who was asked and who answered" />
      <p className="source">
        The numbers sent and the response rates are reported. The counts of those who answered are this
        module’s arithmetic (rate × number sent, rounded), so they are approximate.
      </p>
      <p className="source">Source: {getSource('bosslet-2011').citation} (abstract).</p>
    </section>
  );
}
