import type { Metadata } from 'next';
import Link from 'next/link';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { CurrencySwitcher } from '../components/currency-switcher.tsx';
import { LanguageSwitcher } from '../components/language-switcher.tsx';
import { ShopUnavailable } from '../components/shop-unavailable.tsx';
import { graphql } from '../generated/gql.ts';
import { cartId } from '../lib/cart.ts';
import { gql } from '../lib/gateway.ts';
import { isShopUnavailable } from '../lib/shop-availability.ts';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Layout');
  return { title: { default: t('shop'), template: `%s · ${t('shop')}` } };
}

const Store = graphql(`
  query StoreLayout_Tenant {
    tenant {
      name
    }
  }
`);

const CartCount = graphql(`
  query StoreLayout_CartCount($id: ID!) {
    cart(id: $id) {
      status
      lines {
        quantity
      }
    }
  }
`);

/** How many items the shopper's cart holds (0 without a cart, or when it cannot be read). */
async function itemsInCart(): Promise<number> {
  const id = await cartId();
  if (!id) return 0;
  const data = await gql(CartCount, { id }, { as: 'either' }).catch(() => null);
  if (data?.cart?.status !== 'OPEN') return 0;
  return data.cart.lines.reduce((sum, line) => sum + line.quantity, 0);
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // unavailable (gateway away, store key refused): the shell with the retrying page, not a React error
  const [store, count, locale, t] = await Promise.all([
    gql(Store, {}).catch((error: unknown) => {
      if (isShopUnavailable(error as Error)) return null;
      throw error;
    }),
    itemsInCart(),
    getLocale(),
    getTranslations('Layout'),
  ]);
  const tenant = store?.tenant;
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider>
          <a className="skip" href="#main">
            {t('skip')}
          </a>
          <header className="site">
            <Link className="brand" href="/">
              {tenant?.name ?? t('shop')}
            </Link>
            <search>
              <form action="/search" method="get">
                <label htmlFor="site-search" className="sr-only">
                  {t('searchLabel')}
                </label>
                <input id="site-search" name="q" type="search" placeholder={t('searchLabel')} />
                <button type="submit">{t('search')}</button>
              </form>
            </search>
            <nav aria-label={t('accountNav')}>
              <Link href="/cart" data-testid="header-cart" aria-label={t('cartLabel', { count })}>
                {/* the count follows the word after a space, so what the link shows ("Cart 2") is part of its
                    name ("Cart, 2 items") */}
                {t('cart')}{' '}
                {count > 0 ? (
                  <span className="cart-count" aria-hidden="true">
                    {count}
                  </span>
                ) : null}
              </Link>
              <Link href="/account">{t('account')}</Link>
            </nav>
            <LanguageSwitcher />
            <CurrencySwitcher />
          </header>
          <main id="main">{store ? children : <ShopUnavailable />}</main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
