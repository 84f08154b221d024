import { graphql } from './generated/gql.ts';

/** The SDK's typed operations (named PartnerSdk_<Purpose>), one per read or write it offers. */

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

// catalog

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

export const ProductCreateMutation = graphql(`
  mutation PartnerSdk_ProductCreate($input: ProductCreateInput!) {
    productCreate(input: $input) {
      product {
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
      errors {
        code
        field
        message
      }
    }
  }
`);

// inventory

export const WarehousesQuery = graphql(`
  query PartnerSdk_Warehouses($first: Int!, $after: String) {
    warehouses(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          code
          name
        }
      }
    }
  }
`);

export const StockLevelsQuery = graphql(`
  query PartnerSdk_StockLevels($first: Int!, $after: String, $filter: StockLevelFilter) {
    stockLevels(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          available
          onHand
          reserved
          lowStock
          warehouse {
            id
            code
          }
          variant {
            id
            sku
          }
        }
      }
    }
  }
`);

export const StockAdjustMutation = graphql(`
  mutation PartnerSdk_StockAdjust($input: StockAdjustInput!) {
    stockAdjust(input: $input) {
      stockLevel {
        id
        onHand
        available
        reserved
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

// orders

export const OrdersQuery = graphql(`
  query PartnerSdk_Orders($first: Int!, $after: String, $filter: OrderFilter) {
    orders(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          number
          displayNumber
          status
          paymentStatus
          email
          total {
            amount
            currency
            fractionDigits
          }
          createdAt
        }
      }
    }
  }
`);

export const OrderQuery = graphql(`
  query PartnerSdk_Order($id: ID!) {
    order(id: $id) {
      id
      number
      displayNumber
      status
      paymentStatus
      email
      version
      availableActions
      lines {
        sku
        quantity
      }
      total {
        amount
        currency
        fractionDigits
      }
      shipments {
        id
        status
        carrier
        trackingNumber
      }
    }
  }
`);

export const OrderCancelMutation = graphql(`
  mutation PartnerSdk_OrderCancel($input: OrderCancelInput!) {
    orderCancel(input: $input) {
      order {
        id
        status
        version
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

// fulfillment

export const ShipmentsQuery = graphql(`
  query PartnerSdk_Shipments($first: Int!, $after: String, $filter: ShipmentFilter) {
    shipments(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          carrier
          trackingNumber
          order {
            id
          }
          createdAt
        }
      }
    }
  }
`);
