import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ResetPasswordForm } from '../account-forms.tsx';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Account'))('chooseNewPassword') };
}

/** Where the reset mail links to. */
export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { token = '' } = await searchParams;
  const t = await getTranslations('Account');
  return (
    <div className="narrow">
      <h1>{t('chooseNewPassword')}</h1>
      {token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p className="alert" role="alert">
          {t('needsResetLink')}
        </p>
      )}
      <p>
        <Link href="/account/sign-in">{t('signIn')}</Link>
      </p>
    </div>
  );
}
