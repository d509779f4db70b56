'use client';

import type { PollOption } from '@/content/polls/types';
import { useProgress } from '@/components/progress/useProgress';
import { pollAnswer } from '@/lib/progress/selectors';
import { AnswerGate } from './AnswerGate';
import { ScrollTable } from '@/components/layout/ScrollTable';

interface Share {
  pct: number;
  pctText: string;
}

export interface AttitudeComparisonProps {
  questionId: string;
  title: string;
  options: readonly PollOption[];
  /** The option on the side the study reports (e.g. 'not-acceptable'). */
  matches: string;
  /** The reported side, completing "x% of respondents …" (e.g. "did not think it ethically acceptable"). */
  side: string;
  reported: Share;
  /** 100% minus the reported share: computed, and never split into other answers. */
  rest: Share;
  /** Everyone who answered the survey, all groups together (derived, approximate). */
  respondents: string;
  /** The reported share's sampling interval, labelled as computed: "63.4% to 72.8% (computed, approximate)". */
  intervalText: string;
  /** What the interval is and what it leaves out. */
  intervalNote: string;
  /** When the survey was in the field, e.g. "February–May 2010". */
  fieldwork: string;
  caveat: string;
  citation: string;
}

const REST_LABEL = 'the rest (computed; not split into other answers)';

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * One attitude item at the granularity the data has: one reported side and an unsplit rest, pooled over
 * all respondents. The learner's answer is described in words; it is never graded or judged.
 */
export function AttitudeComparisonView({
  questionId,
  title,
  options,
  matches,
  side,
  reported,
  rest,
  respondents,
  intervalText,
  intervalNote,
  fieldwork,
  caveat,
  citation,
}: AttitudeComparisonProps) {
  const { progress, hydrated } = useProgress();
  const answer = pollAnswer(progress, questionId, options);
  const answerLabel = answer?.label;
  const onReportedSide = answerLabel !== undefined && answer?.value === matches;
  const inTheRest = answerLabel !== undefined && answer?.value !== matches;

  return (
    <AnswerGate answered={answer !== undefined} ready={hydrated} title={`National figures: ${title}`}>
      <figure>
        <figcaption>
          <h3 className="block__title">{title}</h3>
          <p className="source">
            All respondents together, {fieldwork}: medical students, residents and practicing physicians
            pooled. The study gives no figure by group, so no group is marked as yours.
          </p>
        </figcaption>
        {answerLabel && (
          <p className="comparison__answer">
            You answered: <strong>{answerLabel}</strong>.{' '}
            {onReportedSide
              ? `This is the side the study reports: ${reported.pctText} of respondents ${side}.`
              : 'The study does not report how many respondents answered this way: anyone who did is among the rest, which it does not split.'}
          </p>
        )}
        <div className="attitude__bar" aria-hidden="true">
          <div className="attitude__reported" style={{ width: `${reported.pct}%` }} />
          <div className="attitude__rest" style={{ width: `${rest.pct}%` }} />
        </div>
        <ul className="attitude__legend">
          <li>
            <span className="attitude__swatch attitude__swatch--reported" aria-hidden="true" />
            <span>
              <strong>{reported.pctText}</strong> {side} (reported)
              {onReportedSide && <span className="comparison__tag">your answer</span>}
            </span>
          </li>
          <li>
            <span className="attitude__swatch attitude__swatch--rest" aria-hidden="true" />
            <span>
              <strong data-computed="">{rest.pctText}</strong> {REST_LABEL}
              {inTheRest && <span className="comparison__tag">where your answer would be counted</span>}
            </span>
          </li>
        </ul>
        <p className="source">
          Shares of everyone who answered the survey, about {respondents} people in all (computed from the
          response rate; the abstract gives no count for each question). The rest may have answered the other
          way, been unsure or left the question out: the abstract does not say.
        </p>
        <p className="comparison__caveat">{caveat}</p>
        <p className="source">
          Source: {citation} (abstract). The rest is computed by this module: all respondents minus the
          reported share. The wording of the question is this module&rsquo;s own. Views are not graded: there
          is no right or wrong answer here.
        </p>
        <details>
          <summary>Show as a table</summary>
          <ScrollTable caption={`All respondents, pooled: ${title}`}>
            <thead>
              <tr>
                <th scope="col">Answer</th>
                <th scope="col" className="num">
                  Share
                </th>
                <th scope="col">Figure</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">
                  {sentenceCase(side)}
                  {onReportedSide && ' (your answer)'}
                </th>
                <td className="num">{reported.pctText}</td>
                <td>Reported</td>
              </tr>
              <tr>
                <th scope="row">
                  {sentenceCase(REST_LABEL)}
                  {inTheRest && ' (where your answer would be counted)'}
                </th>
                <td className="num">{rest.pctText}</td>
                <td>Computed</td>
              </tr>
            </tbody>
          </ScrollTable>
          <p className="source">
            Shares of all respondents. Reported: in the abstract. Its sampling interval:{' '}
            <span data-computed="">{intervalText}</span>. <span data-module-value="">{intervalNote}</span> A
            low response rate can bring a bias far larger than this. Computed: all respondents minus the
            reported share, not split further.
          </p>
        </details>
      </figure>
    </AnswerGate>
  );
}
