import { getPollQuestion } from '@/content/polls';
import {
  SURVEY_CAVEAT,
  formatFigure,
  formatInterval,
  getFigure,
  getItem,
  getSamplingInterval,
  getSource,
  study,
  type FigureId,
  type PooledItemId,
} from '@/content/study';
import { AttitudeComparisonView } from './AttitudeComparisonView';

/** The one side of each attitude item that the abstract reports, and the computed, unsplit rest. */
const FIGURES: Record<PooledItemId, { reported: FigureId; rest: FigureId }> = {
  'ethics-social': {
    reported: 'bosslet/ethics-social/not-acceptable',
    rest: 'bosslet/ethics-social/remainder',
  },
  'ethics-patient-care': {
    reported: 'bosslet/ethics-patient-care/not-acceptable',
    rest: 'bosslet/ethics-patient-care/remainder',
  },
  'communication-outlook': {
    reported: 'bosslet/communication-outlook/pessimistic',
    rest: 'bosslet/communication-outlook/remainder',
  },
  'confidentiality-concern': {
    reported: 'bosslet/confidentiality-concern/concerned',
    rest: 'bosslet/confidentiality-concern/remainder',
  },
};

/**
 * A pooled attitude item beside the learner's own answer: the share the study reports on one side, and
 * everyone else as one computed, unsplit remainder. Looked up here, on the server.
 */
export function AttitudeComparison({ item, question }: { item: string; question: string }) {
  const studyItem = getItem(item);
  if (studyItem.kind !== 'pooled') {
    throw new Error(`Study item "${item}" has figures by group: use NationalComparison for it.`);
  }
  const pollQuestion = getPollQuestion(question);
  if (pollQuestion.item !== studyItem.id || pollQuestion.matches === undefined) {
    throw new Error(`Poll question "${question}" does not mirror study item "${item}".`);
  }
  const reported = getFigure(FIGURES[studyItem.id].reported);
  const rest = getFigure(FIGURES[studyItem.id].rest);
  const respondents = getFigure('bosslet/respondents/overall');
  // The reported share's 95% Wilson interval, computed by the module: it never leaves 0–100%.
  const interval = getSamplingInterval(reported.id);

  return (
    <AttitudeComparisonView
      questionId={pollQuestion.id}
      title={studyItem.topic}
      options={pollQuestion.options}
      matches={pollQuestion.matches}
      side={studyItem.side}
      reported={{ pct: reported.value, pctText: formatFigure(reported) }}
      rest={{ pct: rest.value, pctText: formatFigure(rest) }}
      respondents={formatFigure(respondents)}
      intervalText={formatInterval(interval)}
      intervalNote={interval.note}
      fieldwork={study.design.fieldwork}
      caveat={SURVEY_CAVEAT}
      citation={getSource('bosslet-2011').short}
    />
  );
}
