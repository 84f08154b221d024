import Link from 'next/link';
import { ForgotPasswordForm } from '../account-forms.tsx';

export const metadata = { title: 'Forgot your password?' };

export default function ForgotPasswordPage() {
  return (
    <div className="narrow">
      <h1>Forgot your password?</h1>
      <ForgotPasswordForm />
      <p>
        <Link href="/account/sign-in">Back to sign-in</Link>
      </p>
    </div>
  );
}
