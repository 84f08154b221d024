import Link from 'next/link';

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>
        This page does not exist (any more). <Link href="/search">Browse all products</Link>.
      </p>
    </>
  );
}
