import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { safeNext } from '../../../lib/session.ts';
import { SignInForm } from '../account-forms.tsx';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Account'))('signIn') };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  const next = safeNext(params.next);
  const t = await getTranslations('Account');
  return (
    <div className="narrow">
      <h1>{t('signIn')}</h1>
      {params.expired ? (
        <p className="alert" role="status">
          {t('expired')}
        </p>
      ) : null}
      <SignInForm next={next} />
      <p>
        <Link href="/account/forgot-password">{t('forgot')}</Link>
      </p>
      <p>
        {t('newHere')} <Link href={`/account/sign-up?next=${encodeURIComponent(next)}`}>{t('createAccount')}</Link>
      </p>
    </div>
  );
}
