import { rules } from '@ucos/kit';
import type { InventoryErrorCode } from './errors.ts';

/** The most units one line, transfer or count moves: far above any stock, far below integer overflow. */
export const MAX_UNITS = 1_000_000_000;

/** A reserved, committed or transferred quantity: 1 to MAX_UNITS (INVALID_QUANTITY). */
export const unitQuantity = rules.quantity({ min: 1, max: MAX_UNITS });

/**
 * What drawing available units out of a warehouse can fail with, idempotently (a reservation, a
 * transfer): a replayed key, too few units, a bad quantity or line, a warehouse unknown or inactive.
 */
export const DRAW_STOCK_CODES = [
  'IDEMPOTENCY_KEY_REUSED',
  'INSUFFICIENT_STOCK',
  'INVALID_INPUT',
  'INVALID_QUANTITY',
  'UNKNOWN_WAREHOUSE',
  'WAREHOUSE_INACTIVE',
] as const satisfies readonly InventoryErrorCode[];
