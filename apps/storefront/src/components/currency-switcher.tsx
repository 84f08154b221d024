import { getLocale, getTranslations } from 'next-intl/server';
import { currency, shopCurrencies } from '../lib/currency.ts';
import { isShopUnavailable } from '../lib/shop-availability.ts';
import { CurrencySwitcherForm } from './currency-switcher-form.tsx';

/** One button per currency the shop sells in (none when it sells in one); works without JavaScript too. */
export async function CurrencySwitcher() {
  // the header must render while the shop is unavailable (the page below says why); any other failure is a failure
  const [sold, chosen] = await Promise.all([shopCurrencies(), currency()]).catch((error: Error) => {
    if (isShopUnavailable(error)) return [[], ''] as const;
    throw error;
  });
  if (sold.length < 2) return null;
  const [locale, t] = await Promise.all([getLocale(), getTranslations('Layout')]);
  const names = new Intl.DisplayNames([locale], { type: 'currency' });
  return (
    <CurrencySwitcherForm
      label={t('currency')}
      chosen={chosen}
      currencies={sold.map((code) => ({ code, label: `${code} (${names.of(code) ?? code})` }))}
    />
  );
}
