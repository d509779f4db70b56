import type { Metadata } from 'next';
import { AfterView } from '@/components/course/AfterView';

export const metadata: Metadata = { title: 'Your view, before and after' };

export default function AfterPage() {
  return <AfterView />;
}
