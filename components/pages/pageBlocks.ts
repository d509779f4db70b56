import type { MDXComponents } from 'mdx/types';
import { Fig } from '@/components/blocks/Fig';
import { PageLink } from '@/components/layout/PageLink';
import { AttitudeTable, BehaviourTable, CritiqueTable, LiteratureTables, SampleTable } from './DataTables';
import {
  AccessibilityEvaluated,
  AccessibilityTarget,
  ChangeLog,
  LastReviewed,
  ModuleVersion,
  ReportAnError,
} from './Provenance';
import { References } from './References';
import { Section } from './Section';
import {
  Count,
  CritiqueLink,
  NotAvailableList,
  RespondentRange,
  SourceLine,
  StudyCitation,
  StudyCountry,
  SurveyCaveat,
} from './StudyFacts';

/**
 * The blocks the pages of `content/pages/` are written with. Each reads the typed study data itself, so the
 * MDX names a figure or a table and never types a number. All render on the server; only `PageLink` (an
 * ordinary link that navigates with Next's router) has client code, which every page loads anyway.
 */

/** `/data`: every figure with its source and its limits. */
export const dataBlocks = {
  Section,
  Fig,
  Count,
  SourceLine,
  StudyCitation,
  StudyCountry,
  RespondentRange,
  NotAvailableList,
  CritiqueLink,
  SurveyCaveat,
  SampleTable,
  BehaviourTable,
  AttitudeTable,
  CritiqueTable,
  LiteratureTables,
} satisfies MDXComponents;

/** `/about`: what the module is, where its content comes from, its references, privacy and accessibility. */
export const aboutBlocks = {
  Section,
  PageLink,
  ModuleVersion,
  LastReviewed,
  ChangeLog,
  ReportAnError,
  References,
  AccessibilityTarget,
  AccessibilityEvaluated,
} satisfies MDXComponents;
