import { formatPercent, getItem } from '@/content/study';
import { ATTITUDE_ITEMS } from '@/lib/assignments/attitudes';
import type { AttitudeItemFacts } from './attitudes';

/**
 * The four attitude items as the study reports them: the side it gives a share for, which of the module's
 * answers is on that side, and the pooled national share. Read on the server and handed to the review page,
 * so that the study's registry stays out of the page's JavaScript.
 */
export function attitudeItemFacts(): AttitudeItemFacts[] {
  return ATTITUDE_ITEMS.map(({ item, after }) => {
    const study = getItem(item);
    if (study.kind !== 'pooled') throw new Error(`Study item "${item}" is not a pooled attitude.`);
    const matches = after.matches;
    const label = after.options.find((option) => option.value === matches)?.label;
    if (matches === undefined || label === undefined) {
      throw new Error(`Poll question "${after.id}" names no answer on the study's reported side.`);
    }
    return {
      item,
      prompt: after.prompt,
      matches,
      matchesLabel: label,
      side: study.side,
      national: formatPercent(study.pct, study.decimals),
    };
  });
}
