import Link from 'next/link';
import { ActionForm } from '../../components/action-form.tsx';
import { signUp } from './actions.ts';

export const metadata = { title: 'Create a shop' };

/** Sign-up: answered the same for every address; the mailed link finishes it. */
export default function SignUpPage() {
  return (
    <main className="auth">
      <div className="card">
        <h1>Create a shop</h1>
        <ActionForm
          label="Create a shop"
          idPrefix="sign-up"
          action={signUp}
          submit="Create shop"
          fields={[
            { name: 'name', label: 'Shop name', required: true },
            { name: 'slug', label: 'Shop address (lower-case letters, digits, dashes)', required: true },
            { name: 'ownerEmail', label: 'Your email', type: 'email', required: true },
            { name: 'ownerPassword', label: 'Password (10+ characters, 3 kinds)', type: 'password', required: true },
            { name: 'ownerName', label: 'Your name' },
          ]}
        />
        <p>
          Already have an account? <Link href="/sign-in">Sign in</Link>
        </p>
      </div>
    </main>
  );
}
