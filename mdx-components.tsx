import type { MDXComponents } from 'mdx/types';

/**
 * The hook @next/mdx calls for every MDX file. It adds no blocks of its own: each page hands its MDX the
 * blocks it may use (`<Body components={…} />`) — a lesson the teaching blocks of
 * `components/blocks/teachingBlocks.ts`, the educator's guide the static ones and its own. A registry
 * imported here would reach every MDX page, and with it the client code of the lessons' interactive blocks.
 */
export function useMDXComponents(components: MDXComponents = {}): MDXComponents {
  return components;
}
