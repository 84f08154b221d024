import { domainErrors, type PayloadError, type Result } from '@ucos/kit';

export const INVENTORY_ERROR_CODES = [
  'INVALID_INPUT',
  'INVALID_QUANTITY',
  'UNKNOWN_WAREHOUSE',
  'WAREHOUSE_INACTIVE',
  'WAREHOUSE_CODE_TAKEN',
  'INSUFFICIENT_STOCK',
  'NEGATIVE_STOCK',
  'BELOW_RESERVED',
  'INSUFFICIENT_RESERVED',
  'NOT_FOUND',
  'INVALID_STATUS',
  'IDEMPOTENCY_KEY_REUSED',
  'CONFLICT',
] as const;

export type InventoryErrorCode = (typeof INVENTORY_ERROR_CODES)[number];
export type InventoryError = PayloadError<InventoryErrorCode>;
export type InventoryResult<T> = Result<T, InventoryErrorCode>;

export const { error: inventoryError, fail: inventoryFail } = domainErrors(INVENTORY_ERROR_CODES);
