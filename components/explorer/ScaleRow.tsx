import type { ReactNode } from 'react';

/** Marks a value as the module's arithmetic, so no one mistakes it for a reported figure. */
export const Computed = ({ children }: { children: string }) => <span data-computed="">{children}</span>;
/** Marks the learner's own assumption, which is neither reported nor computed. */
export const Assumed = ({ pct }: { pct: number }) => <span data-module-value="">{pct}%</span>;

/** A bar on a 0–100 scale; the text beside it carries the value, so the bar itself is hidden from readers. */
export function ScaleRow({
  label,
  valueText,
  pct,
  band,
}: {
  label: string;
  valueText: ReactNode;
  pct: number;
  band?: { lower: number; upper: number };
}) {
  return (
    <li className="comparison__row">
      <span className="comparison__label">{label}</span>
      <span className="comparison__track" aria-hidden="true" style={{ position: 'relative' }}>
        {band && (
          <span
            style={{
              position: 'absolute',
              top: 0,
              bottom: 0,
              left: `${band.lower}%`,
              width: `${band.upper - band.lower}%`,
              background: 'var(--accent-soft)',
              borderInline: '2px solid var(--accent)',
            }}
          />
        )}
        <span
          className="comparison__bar"
          style={{ position: 'relative', display: 'block', width: `${pct}%`, opacity: band ? 0.85 : 1 }}
        />
      </span>
      <span className="comparison__value">{valueText}</span>
    </li>
  );
}
