import { getPollQuestion } from '@/content/polls';
import { formatFigure, getFigure, getSource } from '@/content/study';
import { PeerComparisonView } from './PeerComparisonView';

/**
 * The learner's own choice beside how another study's respondents answered a similar question.
 * `figures` maps each poll option's value to the figure id of the share that chose it.
 */
export function PeerComparison({
  question,
  population,
  source,
  figures,
}: {
  question: string;
  population: string;
  source: string;
  figures: Readonly<Record<string, string>>;
}) {
  const pollQuestion = getPollQuestion(question);
  const cited = getSource(source);
  const bars = pollQuestion.options.map((option) => {
    const figureId = figures[option.value];
    if (!figureId)
      throw new Error(`PeerComparison for "${question}" has no figure for option "${option.value}".`);
    const figure = getFigure(figureId);
    if (figure.source !== cited.id) {
      throw new Error(`Figure "${figureId}" is not from source "${source}".`);
    }
    return { key: option.value, label: option.label, pct: figure.value, pctText: formatFigure(figure) };
  });
  return (
    <PeerComparisonView
      questionId={pollQuestion.id}
      title={pollQuestion.prompt}
      population={population}
      bars={bars}
      citation={cited.citation}
    />
  );
}
