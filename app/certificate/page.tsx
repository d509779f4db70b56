import type { Metadata } from 'next';
import { CertificateClaim } from '@/components/certificate/CertificateClaim';
import { HydrateApart } from '@/components/layout/HydrateApart';
import { finalQuestionsWithLessons } from '@/content/questions/final';
import { getLessons } from '@/lib/content/lessons';

export const metadata: Metadata = { title: 'Your certificate' };

export default function CertificatePage() {
  const lessons = getLessons().map(({ slug, title }) => ({ slug, title }));
  // What grading needs of each question: its id, key, number of options and lesson (no wording).
  const finalKey = finalQuestionsWithLessons().map(({ question, lesson }) => ({
    id: question.id,
    answer: question.answer,
    options: question.options.map(() => null),
    lesson,
  }));
  return (
    <div className="prose">
      <h1>Certificate of completion</h1>
      <p className="lede">
        A signed certificate that any educator can check in seconds: a PDF to keep or print, with a QR code,
        and the credential itself (Open Badges 3.0). No CME credit is offered.
      </p>
      <HydrateApart>
        <CertificateClaim lessons={lessons} finalKey={finalKey} />
      </HydrateApart>
    </div>
  );
}
