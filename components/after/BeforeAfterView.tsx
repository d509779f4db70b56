'use client';

import type { PollOption } from '@/content/polls/types';
import { MotionReveal } from '@/components/motion/MotionReveal';
import { useProgress } from '@/components/progress/useProgress';
import { ScrollTable } from '@/components/layout/ScrollTable';
import { pollAnswer } from '@/lib/progress/selectors';

export interface BeforeAfterRow {
  item: string;
  prompt: string;
  beforeId: string;
  afterId: string;
  options: readonly PollOption[];
  /** e.g. "68.3% did not think it ethically acceptable" */
  national: string;
  /** The computed rest, e.g. "31.7%", which the study does not split. */
  remainder: string;
  order: number;
}

interface Props {
  rows: readonly BeforeAfterRow[];
  caveat: string;
  respondents: string;
  citation: string;
}

/** "Your view, before and after": a table, because it is read across and down. Nothing is graded. */
export function BeforeAfterView({ rows, caveat, respondents, citation }: Props) {
  const { progress, hydrated } = useProgress();
  if (!hydrated) return null;
  const label = (row: BeforeAfterRow, id: string) =>
    pollAnswer(progress, id, row.options)?.label ?? 'Not answered';
  const answeredAfter = rows.some((row) => progress.polls[row.afterId] !== undefined);
  if (!answeredAfter) return null;

  // The comparison is revealed once the learner has answered again.
  return (
    <MotionReveal>
      <section className="block" aria-labelledby="before-after-title">
        <h2 id="before-after-title" className="block__title">
          Your view, before and after
        </h2>
        <ScrollTable
          caption="Your answers before and after the lessons, and the national figures"
          captionClassName="visually-hidden"
        >
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
              <th scope="col">All respondents, 2010</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const before = label(row, row.beforeId);
              const after = label(row, row.afterId);
              const changed =
                progress.polls[row.beforeId] !== undefined &&
                progress.polls[row.afterId] !== undefined &&
                progress.polls[row.beforeId] !== progress.polls[row.afterId];
              return (
                <tr key={row.item}>
                  <th scope="row">{row.prompt}</th>
                  <td>{before}</td>
                  <td>
                    {after}
                    {changed && <span className="comparison__tag">changed</span>}
                  </td>
                  <td>
                    {row.national}; the other <span data-computed="">{row.remainder}</span> (computed) gave
                    other answers, which the study does not split.
                  </td>
                </tr>
              );
            })}
          </tbody>
        </ScrollTable>
        <p className="source">
          National figures pooled over all about {respondents} respondents (medical students, residents and
          practicing physicians together); no split by group is published. {caveat} Source: {citation}{' '}
          (abstract). The wording of the questions is this module&rsquo;s own.
        </p>
      </section>
    </MotionReveal>
  );
}
