import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { safeNext } from '../../../lib/session.ts';
import { SignUpForm } from '../account-forms.tsx';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Account'))('createAccount') };
}

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const next = safeNext((await searchParams).next);
  const t = await getTranslations('Account');
  return (
    <div className="narrow">
      <h1>{t('createAccount')}</h1>
      <SignUpForm next={next} />
      <p>
        {t('haveOne')} <Link href={`/account/sign-in?next=${encodeURIComponent(next)}`}>{t('signIn')}</Link>
      </p>
    </div>
  );
}
