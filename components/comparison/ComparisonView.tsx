'use client';

import type { PollOption } from '@/content/polls/types';
import type { GroupId } from '@/content/study';
import { useProgress } from '@/components/progress/useProgress';
import { AnswerGate } from './AnswerGate';
import { BarList } from './BarList';
import { ROLE_PHRASES } from '@/lib/progress/roles';
import { pollAnswer } from '@/lib/progress/selectors';
import { ScrollTable } from '@/components/layout/ScrollTable';

export interface ComparisonRow {
  group: GroupId;
  label: string;
  pct: number;
  pctText: string;
  respondentsApprox: number;
  /** The share's sampling interval as text, labelled as computed: "0.3% to 4.3% (computed, approximate)". */
  intervalText: string;
}

interface Props {
  questionId: string;
  title: string;
  options: readonly PollOption[];
  rows: readonly ComparisonRow[];
  /** What the intervals are and what they leave out. */
  intervalNote: string;
  caveat: string;
  citation: string;
}

/** Revealed once the learner has answered (or asks to see it anyway); the learner's group is marked in text too. */
export function ComparisonView({ questionId, title, options, rows, intervalNote, caveat, citation }: Props) {
  const { progress, hydrated } = useProgress();
  const answer = pollAnswer(progress, questionId, options);
  const answerLabel = answer?.label;
  const role = progress.role;

  return (
    <AnswerGate answered={answer !== undefined} ready={hydrated} title={`National figures: ${title}`}>
      <figure>
        <figcaption>
          <h3 className="block__title">{title}</h3>
          <p className="source">
            Share of the respondents in each group who reported it (bars run from none to all).
          </p>
        </figcaption>
        {answerLabel && (
          <p className="comparison__answer">
            Your answer: <strong>{answerLabel}</strong>
            {role && <> (you said you are {ROLE_PHRASES[role]})</>}
          </p>
        )}
        {role === 'other' && (
          <p className="source">
            The study asked only medical students, residents and practicing physicians, so no group is marked
            as yours.
          </p>
        )}
        <BarList
          mineTag="your group"
          bars={rows.map((row) => ({
            key: row.group,
            label: row.label,
            detail: `about ${row.respondentsApprox} answered`,
            pct: row.pct,
            pctText: row.pctText,
            mine: row.group === role,
          }))}
        />
        <p className="comparison__caveat">{caveat}</p>
        <p className="source">
          Source: {citation} (abstract). Respondent counts are derived and approximate.
        </p>
        <details>
          <summary>Show as a table</summary>
          <ScrollTable caption={title}>
            <thead>
              <tr>
                <th scope="col">Group</th>
                <th scope="col" className="num">
                  Share who reported it
                </th>
                <th scope="col" className="num">
                  Answered (about)
                </th>
                <th scope="col">Sampling interval</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.group}>
                  <th scope="row">
                    {row.label}
                    {row.group === role && ' (your group)'}
                  </th>
                  <td className="num">{row.pctText}</td>
                  <td className="num">{row.respondentsApprox}</td>
                  <td>
                    <span data-computed="">{row.intervalText}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
          <p className="source">
            <span data-module-value="">{intervalNote}</span> A low response rate can bring a bias far larger
            than this.
          </p>
        </details>
      </figure>
    </AnswerGate>
  );
}
