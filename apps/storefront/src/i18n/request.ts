import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { LOCALE_COOKIE, pickLocale } from './locales.ts';

/** next-intl's configuration per request: the language from the cookie or Accept-Language. */
export default getRequestConfig(async () => {
  const locale = pickLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get('accept-language'));
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
    // the shopper's time zone is unknown on the server: dates are calendar days in the shop's zone
    timeZone: process.env.UCOS_STOREFRONT_TIME_ZONE ?? 'Europe/Berlin',
  };
});
