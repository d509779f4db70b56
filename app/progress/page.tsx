import type { Metadata } from 'next';
import { ProgressTools } from '@/components/progress/ProgressTools';
import { lessonOrder } from '@/content/lessons/order';

export const metadata: Metadata = {
  title: 'Your progress',
  description: 'What this module keeps in your browser, and how to download, bring back or delete it.',
};

export default function ProgressPage() {
  return (
    <div className="hero">
      <h1>Your progress</h1>
      <p className="lede">
        Your answers, reflections and place in the lessons are kept only in this browser, on this device. Here
        you can see what is kept, download a copy, bring a copy back, or delete it.
      </p>
      <ProgressTools lessonSlugs={lessonOrder} />
    </div>
  );
}
