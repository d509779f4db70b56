import type { MDXComponents } from 'mdx/types';
import { Checklist } from '@/components/blocks/Checklist';
import { Cite } from '@/components/blocks/Cite';
import { Evidence } from '@/components/blocks/Evidence';
import { Fig } from '@/components/blocks/Fig';
import { Recap } from '@/components/blocks/Recap';
import { Reflection } from '@/components/blocks/Reflection';
import { Scenario } from '@/components/blocks/Scenario';
import { KnowledgeCheck } from '@/components/check/KnowledgeCheck';
import { AttitudeComparison } from '@/components/comparison/AttitudeComparison';
import { NonResponseExplorer } from '@/components/explorer/NonResponseExplorer';
import { ResponseRates } from '@/components/explorer/ResponseRates';
import { NationalComparison } from '@/components/comparison/NationalComparison';
import { PeerComparison } from '@/components/comparison/PeerComparison';
import { PopulationComparison } from '@/components/comparison/PopulationComparison';
import { Poll } from '@/components/poll/Poll';

/** The teaching blocks a lesson is written with: the one registry every MDX file uses. */
export const teachingBlocks = {
  Scenario,
  Poll,
  NationalComparison,
  PeerComparison,
  NonResponseExplorer,
  ResponseRates,
  AttitudeComparison,
  PopulationComparison,
  Evidence,
  Reflection,
  Recap,
  KnowledgeCheck,
  Fig,
  Cite,
  Checklist,
};

export function useMDXComponents(components: MDXComponents = {}): MDXComponents {
  return { ...components, ...teachingBlocks };
}
