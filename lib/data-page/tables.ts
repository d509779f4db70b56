import {
  figureList,
  formatFigure,
  getFigure,
  GROUP_IDS,
  groups,
  ITEM_IDS,
  items,
  sourceList,
  study,
  type ByGroupItem,
  type Figure,
  type PooledItem,
  type Source,
} from '@/content/study';

import { approxCount, figureBase, provenanceText, shareTotal } from './format';

/**
 * The /data page's tables as rows of text, each cell read from the typed study data (never typed in), so
 * that the page's components only lay them out.
 */

const text = (id: string) => formatFigure(getFigure(id));

export interface SampleRow {
  label: string;
  sent: string;
  rate: string;
  answered: string;
}

/** Who was asked and who answered, by group, and all three groups together. */
export function sampleTable(): { rows: SampleRow[]; total: SampleRow } {
  return {
    rows: GROUP_IDS.map((id) => ({
      label: groups[id].label,
      sent: text(`bosslet/surveyed/${id}`),
      rate: text(`bosslet/response-rate/${id}`),
      answered: approxCount(getFigure(`bosslet/respondents/${id}`)),
    })),
    total: {
      label: 'All three groups',
      sent: `${text('bosslet/surveyed/overall')} (computed)`,
      rate: text('bosslet/response-rate/overall'),
      answered: approxCount(getFigure('bosslet/respondents/overall')),
    },
  };
}

export interface BehaviourTable {
  groups: { id: string; label: string; answered: string }[];
  rows: { id: string; topic: string; shares: string[] }[];
}

/** What respondents reported doing: one row per behaviour item, one column per group. */
export function behaviourTable(): BehaviourTable {
  const byGroup = ITEM_IDS.map((id) => items[id]).filter(
    (item): item is ByGroupItem => item.kind === 'by-group',
  );
  return {
    groups: GROUP_IDS.map((id) => ({
      id,
      label: groups[id].label,
      answered: `about ${groups[id].respondentsApprox} answered`,
    })),
    rows: byGroup.map((item) => ({
      id: item.id,
      topic: item.topic,
      shares: GROUP_IDS.map((group) => text(`bosslet/${item.id}/${group}`)),
    })),
  };
}

const POOLED_SIDE_FIGURE: Record<PooledItem['sideKey'], string> = {
  notAcceptable: 'not-acceptable',
  pessimistic: 'pessimistic',
  concerned: 'concerned',
};

export interface AttitudeRow {
  id: string;
  topic: string;
  side: string;
  share: string;
  rest: string;
}

/** What respondents thought: the one side of each attitude item the abstract reports, and the rest. */
export function attitudeTable(): { respondents: number; rows: AttitudeRow[] } {
  const pooled = ITEM_IDS.map((id) => items[id]).filter((item): item is PooledItem => item.kind === 'pooled');
  return {
    respondents: study.overall.respondentsApprox,
    rows: pooled.map((item) => ({
      id: item.id,
      topic: item.topic,
      side: item.side,
      share: text(`bosslet/${item.id}/${POOLED_SIDE_FIGURE[item.sideKey]}`),
      rest: text(`bosslet/${item.id}/remainder`),
    })),
  };
}

export interface CritiqueRow {
  label: string;
  share: string;
  use: string;
}

/** The published critique's worked example: those who answered, those who did not, and everyone. */
export function critiqueTable(): { rows: CritiqueRow[]; total: CritiqueRow } {
  const answered = getFigure('bosslet/critique/respondent-share');
  const silent = getFigure('bosslet/critique/non-respondent-share');
  return {
    rows: [
      {
        label: 'Answered',
        share: formatFigure(answered),
        use: `about ${text('bosslet/critique/respondents-use')}`,
      },
      {
        label: 'Did not answer (supposed)',
        share: formatFigure(silent),
        use: text('bosslet/critique/non-respondents-use'),
      },
    ],
    total: {
      label: 'Everyone asked (computed)',
      share: shareTotal(answered, silent),
      use: text('bosslet/critique/population-estimate'),
    },
  };
}

export interface LiteratureRow {
  id: string;
  label: string;
  value: string;
  base: string;
  provenance: string;
}

/** Every related study with figures in the module, the survey aside, each with its figures as rows. */
export function literatureTables(): { source: Source; rows: LiteratureRow[] }[] {
  const rowOf = (figure: Figure): LiteratureRow => ({
    id: figure.id,
    label: figure.label,
    value: formatFigure(figure),
    base: figureBase(figure),
    provenance: provenanceText(figure),
  });
  return sourceList
    .filter((source) => source.id !== 'bosslet-2011')
    .map((source) => ({
      source,
      rows: figureList.filter((figure) => figure.source === source.id).map(rowOf),
    }))
    .filter(({ rows }) => rows.length > 0);
}
