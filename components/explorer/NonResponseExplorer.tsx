import {
  GROUP_IDS,
  formatFigure,
  formatPercent,
  getByGroupItem,
  getFigure,
  getSource,
  groups,
  study,
  type ByGroupItemId,
  type GroupId,
} from '@/content/study';
import type { ExplorerGroup, LetterExample } from './explorer-data';
import { NonResponseExplorerView } from './NonResponseExplorerView';

/** Completes "20% of non-respondents …" for each behaviour item. */
const TRAIT: Record<ByGroupItemId, string> = {
  'osn-use': 'use online social networks',
  'visited-patient-profile': 'have visited the profile of a patient or a patient’s family member',
  'friend-request-received': 'have received a friend request from a patient or a patient’s family member',
};

function isGroupId(id: string): id is GroupId {
  return (GROUP_IDS as readonly string[]).includes(id);
}

/**
 * "What if the non-respondents differ?" for one behaviour item of the study. Everything is looked up here,
 * on the server; the browser gets the few numbers and labels it shows.
 */
export function NonResponseExplorer({
  item = 'osn-use',
  group = 'PP',
  assumed = 20,
}: {
  item?: string;
  /** The group shown first: 'MS', 'RP' or 'PP'. */
  group?: string;
  /** The non-respondents' share the slider starts at, a whole percentage from 0 to 100. */
  assumed?: number;
}) {
  const studyItem = getByGroupItem(item);
  if (!isGroupId(group)) throw new Error(`Unknown group "${group}": use one of ${GROUP_IDS.join(', ')}.`);
  if (!Number.isInteger(assumed) || assumed < 0 || assumed > 100) {
    throw new Error(`The starting assumption must be a whole percentage from 0 to 100, not ${assumed}.`);
  }

  const explorerGroups: ExplorerGroup[] = GROUP_IDS.map((id) => {
    const g = groups[id];
    const pct = studyItem.results[id];
    return {
      id,
      label: g.label,
      respondentsPct: pct,
      respondentsText: formatPercent(pct, studyItem.decimals),
      responseRatePct: g.responseRatePct,
      responseRateText: formatFigure(getFigure(`bosslet/response-rate/${id}`)),
      respondentsApproxText: formatFigure(getFigure(`bosslet/respondents/${id}`)),
      surveyedText: formatFigure(getFigure(`bosslet/surveyed/${id}`)),
    };
  });

  // The letter's worked example is about practicing physicians' use of social networks only.
  const worked = study.publishedCritique.workedExample;
  const letter: LetterExample | undefined =
    studyItem.id === 'osn-use'
      ? {
          group: worked.group,
          responseShare: worked.respondentShare,
          responseShareText: formatFigure(getFigure('bosslet/critique/respondent-share')),
          respondentsPct: worked.respondentsUsePct,
          respondentsText: formatFigure(getFigure('bosslet/critique/respondents-use')),
          nonRespondentsPct: worked.nonRespondentsUsePct,
          nonRespondentsText: formatFigure(getFigure('bosslet/critique/non-respondents-use')),
          overallRateText: formatFigure(getFigure('bosslet/response-rate/overall')),
          source: study.publishedCritique.source,
        }
      : undefined;

  return (
    <NonResponseExplorerView
      topic={studyItem.topic}
      trait={TRAIT[studyItem.id]}
      groups={explorerGroups}
      initialGroup={group}
      initialAssumed={assumed}
      letter={letter}
      citation={getSource('bosslet-2011').short}
    />
  );
}
