import type { Metadata } from 'next';
import { ClassReview } from '@/components/review/ClassReview';
import { formatFigure, getFigure, getSource, study, SURVEY_CAVEAT } from '@/content/study';
import { MIN_SHARED_LEARNERS } from '@/lib/review/attitudes';
import { attitudeItemFacts } from '@/lib/review/national';
import { finalSlots } from '@/content/questions/final';
import { getLessons } from '@/lib/content/lessons';

export const metadata: Metadata = {
  title: 'Check your class’s certificates',
  description:
    'Check many certificates at once in your browser: a roster with dates, scores, due dates and duplicates, a CSV export, and the class’s attitudes beside the national figures.',
};

export default function ClassReviewPage() {
  const titles = new Map(getLessons().map((lesson) => [lesson.slug, lesson.title]));
  const slots = finalSlots.map((slot) => ({
    id: slot.id,
    lesson: titles.get(slot.lesson) ?? slot.lesson,
    objective: slot.objective,
    items: slot.items.map(({ id, prompt }) => ({ id, prompt })),
  }));
  return (
    <>
      <div className="prose">
        <h1>Check your class’s certificates</h1>
        <p className="lede">
          Drop in the certificates your learners sent you (PDFs or .json credential files) or paste their
          codes. You get a roster — name, date, score, on time or late, valid or not and why — to download as
          a CSV file.
        </p>
        <p className="note">
          <strong>Nothing is uploaded.</strong> Each certificate is checked in this browser against this
          module’s published keys; the files and codes stay on your computer, and leaving the page forgets
          them. Learners who chose to share their attitude answers with you appear in the class’s attitudes,
          shown once at least {MIN_SHARED_LEARNERS} have shared, and the class’s results question by question
          on the final check, from {MIN_SHARED_LEARNERS} certificates up.
        </p>
      </div>
      <ClassReview
        slots={slots}
        facts={attitudeItemFacts()}
        national={{
          respondents: formatFigure(getFigure('bosslet/respondents/overall')),
          fieldwork: study.design.fieldwork,
          caveat: SURVEY_CAVEAT,
          citation: getSource('bosslet-2011').short,
        }}
      />
    </>
  );
}
