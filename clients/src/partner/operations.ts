import { graphql } from '../../generated/gql.ts';

/** The typed operations of the partner SDK (named <Component>_<Purpose>). */
export const ViewerQuery = graphql(`
  query PartnerSdk_Viewer {
    viewer {
      kind
      scopes
      tenant {
        slug
        name
      }
      apiKey {
        name
        prefix
      }
    }
  }
`);

export const ProductsQuery = graphql(`
  query PartnerSdk_Products($first: Int!, $after: String) {
    products(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          handle
          title
          status
          variants {
            id
            sku
            title
          }
        }
      }
    }
  }
`);

export const VariantBySkuQuery = graphql(`
  query PartnerSdk_VariantBySku($sku: String!, $currency: String!) {
    variantBySku(sku: $sku) {
      id
      sku
      title
      price(currency: $currency) {
        amount
        currency
        fractionDigits
      }
      inventory {
        available
        inStock
      }
    }
  }
`);

export const StockLevelsQuery = graphql(`
  query PartnerSdk_StockLevels($first: Int!, $after: String, $lowStock: Boolean) {
    stockLevels(first: $first, after: $after, filter: { lowStock: $lowStock }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          available
          onHand
          lowStock
          warehouse {
            code
          }
          variant {
            sku
          }
        }
      }
    }
  }
`);
