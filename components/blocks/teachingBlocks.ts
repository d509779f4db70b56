import { KnowledgeCheck } from '@/components/check/KnowledgeCheck';
import { AttitudeComparison } from '@/components/comparison/AttitudeComparison';
import { NationalComparison } from '@/components/comparison/NationalComparison';
import { PeerComparison } from '@/components/comparison/PeerComparison';
import { PopulationComparison } from '@/components/comparison/PopulationComparison';
import { NonResponseExplorer } from '@/components/explorer/NonResponseExplorer';
import { ResponseRates } from '@/components/explorer/ResponseRates';
import { Poll } from '@/components/poll/Poll';
import { Reflection } from './Reflection';
import { staticBlocks } from './staticBlocks';

/** The teaching blocks a lesson is written with: the one registry every lesson's MDX uses. */
export const teachingBlocks = {
  ...staticBlocks,
  Poll,
  NationalComparison,
  PeerComparison,
  NonResponseExplorer,
  ResponseRates,
  AttitudeComparison,
  PopulationComparison,
  Reflection,
  KnowledgeCheck,
};
