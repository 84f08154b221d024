import Link from 'next/link';
import { safeNext } from '../../../lib/session.ts';
import { SignInForm } from '../account-forms.tsx';

export const metadata = { title: 'Sign in' };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  const next = safeNext(params.next);
  return (
    <div className="narrow">
      <h1>Sign in</h1>
      {params.expired ? (
        <p className="alert" role="status">
          Your session has expired. Sign in again and we will take you back.
        </p>
      ) : null}
      <SignInForm next={next} />
      <p>
        <Link href="/account/forgot-password">Forgot your password?</Link>
      </p>
      <p>
        New here? <Link href={`/account/sign-up?next=${encodeURIComponent(next)}`}>Create an account</Link>
      </p>
    </div>
  );
}
