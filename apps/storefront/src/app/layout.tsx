import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { graphql } from '../generated/gql.ts';
import { gql } from '../lib/gateway.ts';
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
  const { tenant } = await gql(Store, {});
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
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
