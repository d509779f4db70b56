import type { Metadata } from 'next';
import { Launched } from '@/components/lti/Launched';

export const metadata: Metadata = { title: 'Opened from your LMS' };

export default function LaunchedPage() {
  return (
    <div className="prose">
      <h1>Opened from your LMS</h1>
      <Launched />
    </div>
  );
}
