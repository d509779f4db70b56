/**
 * The study's data, as the rest of the module sees it. Lessons, charts and pages import from here only;
 * the curated facts live in `bosslet-2011.ts`, `literature.ts` and `figures.ts`.
 */
import { bosslet2011, bossletSource, type ByGroupItem, type Item, type ItemId } from './bosslet-2011';
import { figures, type Figure, type FigureId } from './figures';
import type { SamplingInterval } from './intervals';
import { literatureSources, type Source, type SourceId } from './literature';

export {
  GROUP_IDS,
  ITEM_IDS,
  type ByGroupItem,
  type ByGroupItemId,
  type Group,
  type GroupId,
  type Item,
  type ItemId,
  type PooledItem,
  type PooledItemId,
} from './bosslet-2011';
export { figureList, type Figure, type FigureId, type FigureProvenance, type FigureUnit } from './figures';
export type { LiteratureSourceId, Source, SourceFact, SourceId } from './literature';
export { getSamplingInterval, samplingIntervals, wilsonInterval95, type SamplingInterval } from './intervals';
export { figures };

/** The Bosslet survey: citation, design, groups, overall, items, conclusions, limits and the critique. */
export const study = bosslet2011;

export const groups = bosslet2011.groups;

export const items: Record<ItemId, Item> = bosslet2011.items;

/** Every source the module cites, the Bosslet survey first. */
export const sources = Object.fromEntries(
  [bossletSource, ...literatureSources].map((source) => [source.id, source]),
) as Record<SourceId, Source>;

/** The sources in reference-list order: the survey, then the related literature. */
export const sourceList: readonly Source[] = [bossletSource, ...literatureSources];

/** One plain sentence to set beside every national figure. */
export const SURVEY_CAVEAT = `These figures come from a US national mail survey run from ${bosslet2011.design.fieldwork.replace('–', ' to ')}, which only ${formatPercent(bosslet2011.overall.responseRatePct, 1)} of those asked answered, so read them as rough.`;

export function isItemId(id: string): id is ItemId {
  return Object.hasOwn(items, id);
}

export function isSourceId(id: string): id is SourceId {
  return Object.hasOwn(sources, id);
}

export function isFigureId(id: string): id is FigureId {
  return Object.hasOwn(figures, id);
}

export function getItem(id: string): Item {
  if (!isItemId(id)) throw new Error(`Unknown study item "${id}"`);
  return items[id];
}

/** A behaviour item with a figure for each group; throws for an attitude (pooled) item. */
export function getByGroupItem(id: string): ByGroupItem {
  const item = getItem(id);
  if (item.kind !== 'by-group') {
    throw new Error(`Study item "${id}" is pooled over all respondents and has no figures by group`);
  }
  return item;
}

export function getSource(id: string): Source {
  if (!isSourceId(id)) throw new Error(`Unknown source "${id}"`);
  return sources[id];
}

export function getFigure(id: string): Figure {
  if (!isFigureId(id)) throw new Error(`Unknown figure "${id}"`);
  return figures[id];
}

/**
 * A percentage with exactly the decimals the source gave: formatPercent(34.5, 1) → "34.5%",
 * formatPercent(79, 0) → "79%", formatPercent(68, 1) → "68.0%".
 */
export function formatPercent(value: number, decimals: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite percentage: ${value}`);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 4) {
    throw new RangeError(`Decimals must be a whole number from 0 to 4, not ${decimals}`);
  }
  // Avoid "-0.0%" for a tiny negative that rounds to zero.
  const text = value.toFixed(decimals);
  return `${Number(text) === 0 ? (0).toFixed(decimals) : text}%`;
}

/** A figure's value as text, in its unit and precision: "34.5%", "1,004", "0.16", "$10,000". */
export function formatFigure(figure: Pick<Figure, 'value' | 'unit' | 'decimals'>): string {
  switch (figure.unit) {
    case 'percent':
      return formatPercent(figure.value, figure.decimals);
    case 'count':
      return figure.value.toLocaleString('en-US', { maximumFractionDigits: 0 });
    case 'ratio':
      return figure.value.toFixed(figure.decimals);
    case 'usd':
      return `$${figure.value.toLocaleString('en-US', { minimumFractionDigits: figure.decimals, maximumFractionDigits: figure.decimals })}`;
  }
}

/**
 * A sampling interval as text, labelled as computed: "0.4% to 3.9% (computed, approximate)". Use it in place
 * of a "± points" margin, which runs below 0% for a share as small as 1.2%.
 */
export function formatInterval(interval: Pick<SamplingInterval, 'low' | 'high' | 'decimals'>): string {
  return `${formatPercent(interval.low, interval.decimals)} to ${formatPercent(interval.high, interval.decimals)} (computed, approximate)`;
}
