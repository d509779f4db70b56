import { getPollQuestion } from '@/content/polls';
import { GROUP_IDS, SURVEY_CAVEAT, formatPercent, getByGroupItem, getSource, groups } from '@/content/study';
import { marginOfError95 } from '@/lib/stats/margin';
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
  const rows: ComparisonRow[] = GROUP_IDS.map((id) => {
    const group = groups[id];
    const pct = studyItem.results[id];
    return {
      group: id,
      label: group.label,
      pct,
      pctText: formatPercent(pct, studyItem.decimals),
      respondentsApprox: group.respondentsApprox,
      marginText: `± about ${Math.round(marginOfError95(pct, group.respondentsApprox))} points`,
    };
  });
  return (
    <ComparisonView
      questionId={pollQuestion.id}
      title={studyItem.topic}
      options={pollQuestion.options}
      rows={rows}
      caveat={SURVEY_CAVEAT}
      citation={getSource('bosslet-2011').short}
    />
  );
}
