import Link from 'next/link';
import { ActionForm } from '../../components/action-form.tsx';
import { completeReset, requestReset } from './actions.ts';

export const metadata = { title: 'Reset your password' };

/** Without a token: ask for a reset mail. With the mailed token: choose the new password. */
export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { token } = await searchParams;
  return (
    <main className="auth">
      <div className="card">
        <h1>Reset your password</h1>
        {token ? (
          <ActionForm
            label="Choose a new password"
            idPrefix="reset-complete"
            action={completeReset}
            submit="Set new password"
            hidden={{ token }}
            fields={[{ name: 'newPassword', label: 'New password', type: 'password', required: true }]}
          />
        ) : (
          <ActionForm
            label="Mail me a reset link"
            idPrefix="reset-request"
            action={requestReset}
            submit="Mail me a link"
            fields={[{ name: 'email', label: 'Email', type: 'email', required: true }]}
          />
        )}
        <p>
          <Link href="/sign-in">Back to sign-in</Link>
        </p>
      </div>
    </main>
  );
}
