import { rules } from '@ucos/kit';

/** The most units one line, transfer or count moves: far above any stock, far below integer overflow. */
export const MAX_UNITS = 1_000_000_000;

/** A reserved, committed or transferred quantity: 1 to MAX_UNITS (INVALID_QUANTITY). */
export const unitQuantity = rules.quantity({ min: 1, max: MAX_UNITS });
