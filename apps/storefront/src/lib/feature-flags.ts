import 'server-only';
import { graphql } from '../generated/gql.ts';
import { gql } from './gateway.ts';
import { shortCache } from './short-cache.ts';

const FeatureEnabled = graphql(`
  query StorefrontFlags_Enabled($key: String!) {
    featureEnabled(key: $key)
  }
`);

/** The storefront features a tenant switches in the admin's Settings → Feature flags. */
export const STOREFRONT_FLAGS = {
  /** a "recently viewed" strip on product pages, from the shopper's own cookie */
  recentlyViewed: 'storefront.recently-viewed',
} as const;

/** the API caches a tenant's flags for 5 s too: a change shows on the shop within about ten seconds */
const FLAG_CACHE_MS = 5_000;

// one shop per storefront process (its key): a flag is asked once per 5 s, not on every page view
const readFlag = shortCache(
  async (key) => (await gql(FeatureEnabled, { key }, { as: 'store' })).featureEnabled,
  FLAG_CACHE_MS,
);

/**
 * Whether a storefront feature is on for this shop (the API evaluates it: `@ucos/kit/feature-flags`),
 * read through a 5 s cache. A flag the API cannot answer for is off (logged): a feature never breaks
 * the page it decorates.
 */
export async function featureEnabled(key: (typeof STOREFRONT_FLAGS)[keyof typeof STOREFRONT_FLAGS]) {
  try {
    return await readFlag(key);
  } catch (error) {
    // off, but said: a flag that silently never turns on would be searched for in the wrong place
    console.warn(`feature flag ${key} could not be read, treated as off: ${(error as Error).message}`);
    return false;
  }
}
