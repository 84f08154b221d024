import { type Connection, type CURSOR_KEYS, type Page, toConnection } from '@ucos/kit';

/**
 * Catalog lists ordered by relevance, price or title page by position: the cursor (the kit's one
 * encoding, key `CURSOR_KEYS.position`) holds the row's 1-based position in the sorted result.
 * Relevance and price orders have no stable keyset, and a catalog page is read far more than it changes.
 */
export function offsetOf(page: Page<typeof CURSOR_KEYS.position>): number {
  return page.after === null ? 0 : Number(page.after[0]);
}

/** A connection over `limit + 1` rows fetched from `offset`. */
export function offsetConnection<T extends object>(
  rows: T[],
  page: Page<typeof CURSOR_KEYS.position>,
  offset: number,
  totalCount: number,
): Connection<T> {
  const positions = new Map(rows.map((row, index) => [row, offset + index + 1]));
  return toConnection(rows, page, totalCount, (row) => [String(positions.get(row))]);
}
