import Link from 'next/link';
import { ActionForm } from '../../../components/action-form.tsx';
import { accessToken } from '../../../lib/session.ts';
import { acceptInvitation } from './actions.ts';

export const metadata = { title: 'Accept an invitation' };

/** Where the invitation mail links to. Nothing happens until the person submits one of the forms. */
export default async function AcceptInvitationPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { token = '' } = await searchParams;
  const signedIn = Boolean(await accessToken());
  const here = `/invitations/accept?token=${encodeURIComponent(token)}`;
  return (
    <main className="auth">
      <div className="card">
        <h1>Accept your invitation</h1>
        {token ? null : (
          <p className="alert" role="alert">
            This page needs the link from your invitation mail.
          </p>
        )}
        {signedIn ? (
          <>
            <h2>You are signed in</h2>
            <ActionForm
              label="Accept as the signed-in user"
              idPrefix="accept-signed-in"
              action={acceptInvitation}
              submit="Accept as signed-in user"
              hidden={{ token }}
              fields={[]}
            />
          </>
        ) : (
          <p>
            Already have an account? <Link href={`/sign-in?next=${encodeURIComponent(here)}`}>Sign in</Link> and come
            back, or enter its password below.
          </p>
        )}
        <h2>Accept with a password</h2>
        <p>New here: choose a password for your account. Existing account: enter its password.</p>
        <ActionForm
          label="Accept with a password"
          idPrefix="accept-password"
          action={acceptInvitation}
          submit="Accept invitation"
          hidden={{ token }}
          fields={[
            { name: 'password', label: 'Password', type: 'password', required: true },
            { name: 'name', label: 'Your name (new accounts)' },
          ]}
        />
      </div>
    </main>
  );
}
