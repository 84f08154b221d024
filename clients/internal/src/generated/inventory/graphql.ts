/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type InventoryErrorCode =
  | 'BELOW_RESERVED'
  | 'CONFLICT'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INSUFFICIENT_RESERVED'
  | 'INSUFFICIENT_STOCK'
  | 'INVALID_INPUT'
  | 'INVALID_QUANTITY'
  | 'INVALID_STATUS'
  | 'NEGATIVE_STOCK'
  | 'NOT_FOUND'
  | 'UNKNOWN_WAREHOUSE'
  | 'WAREHOUSE_CODE_TAKEN'
  | 'WAREHOUSE_INACTIVE';

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

export type ReservationConfirmInput = {
  /** One reservation; or use reference */
  id?: string | null | undefined;
  /** Every reservation of this reference (an order). At most 200 characters. */
  reference?: string | null | undefined;
};

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

export type ReservationReleaseInput = {
  /** One reservation; or use reference */
  id?: string | null | undefined;
  /** Every reservation of this reference (an order). At most 200 characters. */
  reference?: string | null | undefined;
};

export type InternalReservationCreateMutationVariables = Exact<{
  input: ReservationCreateInput;
}>;


export type InternalReservationCreateMutation = { reservationCreate: { errors: Array<{ code: InventoryErrorCode, field: Array<string> | null, message: string }> } };

export type InternalReservationReleaseMutationVariables = Exact<{
  input: ReservationReleaseInput;
}>;


export type InternalReservationReleaseMutation = { reservationRelease: { errors: Array<{ code: InventoryErrorCode, field: Array<string> | null, message: string }> } };

export type InternalReservationConfirmMutationVariables = Exact<{
  input: ReservationConfirmInput;
}>;


export type InternalReservationConfirmMutation = { reservationConfirm: { errors: Array<{ code: InventoryErrorCode, field: Array<string> | null, message: string }> } };

export type InternalReservationAdjustMutationVariables = Exact<{
  input: ReservationAdjustInput;
}>;


export type InternalReservationAdjustMutation = { reservationAdjust: { errors: Array<{ code: InventoryErrorCode, field: Array<string> | null, message: string }> } };

export type InternalReservationCommitMutationVariables = Exact<{
  input: ReservationCommitInput;
}>;


export type InternalReservationCommitMutation = { reservationCommit: { errors: Array<{ code: InventoryErrorCode, field: Array<string> | null, message: string }> } };

export type InternalWarehousesQueryVariables = Exact<{
  representations: Array<Record<string, unknown>> | Record<string, unknown>;
}>;


export type InternalWarehousesQuery = { _entities: Array<
    | { id: string }
    | Record<PropertyKey, never>
   | null> };


export const InternalReservationCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InternalReservationCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReservationCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservationCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InternalReservationCreateMutation, InternalReservationCreateMutationVariables>;
export const InternalReservationReleaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InternalReservationRelease"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReservationReleaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservationRelease"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InternalReservationReleaseMutation, InternalReservationReleaseMutationVariables>;
export const InternalReservationConfirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InternalReservationConfirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReservationConfirmInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservationConfirm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InternalReservationConfirmMutation, InternalReservationConfirmMutationVariables>;
export const InternalReservationAdjustDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InternalReservationAdjust"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReservationAdjustInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservationAdjust"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InternalReservationAdjustMutation, InternalReservationAdjustMutationVariables>;
export const InternalReservationCommitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InternalReservationCommit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReservationCommitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservationCommit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InternalReservationCommitMutation, InternalReservationCommitMutationVariables>;
export const InternalWarehousesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InternalWarehouses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"representations"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"representations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Warehouse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<InternalWarehousesQuery, InternalWarehousesQueryVariables>;