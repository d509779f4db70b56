import { describe, expect, it } from 'vitest';

import { formatFigure, getFigure, type Figure } from '@/content/study';

import { approxCount, figureBase, provenanceText, shareTotal } from './format';

/** A figure of the registry with some fields replaced, so each rule is tested on the field it reads. */
function like(id: string, changes: Partial<Figure>): Figure {
  return { ...getFigure(id), ...changes };
}

describe('approxCount', () => {
  it('writes “about” before a count the module computed', () => {
    const figure = getFigure('bosslet/respondents/PP');
    expect(figure.provenance).toBe('derived');
    expect(approxCount(figure)).toBe(`about ${formatFigure(figure)}`);
  });

  it('leaves a reported count and a computed percentage as they are', () => {
    const sent = getFigure('bosslet/surveyed/MS');
    expect(approxCount(sent)).toBe(formatFigure(sent));
    const rest = getFigure('bosslet/ethics-social/remainder');
    expect(rest.provenance).toBe('derived');
    expect(approxCount(rest)).toBe(formatFigure(rest));
  });
});

describe('figureBase', () => {
  const pct = 'bosslet/osn-use/PP';

  it('gives the count behind a share when the source gives it', () => {
    expect(figureBase(like(pct, { n: { value: 1078, approx: false }, count: 47 }))).toBe('47 of 1,078');
  });

  it('says “about” for an approximate base, and nothing more for an exact one', () => {
    expect(figureBase(like(pct, { n: { value: 142, approx: true }, count: undefined }))).toBe('of about 142');
    expect(figureBase(like(pct, { n: { value: 2501, approx: false }, count: undefined }))).toBe('of 2,501');
  });

  it('shows a dash when the source gives no base', () => {
    expect(figureBase(like(pct, { n: undefined, count: undefined }))).toBe('—');
  });
});

describe('provenanceText', () => {
  const id = 'bosslet/osn-use/PP';

  it('names a reported figure, and adds a computed figure’s note on how it was computed', () => {
    expect(provenanceText(like(id, { provenance: 'reported', note: undefined }))).toBe('Reported');
    expect(provenanceText(like(id, { provenance: 'derived', note: 'Rate × 1004.' }))).toBe(
      'Computed. Rate × 1004.',
    );
  });

  it('marks a second-hand figure as seen only in a news summary, without its note', () => {
    expect(provenanceText(like(id, { provenance: 'secondary', note: 'From a news story.' }))).toBe(
      'Second-hand (seen only in a news summary)',
    );
  });
});

describe('shareTotal', () => {
  it('adds the critique’s two shares of those asked to the whole, at their precision', () => {
    const answered = getFigure('bosslet/critique/respondent-share');
    const silent = getFigure('bosslet/critique/non-respondent-share');
    expect(shareTotal(answered, silent)).toBe((answered.value + silent.value).toFixed(answered.decimals));
    expect(
      shareTotal(
        like(answered.id, { value: 0.25, decimals: 2 }),
        like(silent.id, { value: 0.5, decimals: 1 }),
      ),
    ).toBe('0.75');
  });
});
