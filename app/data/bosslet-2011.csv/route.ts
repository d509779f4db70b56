import { buildFiguresCsv } from '@/lib/study-export/csv';

export const dynamic = 'force-static';

/** Every figure of the module as CSV, written once at build time. */
export function GET(): Response {
  return new Response(buildFiguresCsv(), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': 'attachment; filename="bosslet-2011.csv"',
    },
  });
}
