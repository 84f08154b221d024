import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { ShopUnavailable } from '../components/shop-unavailable.tsx';
import { graphql } from '../generated/gql.ts';
import { gql } from '../lib/gateway.ts';
import { isShopUnavailable } from '../lib/shop-availability.ts';
import './globals.css';

export const metadata: Metadata = { title: { default: 'Shop', template: '%s · Shop' } };

const Store = graphql(`
  query StoreLayout_Tenant {
    tenant {
      name
    }
  }
`);

export default async function RootLayout({ children }: { children: ReactNode }) {
  // unavailable (gateway away, store key refused): the shell with the retrying page, not a React error
  const store = await gql(Store, {}).catch((error: unknown) => {
    if (isShopUnavailable(error as Error)) return null;
    throw error;
  });
  const tenant = store?.tenant;
  return (
    <html lang="en">
      <body>
        <a className="skip" href="#main">
          Skip to content
        </a>
        <header className="site">
          <Link className="brand" href="/">
            {tenant?.name ?? 'Shop'}
          </Link>
          <search>
            <form action="/search" method="get">
              <label htmlFor="site-search" className="sr-only">
                Search products
              </label>
              <input id="site-search" name="q" type="search" placeholder="Search products" />
              <button type="submit">Search</button>
            </form>
          </search>
          <nav aria-label="Account">
            <Link href="/cart">Cart</Link>
            <Link href="/account">Account</Link>
          </nav>
        </header>
        <main id="main">{store ? children : <ShopUnavailable />}</main>
      </body>
    </html>
  );
}
