import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="prose">
      <h1>Page not found</h1>
      <p>
        There is no page at this address. Your progress is safe in this browser: go to the{' '}
        <Link href="/lessons">lessons</Link> or the <Link href="/">start page</Link>.
      </p>
    </div>
  );
}
