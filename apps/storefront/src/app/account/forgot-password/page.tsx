import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ForgotPasswordForm } from '../account-forms.tsx';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Account'))('forgot') };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations('Account');
  return (
    <div className="narrow">
      <h1>{t('forgot')}</h1>
      <ForgotPasswordForm />
      <p>
        <Link href="/account/sign-in">{t('backToSignIn')}</Link>
      </p>
    </div>
  );
}
