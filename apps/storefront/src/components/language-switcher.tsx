import { getLocale, getTranslations } from 'next-intl/server';
import { chooseLocale } from '../i18n/actions.ts';
import { LOCALE_NAMES, LOCALES } from '../i18n/locales.ts';

/** One button per language (each named in its own language); works without JavaScript too. */
export async function LanguageSwitcher() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('Layout')]);
  return (
    <form action={chooseLocale} className="languages" aria-label={t('language')}>
      {LOCALES.map((code) => (
        <button
          key={code}
          type="submit"
          name="locale"
          value={code}
          lang={code}
          className="link"
          aria-pressed={code === locale}
        >
          {LOCALE_NAMES[code]}
        </button>
      ))}
    </form>
  );
}
