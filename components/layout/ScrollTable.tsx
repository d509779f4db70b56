import { useId, type ReactNode } from 'react';

interface Props {
  /** The table's caption: shown above it (or only to screen readers), and the name of its region. */
  caption: ReactNode;
  /** E.g. `visually-hidden`, when a heading beside the table already says what it is. */
  captionClassName?: string;
  /** Added to `table-wrap` on the wrapper. */
  className?: string;
  tableClassName?: string;
  /** The table's `thead`, `tbody`s and `tfoot`. */
  children: ReactNode;
}

/**
 * A table that may be wider than the screen: it scrolls sideways in its wrapper, which the keyboard can
 * reach (WCAG 2.1.1) and which is a region named by the table's caption, so a screen reader announces what
 * the focused box holds. Renders on the server and in client components alike.
 */
export function ScrollTable({ caption, captionClassName, className, tableClassName, children }: Props) {
  const captionId = useId();
  return (
    <div
      className={className ? `table-wrap ${className}` : 'table-wrap'}
      role="region"
      aria-labelledby={captionId}
      // A table wider than the screen scrolls: the keyboard must reach it (WCAG 2.1.1).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
    >
      <table className={tableClassName}>
        <caption id={captionId} className={captionClassName}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
