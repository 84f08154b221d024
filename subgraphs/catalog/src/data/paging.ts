import { badUserInput, type Connection, type Page, toConnection } from '@ucos/kit';

/**
 * Catalog lists page by position: the cursor is the row's offset in the sorted result. Relevance
 * and price orders have no stable keyset, and a catalog page is read far more than it changes.
 */
export function offsetOf(page: Page): number {
  if (page.after === null) return 0;
  const offset = Number(page.after);
  if (!Number.isSafeInteger(offset) || offset < 0) throw badUserInput('malformed cursor', ['after']);
  return offset;
}

/** A connection over `limit + 1` rows fetched from `offset`. */
export function offsetConnection<T extends object>(
  rows: T[],
  page: Page,
  offset: number,
  totalCount: number,
): Connection<T> {
  const positions = new Map(rows.map((row, index) => [row, offset + index + 1]));
  return toConnection(rows, page, totalCount, (row) => String(positions.get(row)));
}
