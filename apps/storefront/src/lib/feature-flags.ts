import 'server-only';
import { graphql } from '../generated/gql.ts';
import { gql } from './gateway.ts';

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

/**
 * Whether a storefront feature is on for this shop, asked per request with the store's key (the API
 * evaluates and caches it: `@ucos/kit/feature-flags`, a change shows within seconds). A flag the API
 * cannot answer for is off (logged): a feature never breaks the page it decorates.
 */
export async function featureEnabled(key: (typeof STOREFRONT_FLAGS)[keyof typeof STOREFRONT_FLAGS]) {
  try {
    return (await gql(FeatureEnabled, { key }, { as: 'store' })).featureEnabled;
  } catch (error) {
    // off, but said: a flag that silently never turns on would be searched for in the wrong place
    console.warn(`feature flag ${key} could not be read, treated as off: ${(error as Error).message}`);
    return false;
  }
}
