import { Suspense, type ComponentType, type ReactNode } from 'react';

/**
 * Its content in a Suspense boundary of its own. Nothing in it suspends, so the server's HTML holds the
 * content as before; the browser then hydrates it as a unit of its own, after the page around it, instead of
 * hydrating (and running the effects of) every interactive part of a long page in one long task that holds
 * up the learner's first tap or key press.
 */
export function HydrateApart({ children }: { children: ReactNode }) {
  return <Suspense>{children}</Suspense>;
}

/** A block that hydrates apart (see HydrateApart), for a registry of MDX blocks. */
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
