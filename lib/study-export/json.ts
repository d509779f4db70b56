import { figureList, getSource, sourceList, study, SURVEY_CAVEAT, type Figure } from '@/content/study';

/** The study's figures as one JSON document, for the /data download: each figure with its source's citation. */

export const FIGURES_JSON_TITLE = 'Friend Request? — the figures behind the module';

export function figuresDocument(figures: readonly Figure[] = figureList) {
  return {
    title: FIGURES_JSON_TITLE,
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
    sources: sourceList,
  };
}

/** The document as the download sends it: compact JSON, as `Response.json` writes it. */
export function buildFiguresJson(figures: readonly Figure[] = figureList): string {
  return JSON.stringify(figuresDocument(figures));
}
