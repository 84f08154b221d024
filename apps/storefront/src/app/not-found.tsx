import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/** Answers with HTTP 404 (a missing product calls notFound(); no root loading.tsx streams a 200 first). */
export default async function NotFound() {
  const t = await getTranslations('Errors');
  return (
    <section className="friendly-error" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('notFound')}</h1>
      <p>
        {t('notFoundText')} <Link href="/search">{t('browseAll')}</Link>
      </p>
    </section>
  );
}
