import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { VerifyForm } from '../account-forms.tsx';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Account'))('finish') };
}

/** Where the registration mail links to. */
export default async function VerifyPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { token = '' } = await searchParams;
  const t = await getTranslations('Account');
  return (
    <div className="narrow">
      <h1>{t('finish')}</h1>
      {token ? (
        <VerifyForm token={token} />
      ) : (
        <p className="alert" role="alert">
          {t('needsRegistrationLink')}
        </p>
      )}
    </div>
  );
}
