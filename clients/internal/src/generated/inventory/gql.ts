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
    "\n  mutation InternalReservationCreate($input: ReservationCreateInput!) {\n    reservationCreate(input: $input) {\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.InternalReservationCreateDocument,
    "\n  mutation InternalReservationRelease($input: ReservationReleaseInput!) {\n    reservationRelease(input: $input) {\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.InternalReservationReleaseDocument,
    "\n  mutation InternalReservationConfirm($input: ReservationConfirmInput!) {\n    reservationConfirm(input: $input) {\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.InternalReservationConfirmDocument,
    "\n  mutation InternalReservationAdjust($input: ReservationAdjustInput!) {\n    reservationAdjust(input: $input) {\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.InternalReservationAdjustDocument,
    "\n  mutation InternalReservationCommit($input: ReservationCommitInput!) {\n    reservationCommit(input: $input) {\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.InternalReservationCommitDocument,
    "\n  query InternalWarehouses($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Warehouse {\n        id\n      }\n    }\n  }\n": typeof types.InternalWarehousesDocument,
    "\n  query InternalReplenishmentNeeds($warehouseIds: [ID!], $first: Int, $after: String) {\n    replenishmentNeeds(warehouseIds: $warehouseIds, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          variantId\n          warehouseId\n          onHand\n          reserved\n          available\n          incoming\n          reorderPoint\n          reorderQuantity\n          shortfall\n        }\n      }\n    }\n  }\n": typeof types.InternalReplenishmentNeedsDocument,
};
const documents: Documents = {
    "\n  mutation InternalReservationCreate($input: ReservationCreateInput!) {\n    reservationCreate(input: $input) {\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.InternalReservationCreateDocument,
    "\n  mutation InternalReservationRelease($input: ReservationReleaseInput!) {\n    reservationRelease(input: $input) {\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.InternalReservationReleaseDocument,
    "\n  mutation InternalReservationConfirm($input: ReservationConfirmInput!) {\n    reservationConfirm(input: $input) {\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.InternalReservationConfirmDocument,
    "\n  mutation InternalReservationAdjust($input: ReservationAdjustInput!) {\n    reservationAdjust(input: $input) {\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.InternalReservationAdjustDocument,
    "\n  mutation InternalReservationCommit($input: ReservationCommitInput!) {\n    reservationCommit(input: $input) {\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.InternalReservationCommitDocument,
    "\n  query InternalWarehouses($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Warehouse {\n        id\n      }\n    }\n  }\n": types.InternalWarehousesDocument,
    "\n  query InternalReplenishmentNeeds($warehouseIds: [ID!], $first: Int, $after: String) {\n    replenishmentNeeds(warehouseIds: $warehouseIds, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          variantId\n          warehouseId\n          onHand\n          reserved\n          available\n          incoming\n          reorderPoint\n          reorderQuantity\n          shortfall\n        }\n      }\n    }\n  }\n": types.InternalReplenishmentNeedsDocument,
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
export function graphql(source: "\n  mutation InternalReservationCreate($input: ReservationCreateInput!) {\n    reservationCreate(input: $input) {\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InternalReservationCreate($input: ReservationCreateInput!) {\n    reservationCreate(input: $input) {\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InternalReservationRelease($input: ReservationReleaseInput!) {\n    reservationRelease(input: $input) {\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InternalReservationRelease($input: ReservationReleaseInput!) {\n    reservationRelease(input: $input) {\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InternalReservationConfirm($input: ReservationConfirmInput!) {\n    reservationConfirm(input: $input) {\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InternalReservationConfirm($input: ReservationConfirmInput!) {\n    reservationConfirm(input: $input) {\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InternalReservationAdjust($input: ReservationAdjustInput!) {\n    reservationAdjust(input: $input) {\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InternalReservationAdjust($input: ReservationAdjustInput!) {\n    reservationAdjust(input: $input) {\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InternalReservationCommit($input: ReservationCommitInput!) {\n    reservationCommit(input: $input) {\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InternalReservationCommit($input: ReservationCommitInput!) {\n    reservationCommit(input: $input) {\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InternalWarehouses($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Warehouse {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query InternalWarehouses($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Warehouse {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InternalReplenishmentNeeds($warehouseIds: [ID!], $first: Int, $after: String) {\n    replenishmentNeeds(warehouseIds: $warehouseIds, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          variantId\n          warehouseId\n          onHand\n          reserved\n          available\n          incoming\n          reorderPoint\n          reorderQuantity\n          shortfall\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InternalReplenishmentNeeds($warehouseIds: [ID!], $first: Int, $after: String) {\n    replenishmentNeeds(warehouseIds: $warehouseIds, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          variantId\n          warehouseId\n          onHand\n          reserved\n          available\n          incoming\n          reorderPoint\n          reorderQuantity\n          shortfall\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;