import { formatMoney, type MoneyValue } from '@ucos/clients';
import { FORMAT_LOCALE, isLocale } from '../i18n/locales.ts';

/**
 * Money in the shopper's language, in the amount's own currency (whatever the tenant sells in):
 * `moneyIn('de')` formats 123456 EUR cents as `1.234,56 €`, `moneyIn('en')` as `€1,234.56`.
 * Server components pass `await getLocale()`, client components `useLocale()`.
 */
export function moneyIn(locale: string) {
  const tag = isLocale(locale) ? FORMAT_LOCALE[locale] : FORMAT_LOCALE.en;
  return (money: MoneyValue | null | undefined) => formatMoney(money, tag);
}

/** A price plugin's change of a line as the shopper reads it: its reason and what it took off ("Bulk tier (−€3.00)"). */
export function adjustmentNote(
  formatMoney: (money: MoneyValue) => string,
  adjustment: { reason: string; amount: MoneyValue },
): string {
  return `${adjustment.reason} (−${formatMoney({ ...adjustment.amount, amount: -adjustment.amount.amount })})`;
}
