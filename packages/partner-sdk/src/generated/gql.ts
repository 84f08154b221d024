/* eslint-disable */
import * as types from './graphql.ts';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query PartnerSdk_Viewer {\n    viewer {\n      kind\n      scopes\n      tenant {\n        slug\n        name\n      }\n      apiKey {\n        name\n        prefix\n      }\n    }\n  }\n": typeof types.PartnerSdk_ViewerDocument,
    "\n  query PartnerSdk_Products($first: Int!, $after: String) {\n    products(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          handle\n          title\n          status\n          variants {\n            id\n            sku\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.PartnerSdk_ProductsDocument,
    "\n  query PartnerSdk_VariantBySku($sku: String!, $currency: String!) {\n    variantBySku(sku: $sku) {\n      id\n      sku\n      title\n      price(currency: $currency) {\n        amount\n        currency\n        fractionDigits\n      }\n      inventory {\n        available\n        inStock\n      }\n    }\n  }\n": typeof types.PartnerSdk_VariantBySkuDocument,
    "\n  mutation PartnerSdk_ProductCreate($input: ProductCreateInput!) {\n    productCreate(input: $input) {\n      product {\n        id\n        handle\n        title\n        status\n        variants {\n          id\n          sku\n          title\n        }\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.PartnerSdk_ProductCreateDocument,
    "\n  query PartnerSdk_Warehouses($first: Int!, $after: String) {\n    warehouses(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.PartnerSdk_WarehousesDocument,
    "\n  query PartnerSdk_StockLevels($first: Int!, $after: String, $filter: StockLevelFilter) {\n    stockLevels(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          available\n          onHand\n          reserved\n          lowStock\n          warehouse {\n            id\n            code\n          }\n          variant {\n            id\n            sku\n          }\n        }\n      }\n    }\n  }\n": typeof types.PartnerSdk_StockLevelsDocument,
    "\n  mutation PartnerSdk_StockAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) {\n      stockLevel {\n        id\n        onHand\n        available\n        reserved\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.PartnerSdk_StockAdjustDocument,
    "\n  query PartnerSdk_Orders($first: Int!, $after: String, $filter: OrderFilter) {\n    orders(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          displayNumber\n          status\n          paymentStatus\n          email\n          total {\n            amount\n            currency\n            fractionDigits\n          }\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.PartnerSdk_OrdersDocument,
    "\n  query PartnerSdk_Order($id: ID!) {\n    order(id: $id) {\n      id\n      number\n      displayNumber\n      status\n      paymentStatus\n      email\n      version\n      availableActions\n      lines {\n        sku\n        quantity\n      }\n      total {\n        amount\n        currency\n        fractionDigits\n      }\n      shipments {\n        id\n        status\n        carrier\n        trackingNumber\n      }\n    }\n  }\n": typeof types.PartnerSdk_OrderDocument,
    "\n  mutation PartnerSdk_OrderCancel($input: OrderCancelInput!) {\n    orderCancel(input: $input) {\n      order {\n        id\n        status\n        version\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.PartnerSdk_OrderCancelDocument,
    "\n  query PartnerSdk_Shipments($first: Int!, $after: String, $filter: ShipmentFilter) {\n    shipments(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          carrier\n          trackingNumber\n          order {\n            id\n          }\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.PartnerSdk_ShipmentsDocument,
};
const documents: Documents = {
    "\n  query PartnerSdk_Viewer {\n    viewer {\n      kind\n      scopes\n      tenant {\n        slug\n        name\n      }\n      apiKey {\n        name\n        prefix\n      }\n    }\n  }\n": types.PartnerSdk_ViewerDocument,
    "\n  query PartnerSdk_Products($first: Int!, $after: String) {\n    products(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          handle\n          title\n          status\n          variants {\n            id\n            sku\n            title\n          }\n        }\n      }\n    }\n  }\n": types.PartnerSdk_ProductsDocument,
    "\n  query PartnerSdk_VariantBySku($sku: String!, $currency: String!) {\n    variantBySku(sku: $sku) {\n      id\n      sku\n      title\n      price(currency: $currency) {\n        amount\n        currency\n        fractionDigits\n      }\n      inventory {\n        available\n        inStock\n      }\n    }\n  }\n": types.PartnerSdk_VariantBySkuDocument,
    "\n  mutation PartnerSdk_ProductCreate($input: ProductCreateInput!) {\n    productCreate(input: $input) {\n      product {\n        id\n        handle\n        title\n        status\n        variants {\n          id\n          sku\n          title\n        }\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.PartnerSdk_ProductCreateDocument,
    "\n  query PartnerSdk_Warehouses($first: Int!, $after: String) {\n    warehouses(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": types.PartnerSdk_WarehousesDocument,
    "\n  query PartnerSdk_StockLevels($first: Int!, $after: String, $filter: StockLevelFilter) {\n    stockLevels(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          available\n          onHand\n          reserved\n          lowStock\n          warehouse {\n            id\n            code\n          }\n          variant {\n            id\n            sku\n          }\n        }\n      }\n    }\n  }\n": types.PartnerSdk_StockLevelsDocument,
    "\n  mutation PartnerSdk_StockAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) {\n      stockLevel {\n        id\n        onHand\n        available\n        reserved\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.PartnerSdk_StockAdjustDocument,
    "\n  query PartnerSdk_Orders($first: Int!, $after: String, $filter: OrderFilter) {\n    orders(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          displayNumber\n          status\n          paymentStatus\n          email\n          total {\n            amount\n            currency\n            fractionDigits\n          }\n          createdAt\n        }\n      }\n    }\n  }\n": types.PartnerSdk_OrdersDocument,
    "\n  query PartnerSdk_Order($id: ID!) {\n    order(id: $id) {\n      id\n      number\n      displayNumber\n      status\n      paymentStatus\n      email\n      version\n      availableActions\n      lines {\n        sku\n        quantity\n      }\n      total {\n        amount\n        currency\n        fractionDigits\n      }\n      shipments {\n        id\n        status\n        carrier\n        trackingNumber\n      }\n    }\n  }\n": types.PartnerSdk_OrderDocument,
    "\n  mutation PartnerSdk_OrderCancel($input: OrderCancelInput!) {\n    orderCancel(input: $input) {\n      order {\n        id\n        status\n        version\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.PartnerSdk_OrderCancelDocument,
    "\n  query PartnerSdk_Shipments($first: Int!, $after: String, $filter: ShipmentFilter) {\n    shipments(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          carrier\n          trackingNumber\n          order {\n            id\n          }\n          createdAt\n        }\n      }\n    }\n  }\n": types.PartnerSdk_ShipmentsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerSdk_Viewer {\n    viewer {\n      kind\n      scopes\n      tenant {\n        slug\n        name\n      }\n      apiKey {\n        name\n        prefix\n      }\n    }\n  }\n"): typeof import('./graphql.ts').PartnerSdk_ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerSdk_Products($first: Int!, $after: String) {\n    products(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          handle\n          title\n          status\n          variants {\n            id\n            sku\n            title\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.ts').PartnerSdk_ProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerSdk_VariantBySku($sku: String!, $currency: String!) {\n    variantBySku(sku: $sku) {\n      id\n      sku\n      title\n      price(currency: $currency) {\n        amount\n        currency\n        fractionDigits\n      }\n      inventory {\n        available\n        inStock\n      }\n    }\n  }\n"): typeof import('./graphql.ts').PartnerSdk_VariantBySkuDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerSdk_ProductCreate($input: ProductCreateInput!) {\n    productCreate(input: $input) {\n      product {\n        id\n        handle\n        title\n        status\n        variants {\n          id\n          sku\n          title\n        }\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.ts').PartnerSdk_ProductCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerSdk_Warehouses($first: Int!, $after: String) {\n    warehouses(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.ts').PartnerSdk_WarehousesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerSdk_StockLevels($first: Int!, $after: String, $filter: StockLevelFilter) {\n    stockLevels(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          available\n          onHand\n          reserved\n          lowStock\n          warehouse {\n            id\n            code\n          }\n          variant {\n            id\n            sku\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.ts').PartnerSdk_StockLevelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerSdk_StockAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) {\n      stockLevel {\n        id\n        onHand\n        available\n        reserved\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.ts').PartnerSdk_StockAdjustDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerSdk_Orders($first: Int!, $after: String, $filter: OrderFilter) {\n    orders(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          displayNumber\n          status\n          paymentStatus\n          email\n          total {\n            amount\n            currency\n            fractionDigits\n          }\n          createdAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.ts').PartnerSdk_OrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerSdk_Order($id: ID!) {\n    order(id: $id) {\n      id\n      number\n      displayNumber\n      status\n      paymentStatus\n      email\n      version\n      availableActions\n      lines {\n        sku\n        quantity\n      }\n      total {\n        amount\n        currency\n        fractionDigits\n      }\n      shipments {\n        id\n        status\n        carrier\n        trackingNumber\n      }\n    }\n  }\n"): typeof import('./graphql.ts').PartnerSdk_OrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerSdk_OrderCancel($input: OrderCancelInput!) {\n    orderCancel(input: $input) {\n      order {\n        id\n        status\n        version\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.ts').PartnerSdk_OrderCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerSdk_Shipments($first: Int!, $after: String, $filter: ShipmentFilter) {\n    shipments(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          carrier\n          trackingNumber\n          order {\n            id\n          }\n          createdAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.ts').PartnerSdk_ShipmentsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
