import type { Metadata } from 'next';
import { RoleForm } from '@/components/start/RoleForm';
import { getLessons } from '@/lib/content/lessons';

export const metadata: Metadata = { title: 'Where do you stand?' };

export default function StartPage() {
  const first = getLessons()[0]!;
  return (
    <div className="prose">
      <h1>Where do you stand?</h1>
      <p className="lede">
        Before any figures, tell us who you are. The module uses it only to show your own group beside the
        national figures; it stays in this browser.
      </p>
      <RoleForm nextHref={`/lessons/${first.slug}`} nextTitle={first.title} />
    </div>
  );
}
