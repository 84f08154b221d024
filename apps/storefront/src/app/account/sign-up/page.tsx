import Link from 'next/link';
import { safeNext } from '../../../lib/session.ts';
import { SignUpForm } from '../account-forms.tsx';

export const metadata = { title: 'Create an account' };

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const next = safeNext((await searchParams).next);
  return (
    <div className="narrow">
      <h1>Create an account</h1>
      <SignUpForm next={next} />
      <p>
        Already have one? <Link href={`/account/sign-in?next=${encodeURIComponent(next)}`}>Sign in</Link>
      </p>
    </div>
  );
}
