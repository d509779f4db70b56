import { getPollQuestion } from '@/content/polls';
import {
  GROUP_IDS,
  SURVEY_CAVEAT,
  formatInterval,
  formatPercent,
  getByGroupItem,
  getSamplingInterval,
  getSource,
  groups,
} from '@/content/study';
import { ComparisonView, type ComparisonRow } from './ComparisonView';

/**
 * The national figures for one by-group study item beside the learner's own answer to the poll question
 * that mirrors it. Everything is looked up here, on the server; the browser gets only what it shows.
 */
export function NationalComparison({ item, question }: { item: string; question: string }) {
  const studyItem = getByGroupItem(item);
  const pollQuestion = getPollQuestion(question);
  if (pollQuestion.item !== studyItem.id) {
    throw new Error(`Poll question "${question}" does not mirror study item "${item}".`);
  }
  // Each share's 95% Wilson interval, computed by the module: it never runs below 0% or above 100%.
  const intervals = GROUP_IDS.map((id) => getSamplingInterval(`bosslet/${studyItem.id}/${id}`));
  const rows: ComparisonRow[] = GROUP_IDS.map((id, index) => {
    const group = groups[id];
    const pct = studyItem.results[id];
    return {
      group: id,
      label: group.label,
      pct,
      pctText: formatPercent(pct, studyItem.decimals),
      respondentsApprox: group.respondentsApprox,
      intervalText: formatInterval(intervals[index]!),
    };
  });
  return (
    <ComparisonView
      questionId={pollQuestion.id}
      title={studyItem.topic}
      options={pollQuestion.options}
      rows={rows}
      intervalNote={intervals[0]!.note}
      caveat={SURVEY_CAVEAT}
      citation={getSource('bosslet-2011').short}
    />
  );
}
