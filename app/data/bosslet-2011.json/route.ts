import { figureList, getSource, sourceList, study, SURVEY_CAVEAT } from '@/content/study';

export const dynamic = 'force-static';

/** Every figure of the module as JSON, with its source's citation, written once at build time. */
export function GET(): Response {
  const body = {
    title: 'Friend Request? — the figures behind the module',
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
    figures: figureList.map((figure) => ({ ...figure, sourceCitation: getSource(figure.source).citation })),
    sources: sourceList,
  };
  return Response.json(body, {
    headers: { 'Content-Disposition': 'attachment; filename="bosslet-2011.json"' },
  });
}
