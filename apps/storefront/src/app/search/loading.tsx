import { useTranslations } from 'next-intl';

/** Placeholder tiles while a search runs (here, not at the root: a root loading.tsx would stream every
 * page with status 200 before notFound() could answer 404). */
export default function Loading() {
  const t = useTranslations('Layout');
  return (
    <div aria-busy="true">
      <span className="sr-only">{t('loading')}</span>
      <ul className="products">
        {Array.from({ length: 8 }, (_, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
          <li key={index}>
            <div className="media skeleton" />
            <div className="skeleton" style={{ height: 16, marginTop: 8 }} />
          </li>
        ))}
      </ul>
    </div>
  );
}
