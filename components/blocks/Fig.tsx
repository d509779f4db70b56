import { formatFigure, getFigure } from '@/content/study';

/** A figure from the typed study data, so that no number in a lesson is typed by hand. */
export function Fig({ id }: { id: string }) {
  const figure = getFigure(id);
  return (
    <span className="fig" data-figure={figure.id} title={figure.label}>
      {formatFigure(figure)}
    </span>
  );
}
