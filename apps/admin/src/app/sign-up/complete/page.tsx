import Link from 'next/link';
import { ActionForm } from '../../../components/action-form.tsx';
import { completeSignUp } from '../actions.ts';

export const metadata = { title: 'Finish creating your shop' };

/** Where the sign-up mail links to: the password chosen at sign-up creates the account and signs in. */
export default async function CompleteSignUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { token = '' } = await searchParams;
  return (
    <main className="auth">
      <div className="card">
        <h1>Finish creating your shop</h1>
        {token ? null : (
          <p className="alert" role="alert">
            This page needs the link from your sign-up mail.
          </p>
        )}
        <ActionForm
          label="Finish creating your shop"
          idPrefix="sign-up-complete"
          action={completeSignUp}
          submit="Create my account"
          hidden={{ token }}
          fields={[
            { name: 'password', label: 'The password you chose when you signed up', type: 'password', required: true },
          ]}
        />
        <p>
          <Link href="/sign-in">Back to sign-in</Link>
        </p>
      </div>
    </main>
  );
}
