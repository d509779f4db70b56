import { Suspense, type ComponentType, type ReactNode } from 'react';

/**
 * Its content in a Suspense boundary of its own, so that the browser hydrates it as a unit of its own, after
 * the page around it, instead of hydrating (and running the effects of) every interactive part of a long page
 * in one long task that holds up the learner's first tap or key press. Nothing in it suspends, so the
 * server's HTML holds its content. Deep in a long page, React may send that content at the end of the HTML
 * and move it into place with a small inline script before the page hydrates (the lessons' interactive blocks
 * arrive that way): with scripts off, such a block is not shown, and it would not work anyway.
 */
export function HydrateApart({ children }: { children: ReactNode }) {
  return <Suspense>{children}</Suspense>;
}

/** A component that hydrates apart (see HydrateApart): `export const Poll = hydrateApart(PollInner)`. */
export function hydrateApart<P extends object>(Block: ComponentType<P>): ComponentType<P> {
  function Apart(props: P) {
    return (
      <HydrateApart>
        <Block {...props} />
      </HydrateApart>
    );
  }
  Apart.displayName = `HydrateApart(${Block.displayName ?? Block.name})`;
  return Apart;
}
