import { GrowingBar } from '@/components/motion/Reveal';

export interface Bar {
  key: string;
  label: string;
  detail?: string;
  pct: number;
  pctText: string;
  /** The learner's own group or choice: marked in text as well as colour. */
  mine: boolean;
}

/** Horizontal bars on a 0–100% scale. Values are printed, so the chart reads without colour. */
export function BarList({ bars, mineTag }: { bars: readonly Bar[]; mineTag: string }) {
  return (
    <ul className="comparison__rows">
      {bars.map((bar) => (
        <li key={bar.key} className={bar.mine ? 'comparison__row comparison__row--you' : 'comparison__row'}>
          <span className="comparison__label">
            {bar.label}
            {bar.mine && <span className="comparison__tag">{mineTag}</span>}
            {bar.detail && <small>{bar.detail}</small>}
          </span>
          <span className="comparison__track" aria-hidden="true">
            <GrowingBar pct={bar.pct} className="comparison__bar" />
          </span>
          <span className="comparison__value">{bar.pctText}</span>
        </li>
      ))}
    </ul>
  );
}
