'use server';
import { cookies } from 'next/headers';
import { isLocale, LOCALE_COOKIE } from './locales.ts';

/** The language switcher: remembers the choice for a year; the page then renders in it. */
export async function chooseLocale(form: FormData) {
  const locale = form.get('locale');
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: '/',
    sameSite: 'lax',
    maxAge: 60 * 60 * 24 * 365,
    secure: process.env.UCOS_SECURE_COOKIES === 'true',
  });
}
