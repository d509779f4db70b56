import type { ReactNode } from 'react';

/*
 * The lessons' motion, in CSS (`.reveal` and `.growing-bar` in app/globals.css): each plays once when its
 * element appears, and not at all under a reduced-motion setting. No script runs for it, so it costs a
 * lesson no JavaScript.
 */

/** Fades and lifts its content in once. */
export function Reveal({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={className ? `reveal ${className}` : 'reveal'}>{children}</div>;
}

/** A bar that grows to its value (a share of 0–100) once. */
export function GrowingBar({ pct, className }: { pct: number; className?: string }) {
  return (
    <div className={className ? `growing-bar ${className}` : 'growing-bar'} style={{ width: `${pct}%` }} />
  );
}
