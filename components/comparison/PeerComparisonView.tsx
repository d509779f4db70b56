'use client';

import { useProgress } from '@/components/progress/useProgress';
import { AnswerGate } from './AnswerGate';
import { BarList } from './BarList';

interface Props {
  questionId: string;
  title: string;
  population: string;
  bars: readonly { key: string; label: string; pct: number; pctText: string }[];
  citation: string;
}

export function PeerComparisonView({ questionId, title, population, bars, citation }: Props) {
  const { progress, hydrated } = useProgress();
  const answer = progress.polls[questionId];
  const answerLabel = bars.find((b) => b.key === answer)?.label;
  return (
    <AnswerGate answered={answer !== undefined} ready={hydrated} title={`Another study: ${title}`}>
      <figure>
        <figcaption>
          <h3 className="block__title">{title}</h3>
          <p className="source">{population}</p>
        </figcaption>
        {answerLabel && (
          <p className="comparison__answer">
            Your choice: <strong>{answerLabel}</strong>
          </p>
        )}
        <BarList mineTag="your choice" bars={bars.map((bar) => ({ ...bar, mine: bar.key === answer }))} />
        <p className="source">Source: {citation}</p>
      </figure>
    </AnswerGate>
  );
}
