import { badUserInput } from '../errors.ts';
import type { Page } from './connection.ts';

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

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const keysetCursor = (row: { keysetAt: string; id: string }) => `${row.keysetAt}|${row.id}`;

/** The decoded `after` cursor; one this API did not hand out is BAD_USER_INPUT, never a SQL error. */
export function keysetAfter(page: Page): Keyset | null {
  if (page.after === null) return null;
  const [createdAt = '', id = '', ...rest] = page.after.split('|');
  if (rest.length > 0 || !UUID.test(id) || !isRealInstant(createdAt)) {
    throw badUserInput('malformed cursor', ['after']);
  }
  return { at: createdAt, id };
}

/** Well-formed and a real calendar instant (Date would quietly turn 30 February into 2 March). */
function isRealInstant(value: string): boolean {
  if (!INSTANT.test(value)) return false;
  const parsed = new Date(`${value.slice(0, 23)}Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 19) === value.slice(0, 19);
}

/** One `<column> <op> ?` condition of a list's filter; `?` becomes its parameter. */
export type KeysetCondition = readonly [clause: string, value: unknown];

export interface KeysetListQuery {
  /** schema-qualified table */
  table: string;
  columns: string;
  /** the filters that are set (a null or undefined entry is left out) */
  conditions: readonly (KeysetCondition | null | undefined)[];
  page: Page;
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
 * page costs two statements whatever its size. A cursor the API did not hand out is BAD_USER_INPUT.
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
