import type { Metadata } from 'next';
import { PageContents } from '@/components/layout/PageContents';
import { guideBlocks } from '@/components/educators/guideBlocks';
import Guide from '@/content/educators/guide.mdx';
import { finalQuestions } from '@/content/questions/final';
import { getGuide } from '@/lib/content/guide';
import { getLessons } from '@/lib/content/lessons';
import { DEFAULT_PASS_MARK_PCT } from '@/lib/grading/grade';

export function generateMetadata(): Metadata {
  const guide = getGuide();
  return { title: guide.title, description: guide.summary };
}

export default function EducatorsPage() {
  const guide = getGuide();
  const blocks = guideBlocks({
    lessons: getLessons(),
    finalQuestionCount: finalQuestions.length,
    defaultPassMarkPct: DEFAULT_PASS_MARK_PCT,
  });
  return (
    <article className="guide">
      <p className="block__label">For educators</p>
      <h1>{guide.title}</h1>
      <p className="lede">{guide.summary}</p>
      <PageContents sections={guide.sections} title="In this guide" />
      <div className="prose">
        <Guide components={blocks} />
      </div>
    </article>
  );
}
