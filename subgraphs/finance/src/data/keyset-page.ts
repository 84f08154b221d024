import {
  type Connection,
  type CURSOR_KEYS,
  keysetCursor,
  type keysetListStatements,
  type Page,
  toConnection,
} from '@ucos/kit';
import { one, type Sql } from '../db.ts';

type Keyed = { keysetAt: string; id: string };

/**
 * One keyset page (the kit's count and page statements, hand SQL) with each row's children attached in
 * one more statement: `attach` gets the page's rows only, not the look-ahead row that tells whether a
 * next page exists. Three statements whatever the page size.
 */
export async function keysetPageWith<Row extends Keyed, Full extends Row>(
  sql: Sql,
  statements: ReturnType<typeof keysetListStatements>,
  page: Page<typeof CURSOR_KEYS.instant>,
  attach: (rows: Row[]) => Promise<Full[]>,
): Promise<Connection<Full>> {
  const total = await one<{ count: number }>(sql, statements.count.text, statements.count.values);
  const { rows } = await sql.query<Row>(statements.page.text, statements.page.values);
  const full = await attach(rows.slice(0, page.limit));
  const lookAhead = rows[page.limit];
  return toConnection(lookAhead ? [...full, lookAhead as Full] : full, page, total?.count ?? 0, keysetCursor);
}
