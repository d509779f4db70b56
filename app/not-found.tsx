import { PageLink } from '@/components/layout/PageLink';

export default function NotFound() {
  return (
    <div className="prose">
      <h1>Page not found</h1>
      <p>
        There is no page at this address. Your progress is safe in this browser: go to the{' '}
        <PageLink href="/lessons">lessons</PageLink> or the <PageLink href="/">start page</PageLink>.
      </p>
    </div>
  );
}
