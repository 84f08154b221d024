import { readFileSync } from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { browserLocale, LOCALES, pickLocale } from '../../apps/storefront/src/i18n/locales.ts';
import { moneyIn } from '../../apps/storefront/src/lib/money.ts';

/**
 * The storefront speaks English and German: the `shop_locale` cookie (the language switcher) wins,
 * else the browser's Accept-Language, else English. Every message exists in both languages and
 * parses, and money is formatted in the shopper's language in the amount's own currency.
 */
const messages = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    JSON.parse(readFileSync(new URL(`../../apps/storefront/messages/${locale}.json`, import.meta.url), 'utf8')),
  ]),
) as Record<string, Record<string, unknown>>;

/** "Cart.heading" → its text, for every leaf of a message tree. */
function leaves(tree: Record<string, unknown>, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else for (const [path, text] of leaves(value as Record<string, unknown>, `${prefix}${key}.`)) out.set(path, text);
  }
  return out;
}

describe('storefront language', () => {
  it('takes the cookie first, then Accept-Language by q-value, then English', () => {
    expect(pickLocale('de', 'en-US,en;q=0.9')).toBe('de');
    expect(pickLocale('en', 'de-DE')).toBe('en');
    expect(pickLocale(undefined, 'de-DE,de;q=0.9,en;q=0.8')).toBe('de');
    expect(pickLocale(undefined, 'fr-FR, en;q=0.5, de;q=0.7')).toBe('de');
    expect(pickLocale(undefined, 'fr-FR,fr;q=0.9')).toBe('en');
    expect(pickLocale(undefined, 'de;q=0')).toBe('en');
    // a cookie naming a language the shop does not speak is ignored
    expect(pickLocale('xx', 'de')).toBe('de');
    expect(pickLocale(null, null)).toBe('en');
  });

  it('has every message in both languages, and each one parses', () => {
    const english = leaves(messages.en!);
    const german = leaves(messages.de!);
    expect([...german.keys()].sort()).toEqual([...english.keys()].sort());
    expect(english.size).toBeGreaterThan(100);
    for (const [locale, texts] of [
      ['en', english],
      ['de', german],
    ] as const) {
      for (const [key, text] of texts) {
        expect(text.trim(), `${locale} ${key}`).not.toBe('');
        expect(() => new IntlMessageFormat(text, locale), `${locale} ${key}`).not.toThrow();
      }
    }
    // the German storefront is German: the labels a shopper acts on differ from the English ones
    for (const key of ['Product.addToCart', 'Checkout.placeOrder', 'Cart.heading', 'Layout.cart']) {
      expect(german.get(key)).not.toBe(english.get(key));
    }
  });

  it('formats money in the shopper language, in the amount’s own currency', () => {
    const amount = { amount: 123456, currency: 'EUR', fractionDigits: 2 };
    // Intl separates the symbol with a no-break space
    expect(moneyIn('de')(amount).replace(/\s/g, ' ')).toBe('1.234,56 €');
    expect(moneyIn('en')(amount)).toBe('€1,234.56');
    expect(moneyIn('de')({ amount: 123456, currency: 'CHF', fractionDigits: 2 }).replace(/\s/g, ' ')).toBe(
      '1.234,56 CHF',
    );
    expect(moneyIn('en')({ amount: 1500, currency: 'JPY', fractionDigits: 0 })).toBe('¥1,500');
    // an unknown language falls back to English
    expect(moneyIn('xx')(amount)).toBe('€1,234.56');
  });
});

describe('storefront language outside the request (the global error page)', () => {
  it('takes the shop_locale cookie, then the browser languages in order, then English', () => {
    expect(browserLocale('theme=dark; shop_locale=de; other=1', ['en-US', 'en'])).toBe('de');
    expect(browserLocale('shop_locale=en', ['de-DE'])).toBe('en');
    expect(browserLocale('', ['fr-FR', 'de-AT', 'en'])).toBe('de');
    expect(browserLocale('shop_locale=xx', ['fr-FR'])).toBe('en');
    expect(browserLocale(null, null)).toBe('en');
    // a cookie whose name merely ends like ours is not ours
    expect(browserLocale('old_shop_locale=de', ['en'])).toBe('en');
  });
});
