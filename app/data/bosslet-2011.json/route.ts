import { buildFiguresJson } from '@/lib/study-export/json';

export const dynamic = 'force-static';

/** Every figure of the module as JSON, with its source's citation, written once at build time. */
export function GET(): Response {
  return new Response(buildFiguresJson(), {
    headers: {
      'Content-Type': 'application/json',
      'Content-Disposition': 'attachment; filename="bosslet-2011.json"',
    },
  });
}
