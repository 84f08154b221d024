// Calls orders makes to the catalog subgraph. Typed against schema/catalog.graphql (the subgraph's own
// SDL with federation's _entities: internal calls go straight to the subgraph).
import { graphql } from './generated/catalog/gql.ts';

export type * from './generated/catalog/graphql.ts';

/**
 * Variants priced for one quantity (quantity tiers make the price depend on it): a cart sends one
 * call per distinct quantity. Null per representation catalog does not know.
 */
export const VariantPrices = graphql(`
  query InternalVariantPrices(
    $representations: [_Any!]!
    $quantity: Int!
    $currency: String!
    $customerGroup: String
  ) {
    _entities(representations: $representations) {
      ... on ProductVariant {
        id
        sku
        title
        taxClass
        price(quantity: $quantity, currency: $currency, customerGroup: $customerGroup) {
          amount
          currency
        }
        product {
          id
          title
          status
          collections {
            id
          }
          categories {
            id
          }
        }
      }
    }
  }
`);

/** Procurement: the SKU and title an order line keeps of the variant it orders. */
export const VariantSnapshots = graphql(`
  query InternalVariantSnapshots($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on ProductVariant {
        id
        sku
        title
        product {
          id
          title
        }
      }
    }
  }
`);
