import { afterPoll, beforePoll } from '@/content/polls/stand';
import { SURVEY_CAVEAT, formatFigure, formatPercent, getFigure, getItem, getSource } from '@/content/study';
import { BeforeAfterView, type BeforeAfterRow } from './BeforeAfterView';

/** The four attitude items: the learner's answers before and after, beside the pooled national figure. */
export function BeforeAfter() {
  const rows: BeforeAfterRow[] = afterPoll.questions.map((after, index) => {
    const before = beforePoll.questions.find((q) => q.item === after.item);
    const item = getItem(after.item!);
    if (!before || item.kind !== 'pooled') throw new Error(`No pooled item behind "${after.id}".`);
    return {
      item: item.id,
      prompt: after.prompt,
      beforeId: before.id,
      afterId: after.id,
      options: after.options,
      national: `${formatPercent(item.pct, item.decimals)} ${item.side}`,
      remainder: formatFigure(getFigure(`bosslet/${item.id}/remainder`)),
      order: index,
    };
  });
  return (
    <BeforeAfterView
      rows={rows}
      caveat={SURVEY_CAVEAT}
      respondents={formatFigure(getFigure('bosslet/respondents/overall'))}
      citation={getSource('bosslet-2011').short}
    />
  );
}
