import Link from 'next/link';
import { ResetPasswordForm } from '../account-forms.tsx';

export const metadata = { title: 'Choose a new password' };

/** Where the reset mail links to. */
export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { token = '' } = await searchParams;
  return (
    <div className="narrow">
      <h1>Choose a new password</h1>
      {token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p className="alert" role="alert">
          This page needs the link from your reset mail.
        </p>
      )}
      <p>
        <Link href="/account/sign-in">Sign in</Link>
      </p>
    </div>
  );
}
