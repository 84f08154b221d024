import Link from 'next/link';
import { safeNext } from '../../lib/session.ts';
import { SignInForm } from './sign-in-form.tsx';

export const metadata = { title: 'Sign in' };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  return (
    <main className="auth">
      <div className="card">
        <h1>Sign in to your store</h1>
        {params.expired ? (
          <p className="alert" role="status">
            Your session has expired. Sign in again to continue.
          </p>
        ) : null}
        <SignInForm next={safeNext(params.next)} tenantSlug={params.tenant} email={params.email} />
        <p>
          <Link href="/reset-password">Forgot your password?</Link>
        </p>
        <p>
          New here? <Link href="/sign-up">Create a shop</Link>
        </p>
      </div>
    </main>
  );
}
