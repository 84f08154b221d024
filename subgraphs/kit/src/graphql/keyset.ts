import { one, type Sql } from '../db/pg-tenant-db.ts';
import { type Connection, type CURSOR_KEYS, type CursorValues, type Page, toConnection } from './connection.ts';

/**
 * Keyset paging on (an instant that never changes, id) — created_at, occurred_at — so a row never
 * moves between pages while someone works through a list (updated_at would, with every change).
 * The cursor keeps the instant to the microsecond, as PostgreSQL stores it: a JavaScript Date
 * (milliseconds) would repeat or skip rows written within the same millisecond.
 */
export interface Keyset {
  /** the row's instant, to the microsecond (ISO 8601, UTC) */
  at: string;
  id: string;
}

/** The select-list expression for a row's exact keyset instant (`column`, a timestamptz), as `keysetAt`. */
export const keysetInstant = (column: string) =>
  `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "keysetAt"`;

export const keysetCursor = (row: { keysetAt: string; id: string }): CursorValues<typeof CURSOR_KEYS.instant> => [
  row.keysetAt,
  row.id,
];

/** The decoded `after` cursor (validated by `pageOf` against `CURSOR_KEYS.instant`). */
export function keysetAfter(page: Page<typeof CURSOR_KEYS.instant>): Keyset | null {
  if (page.after === null) return null;
  const [at, id] = page.after;
  return { at, id };
}

/** One `<column> <op> ?` condition of a list's filter; `?` becomes its parameter. */
export type KeysetCondition = readonly [clause: string, value: unknown];

export interface KeysetListQuery {
  /** schema-qualified table */
  table: string;
  columns: string;
  /** the filters that are set (a null or undefined entry is left out) */
  conditions: readonly (KeysetCondition | null | undefined)[];
  page: Page<typeof CURSOR_KEYS.instant>;
  /** the never-changing timestamptz the list is ordered by (default created_at) */
  instant?: string;
  /** newest first (default) or oldest first (work queues) */
  direction?: 'desc' | 'asc';
}

export interface SqlStatement {
  text: string;
  values: unknown[];
}

/**
 * The two statements of a filtered, keyset-paged list: its total and one page (`limit + 1` rows,
 * each with its `keysetAt` for `keysetCursor`), run in one tenant transaction by the caller, so a
 * page costs two statements whatever its size. Its cursor was validated by `pageOf(args, CURSOR_KEYS.instant)`.
 */
export function keysetListStatements(query: KeysetListQuery): { count: SqlStatement; page: SqlStatement } {
  const instant = query.instant ?? 'created_at';
  const direction = query.direction ?? 'desc';
  const after = keysetAfter(query.page);
  const values: unknown[] = [];
  const parameter = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  const where = query.conditions
    .filter((condition): condition is KeysetCondition => condition != null)
    .map(([clause, value]) => clause.replace('?', parameter(value)));
  const count: SqlStatement = {
    text: `select count(*)::int as count from ${query.table}${where.length ? ` where ${where.join(' and ')}` : ''}`,
    values: [...values],
  };
  if (after) {
    where.push(
      `(${instant}, id) ${direction === 'asc' ? '>' : '<'} (${parameter(after.at)}::timestamptz, ${parameter(after.id)}::uuid)`,
    );
  }
  const limit = parameter(query.page.limit + 1);
  return {
    count,
    page: {
      text: `select ${query.columns}, ${keysetInstant(instant)} from ${query.table}${where.length ? ` where ${where.join(' and ')}` : ''}
       order by ${instant} ${direction}, id ${direction} limit ${limit}`,
      values,
    },
  };
}

/** A row as a keyset list reads it: with the instant the list is ordered by. */
export type Keyed<Row> = Row & { keysetAt: string };

export interface KeysetPageOptions<Row, Full> {
  /** rewrites both statements where the kit's cannot say it (a join, a placeholder used twice) */
  edit?: (text: string) => string;
  /** the page's rows with their children, in one more statement (never handed the look-ahead row) */
  attach?: (rows: Keyed<Row>[]) => Promise<Keyed<Full>[]>;
}

/**
 * One page of a keyset list in the caller's tenant transaction, as the connection the API answers:
 * `keysetListStatements`' count and page (hand SQL: a correlated column or an array filter Prisma
 * cannot say), plus `attach`'s statement: two or three statements whatever the page size.
 */
export async function keysetPage<Row extends { id: string }, Full extends Row = Row>(
  sql: Sql,
  query: KeysetListQuery,
  options: KeysetPageOptions<Row, Full> = {},
): Promise<Connection<Keyed<Full>>> {
  const edit = options.edit ?? ((text: string) => text);
  const statements = keysetListStatements(query);
  const total = await one<{ count: number }>(sql, edit(statements.count.text), statements.count.values);
  const { rows } = await sql.query<Keyed<Row>>(edit(statements.page.text), statements.page.values);
  const { page } = query;
  if (!options.attach) return toConnection(rows as Keyed<Full>[], page, total?.count ?? 0, keysetCursor);
  const full = await options.attach(rows.slice(0, page.limit));
  const lookAhead = rows[page.limit] as Keyed<Full> | undefined;
  return toConnection(lookAhead ? [...full, lookAhead] : full, page, total?.count ?? 0, keysetCursor);
}

/** The keyset statements order and page by a bare `id`, ambiguous across a join: `table`'s id instead. */
export const idOfJoined = (table: string) => (text: string) =>
  text
    .replace(/order by (\S+) (asc|desc), id/, `order by $1 $2, ${table}.id`)
    .replace(/, id\) ([<>])/, `, ${table}.id) $1`);
