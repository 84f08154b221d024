import { rules } from '@ucos/kit';

/** The most units one shipment or return line carries. */
export const MAX_LINE_QUANTITY = 100_000;

/** A shipped or returned line quantity: 1 to MAX_LINE_QUANTITY (INVALID_QUANTITY). */
export const lineQuantity = rules.quantity({ min: 1, max: MAX_LINE_QUANTITY });
