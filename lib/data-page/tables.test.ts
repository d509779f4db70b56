import { describe, expect, it } from 'vitest';

import {
  figureList,
  formatFigure,
  getFigure,
  GROUP_IDS,
  groups,
  ITEM_IDS,
  items,
  sourceList,
} from '@/content/study';

import { attitudeTable, behaviourTable, critiqueTable, literatureTables, sampleTable } from './tables';

const text = (id: string) => formatFigure(getFigure(id));

describe('sampleTable', () => {
  const { rows, total } = sampleTable();

  it('has one row per group with the numbers sent and the rates as reported', () => {
    expect(rows.map((row) => row.label)).toEqual(GROUP_IDS.map((id) => groups[id].label));
    GROUP_IDS.forEach((id, index) => {
      expect(rows[index]!.sent).toBe(text(`bosslet/surveyed/${id}`));
      expect(rows[index]!.rate).toBe(text(`bosslet/response-rate/${id}`));
    });
  });

  it('writes every computed count of respondents with “about”, and the computed total sent as computed', () => {
    GROUP_IDS.forEach((id, index) => {
      expect(rows[index]!.answered).toBe(`about ${text(`bosslet/respondents/${id}`)}`);
    });
    expect(total.answered).toBe(`about ${text('bosslet/respondents/overall')}`);
    expect(total.sent).toBe(`${text('bosslet/surveyed/overall')} (computed)`);
  });
});

describe('behaviourTable', () => {
  const table = behaviourTable();

  it('has a column per group, saying about how many answered, and a row per behaviour item', () => {
    expect(table.groups.map((group) => group.answered)).toEqual(
      GROUP_IDS.map((id) => `about ${groups[id].respondentsApprox} answered`),
    );
    const byGroup = ITEM_IDS.filter((id) => items[id].kind === 'by-group');
    expect(table.rows.map((row) => row.id)).toEqual(byGroup);
  });

  it('fills each cell with that group’s reported share', () => {
    for (const row of table.rows) {
      expect(row.shares).toEqual(GROUP_IDS.map((group) => text(`bosslet/${row.id}/${group}`)));
    }
  });
});

describe('attitudeTable', () => {
  it('gives each pooled item its reported side and share, and the unsplit rest', () => {
    const { rows } = attitudeTable();
    expect(rows.map((row) => row.id)).toEqual(ITEM_IDS.filter((id) => items[id].kind === 'pooled'));
    const social = rows.find((row) => row.id === 'ethics-social')!;
    expect(social.share).toBe(text('bosslet/ethics-social/not-acceptable'));
    expect(social.rest).toBe(text('bosslet/ethics-social/remainder'));
    const concern = rows.find((row) => row.id === 'confidentiality-concern')!;
    expect(concern.share).toBe(text('bosslet/confidentiality-concern/concerned'));
  });
});

describe('critiqueTable', () => {
  it('shows the letter’s worked example, the shares adding up to the whole', () => {
    const { rows, total } = critiqueTable();
    expect(rows.map((row) => row.share)).toEqual([
      text('bosslet/critique/respondent-share'),
      text('bosslet/critique/non-respondent-share'),
    ]);
    expect(rows[0]!.use).toBe(`about ${text('bosslet/critique/respondents-use')}`);
    expect(Number(total.share)).toBeCloseTo(
      getFigure('bosslet/critique/respondent-share').value +
        getFigure('bosslet/critique/non-respondent-share').value,
    );
    expect(total.use).toBe(text('bosslet/critique/population-estimate'));
  });
});

describe('literatureTables', () => {
  const tables = literatureTables();

  it('lists every figure of every related study once, by its source, in reference-list order', () => {
    const literature = figureList.filter((figure) => figure.source !== 'bosslet-2011');
    expect(tables.flatMap(({ rows }) => rows.map((row) => row.id)).sort()).toEqual(
      literature.map((figure) => figure.id).sort(),
    );
    const order = sourceList.map((source) => source.id);
    const shown = tables.map(({ source }) => order.indexOf(source.id));
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
    expect(tables.every(({ source, rows }) => rows.length > 0 && source.id !== 'bosslet-2011')).toBe(true);
  });

  it('says which figures are second-hand', () => {
    const secondary = figureList.filter((figure) => figure.provenance === 'secondary');
    const rows = new Map(tables.flatMap(({ rows }) => rows.map((row) => [row.id, row])));
    for (const figure of secondary) {
      expect(rows.get(figure.id)?.provenance, figure.id).toBe('Second-hand (seen only in a news summary)');
    }
  });
});
