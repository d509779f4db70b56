import {
  figureList,
  getSource,
  sourceList,
  study,
  SURVEY_CAVEAT,
  type Figure,
  type Source,
  type SourceFact,
} from '@/content/study';

/** The study's figures as one JSON document, for the /data download: each figure with its source's citation. */

export const FIGURES_JSON_TITLE = 'Friend Request? — the figures behind the module';

/** How the document tells the module's words from a source's: said once, at its top. */
export const QUOTATION_CONVENTION =
  'A fact written as "quote" is the source’s own words, quoted from the part of it that "quotedFrom" names; a fact written as "text" is this module’s own wording of what the source says.';

/** A source's fact as exported: the module's wording as `text`, or the source's own words as a `quote`. */
export type ExportedFact =
  | { text: string; secondary?: boolean }
  | {
      quote: string;
      quotedFrom: { source: Source['id']; citation: string; part: string };
      secondary?: boolean;
    };

function exportFact(source: Source, { text, secondary, quotedFrom }: SourceFact): ExportedFact {
  const flag = secondary ? { secondary } : {};
  if (!quotedFrom) return { text, ...flag };
  return {
    quote: text,
    quotedFrom: { source: source.id, citation: source.short, part: quotedFrom },
    ...flag,
  };
}

function exportSource(source: Source) {
  return { ...source, facts: source.facts.map((fact) => exportFact(source, fact)) };
}

export function figuresDocument(figures: readonly Figure[] = figureList) {
  return {
    title: FIGURES_JSON_TITLE,
    quotations: QUOTATION_CONVENTION,
    caveat: SURVEY_CAVEAT,
    study: {
      citation: study.citation.full,
      doi: study.citation.doi,
      design: study.design,
      caution: study.citation.caution,
      measuredButNotAvailable: study.measuredButNotAvailable,
      respondentsProvenance: study.groupsProvenance.respondentsApprox,
      publishedCritique: study.publishedCritique,
    },
    figures: figures.map((figure) => ({ ...figure, sourceCitation: getSource(figure.source).citation })),
    sources: sourceList.map(exportSource),
  };
}

/** The document as the download sends it: compact JSON, as `Response.json` writes it. */
export function buildFiguresJson(figures: readonly Figure[] = figureList): string {
  return JSON.stringify(figuresDocument(figures));
}
