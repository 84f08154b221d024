/* eslint-disable */
import * as types from './graphql.ts';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  query PartnerSdk_StockLevels($first: Int!, $after: String, $lowStock: Boolean) {\n    stockLevels(first: $first, after: $after, filter: { lowStock: $lowStock }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          available\n          onHand\n          lowStock\n          warehouse {\n            code\n          }\n          variant {\n            sku\n          }\n        }\n      }\n    }\n  }\n": typeof types.PartnerSdk_StockLevelsDocument,
};
const documents: Documents = {
    "\n  query PartnerSdk_Viewer {\n    viewer {\n      kind\n      scopes\n      tenant {\n        slug\n        name\n      }\n      apiKey {\n        name\n        prefix\n      }\n    }\n  }\n": types.PartnerSdk_ViewerDocument,
    "\n  query PartnerSdk_Products($first: Int!, $after: String) {\n    products(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          handle\n          title\n          status\n          variants {\n            id\n            sku\n            title\n          }\n        }\n      }\n    }\n  }\n": types.PartnerSdk_ProductsDocument,
    "\n  query PartnerSdk_VariantBySku($sku: String!, $currency: String!) {\n    variantBySku(sku: $sku) {\n      id\n      sku\n      title\n      price(currency: $currency) {\n        amount\n        currency\n        fractionDigits\n      }\n      inventory {\n        available\n        inStock\n      }\n    }\n  }\n": types.PartnerSdk_VariantBySkuDocument,
    "\n  query PartnerSdk_StockLevels($first: Int!, $after: String, $lowStock: Boolean) {\n    stockLevels(first: $first, after: $after, filter: { lowStock: $lowStock }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          available\n          onHand\n          lowStock\n          warehouse {\n            code\n          }\n          variant {\n            sku\n          }\n        }\n      }\n    }\n  }\n": types.PartnerSdk_StockLevelsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerSdk_Viewer {\n    viewer {\n      kind\n      scopes\n      tenant {\n        slug\n        name\n      }\n      apiKey {\n        name\n        prefix\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerSdk_Viewer {\n    viewer {\n      kind\n      scopes\n      tenant {\n        slug\n        name\n      }\n      apiKey {\n        name\n        prefix\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerSdk_Products($first: Int!, $after: String) {\n    products(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          handle\n          title\n          status\n          variants {\n            id\n            sku\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerSdk_Products($first: Int!, $after: String) {\n    products(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          handle\n          title\n          status\n          variants {\n            id\n            sku\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerSdk_VariantBySku($sku: String!, $currency: String!) {\n    variantBySku(sku: $sku) {\n      id\n      sku\n      title\n      price(currency: $currency) {\n        amount\n        currency\n        fractionDigits\n      }\n      inventory {\n        available\n        inStock\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerSdk_VariantBySku($sku: String!, $currency: String!) {\n    variantBySku(sku: $sku) {\n      id\n      sku\n      title\n      price(currency: $currency) {\n        amount\n        currency\n        fractionDigits\n      }\n      inventory {\n        available\n        inStock\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerSdk_StockLevels($first: Int!, $after: String, $lowStock: Boolean) {\n    stockLevels(first: $first, after: $after, filter: { lowStock: $lowStock }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          available\n          onHand\n          lowStock\n          warehouse {\n            code\n          }\n          variant {\n            sku\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerSdk_StockLevels($first: Int!, $after: String, $lowStock: Boolean) {\n    stockLevels(first: $first, after: $after, filter: { lowStock: $lowStock }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          available\n          onHand\n          lowStock\n          warehouse {\n            code\n          }\n          variant {\n            sku\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;