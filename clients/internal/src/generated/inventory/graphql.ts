/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The codes reservationAdjust can return in its errors. */
export type ReservationAdjustErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_QUANTITY'
  | 'NOT_FOUND'
  | 'UNKNOWN_WAREHOUSE';

export type ReservationAdjustInput = {
  /** The quantities to keep per variant; variants left out are released */
  lines: Array<ReservationAdjustLineInput>;
  /** At most 200 characters. */
  reference: string;
};

export type ReservationAdjustLineInput = {
  /** Units to keep holding (0 releases the variant) */
  quantity: number;
  variantId: string;
};

/** The codes reservationCommit can return in its errors. */
export type ReservationCommitErrorCode =
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INSUFFICIENT_RESERVED'
  | 'INVALID_INPUT'
  | 'INVALID_QUANTITY'
  | 'INVALID_STATUS'
  | 'NOT_FOUND'
  | 'UNKNOWN_WAREHOUSE';

export type ReservationCommitInput = {
  /** One reservation; or use reference */
  id?: string | null | undefined;
  /** At most 200 characters. */
  idempotencyKey: string;
  /** What shipped; omit to commit everything still held */
  lines?: Array<ReservationLineInput> | null | undefined;
  /** Every reservation of this reference (an order). At most 200 characters. */
  reference?: string | null | undefined;
};

/** The codes reservationConfirm can return in its errors. */
export type ReservationConfirmErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_STATUS'
  | 'NOT_FOUND';

export type ReservationConfirmInput = {
  /** One reservation; or use reference */
  id?: string | null | undefined;
  /** Every reservation of this reference (an order). At most 200 characters. */
  reference?: string | null | undefined;
};

/** The codes reservationCreate can return in its errors. */
export type ReservationCreateErrorCode =
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INSUFFICIENT_STOCK'
  | 'INVALID_INPUT'
  | 'INVALID_QUANTITY'
  | 'UNKNOWN_WAREHOUSE'
  | 'WAREHOUSE_INACTIVE';

export type ReservationCreateInput = {
  /** At most 200 characters. */
  idempotencyKey: string;
  lines: Array<ReservationLineInput>;
  /** What the units are held for, e.g. an order id. At most 200 characters. */
  reference: string;
  /** Released by the sweeper after this long unless committed or confirmed */
  ttlSeconds?: number | null | undefined;
};

export type ReservationLineInput = {
  quantity: number;
  variantId: string;
  /** Omit to let inventory allocate (by warehouse code, whole line first) */
  warehouseId?: string | null | undefined;
};

/** The codes reservationRelease can return in its errors. */
export type ReservationReleaseErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_STATUS'
  | 'NOT_FOUND';

export type ReservationReleaseInput = {
  /** One reservation; or use reference */
  id?: string | null | undefined;
  /** Every reservation of this reference (an order). At most 200 characters. */
  reference?: string | null | undefined;
};

export type InternalReservationCreateMutationVariables = Exact<{
  input: ReservationCreateInput;
}>;


export type InternalReservationCreateMutation = { reservationCreate: { errors: Array<{ code: ReservationCreateErrorCode, field: Array<string> | null, message: string }> } };

export type InternalReservationReleaseMutationVariables = Exact<{
  input: ReservationReleaseInput;
}>;


export type InternalReservationReleaseMutation = { reservationRelease: { errors: Array<{ code: ReservationReleaseErrorCode, field: Array<string> | null, message: string }> } };

export type InternalReservationConfirmMutationVariables = Exact<{
  input: ReservationConfirmInput;
}>;


export type InternalReservationConfirmMutation = { reservationConfirm: { errors: Array<{ code: ReservationConfirmErrorCode, field: Array<string> | null, message: string }> } };

export type InternalReservationAdjustMutationVariables = Exact<{
  input: ReservationAdjustInput;
}>;


export type InternalReservationAdjustMutation = { reservationAdjust: { errors: Array<{ code: ReservationAdjustErrorCode, field: Array<string> | null, message: string }> } };

export type InternalReservationCommitMutationVariables = Exact<{
  input: ReservationCommitInput;
}>;


export type InternalReservationCommitMutation = { reservationCommit: { errors: Array<{ code: ReservationCommitErrorCode, field: Array<string> | null, message: string }> } };

export type InternalWarehousesQueryVariables = Exact<{
  representations: Array<Record<string, unknown>> | Record<string, unknown>;
}>;


export type InternalWarehousesQuery = { _entities: Array<
    | { id: string }
    | Record<PropertyKey, never>
   | null> };

export type InternalReplenishmentNeedsQueryVariables = Exact<{
  warehouseIds?: Array<string> | string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InternalReplenishmentNeedsQuery = { replenishmentNeeds: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { variantId: string, warehouseId: string, onHand: number, reserved: number, available: number, incoming: number, reorderPoint: number, reorderQuantity: number, shortfall: number } }> } };


export const InternalReservationCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InternalReservationCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReservationCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservationCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InternalReservationCreateMutation, InternalReservationCreateMutationVariables>;
export const InternalReservationReleaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InternalReservationRelease"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReservationReleaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservationRelease"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InternalReservationReleaseMutation, InternalReservationReleaseMutationVariables>;
export const InternalReservationConfirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InternalReservationConfirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReservationConfirmInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservationConfirm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InternalReservationConfirmMutation, InternalReservationConfirmMutationVariables>;
export const InternalReservationAdjustDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InternalReservationAdjust"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReservationAdjustInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservationAdjust"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InternalReservationAdjustMutation, InternalReservationAdjustMutationVariables>;
export const InternalReservationCommitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InternalReservationCommit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReservationCommitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservationCommit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InternalReservationCommitMutation, InternalReservationCommitMutationVariables>;
export const InternalWarehousesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InternalWarehouses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"representations"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"representations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Warehouse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<InternalWarehousesQuery, InternalWarehousesQueryVariables>;
export const InternalReplenishmentNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InternalReplenishmentNeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"warehouseIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replenishmentNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"warehouseIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"warehouseIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variantId"}},{"kind":"Field","name":{"kind":"Name","value":"warehouseId"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"incoming"}},{"kind":"Field","name":{"kind":"Name","value":"reorderPoint"}},{"kind":"Field","name":{"kind":"Name","value":"reorderQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"shortfall"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InternalReplenishmentNeedsQuery, InternalReplenishmentNeedsQueryVariables>;