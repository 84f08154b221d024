import 'server-only';
import { cookies } from 'next/headers';
import { graphql } from '../generated/gql.ts';
import { publishableKey } from './config.ts';
import { gql } from './gateway.ts';
import { shortCache } from './short-cache.ts';

/** The shopper's chosen currency; absent or no longer sold: the shop's default. */
export const CURRENCY_COOKIE = 'ucos_currency';

const ShopCurrencies = graphql(`
  query StoreCurrencies_Tenant {
    tenant {
      currencies
    }
  }
`);

/** a change in the admin shows on the shop within seconds, without a request per page view */
const CURRENCIES_CACHE_MS = 5_000;

// keyed by the shop's key: one storefront process may serve several shops (UCOS_STOREFRONT_KEYS)
const readCurrencies = shortCache(async () => {
  const data = await gql(ShopCurrencies, {}, { as: 'store' });
  return data.tenant?.currencies ?? [];
}, CURRENCIES_CACHE_MS);

/** The currencies the shop sells in (Settings → Store in the admin), its default first. */
export async function shopCurrencies(): Promise<string[]> {
  const sold = await readCurrencies(await publishableKey());
  return sold.length ? sold : ['EUR'];
}

/** The currency this shopper browses and buys in: their choice while the shop sells it, else the default. */
export async function currency(): Promise<string> {
  const [sold, jar] = await Promise.all([shopCurrencies(), cookies()]);
  const chosen = jar.get(CURRENCY_COOKIE)?.value;
  return chosen && sold.includes(chosen) ? chosen : (sold[0] as string);
}
