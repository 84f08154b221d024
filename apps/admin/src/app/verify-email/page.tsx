import Link from 'next/link';
import { ActionForm } from '../../components/action-form.tsx';
import { verifyEmail } from './actions.ts';

export const metadata = { title: 'Verify your email address' };

/** A button rather than verifying on page load: mail scanners that open links must not use the token. */
export default async function VerifyEmailPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { token = '' } = await searchParams;
  return (
    <main className="auth">
      <div className="card">
        <h1>Verify your email address</h1>
        <ActionForm
          label="Verify"
          idPrefix="verify"
          action={verifyEmail}
          submit="Verify my address"
          hidden={{ token }}
          fields={[]}
        />
        <p>
          <Link href="/">Go to your store</Link>
        </p>
      </div>
    </main>
  );
}
