import type { Metadata } from 'next';
import { CertificateClaim } from '@/components/certificate/CertificateClaim';
import { HydrateApart } from '@/components/layout/HydrateApart';
import { finalSlots } from '@/content/questions/final';
import { getLessons } from '@/lib/content/lessons';

export const metadata: Metadata = { title: 'Your certificate' };

export default function CertificatePage() {
  const lessons = getLessons().map(({ slug, title }) => ({ slug, title }));
  // What grading needs of each slot: its lesson, and of each item its id, key and number of options (no wording).
  const finalKey = finalSlots.map((slot) => ({
    id: slot.id,
    lesson: slot.lesson,
    items: slot.items.map((item) => ({
      id: item.id,
      answer: item.answer,
      options: item.options.map(() => null),
    })),
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
