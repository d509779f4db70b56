import type { MDXComponents } from 'mdx/types';
import type { ReactNode } from 'react';
import { staticBlocks } from '@/components/blocks/staticBlocks';
import { ChangeCount, ChangeSummary, LastReviewed, ModuleVersion } from '@/components/pages/Provenance';
import { CourseOutline } from './CourseOutline';
import { DiscussionPlan, PlanStep, type PlanStepProps } from './DiscussionPlan';
import { LessonLink } from './LessonLink';
import { LinkLifetime } from './LinkLifetime';
import { ObjectivesByLesson } from './ObjectivesByLesson';
import { PassMark } from './PassMark';
import type { GuideLesson } from './types';

export interface GuideData {
  lessons: readonly GuideLesson[];
  finalQuestionCount: number;
  defaultPassMarkPct: number;
}

/**
 * The blocks the educator's guide is written with: the static teaching blocks (`<Fig>`, `<Cite>`…) and its
 * own, bound to the course's data so that the MDX names a lesson by slug and never retypes its title, time or
 * objectives. All render on the server: the guide loads no script beyond what every page loads.
 */
export function guideBlocks(data: GuideData) {
  const { lessons } = data;
  return {
    ...staticBlocks,
    CourseOutline: function BoundCourseOutline() {
      return <CourseOutline {...data} />;
    },
    ObjectivesByLesson: function BoundObjectivesByLesson() {
      return <ObjectivesByLesson lessons={lessons} />;
    },
    DiscussionPlan: function BoundDiscussionPlan({ children }: { children: ReactNode }) {
      return <DiscussionPlan lessons={lessons}>{children}</DiscussionPlan>;
    },
    PlanStep: function BoundPlanStep(props: PlanStepProps) {
      return <PlanStep {...props} lessons={lessons} />;
    },
    LessonLink: function BoundLessonLink({ slug }: { slug: string }) {
      return <LessonLink slug={slug} lessons={lessons} />;
    },
    PassMark,
    LinkLifetime,
    ModuleVersion,
    LastReviewed,
    ChangeCount,
    ChangeSummary,
  } satisfies MDXComponents;
}
