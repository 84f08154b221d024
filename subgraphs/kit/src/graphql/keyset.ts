import { badUserInput } from '../errors.ts';
import type { Page } from './connection.ts';

/**
 * Keyset paging on (an instant that never changes, id) — created_at, occurred_at — so a row never
 * moves between pages while someone works through a list (updated_at would, with every change).
 * The cursor keeps the instant to the microsecond, as PostgreSQL stores it: a JavaScript Date
 * (milliseconds) would repeat or skip rows written within the same millisecond.
 */
export interface Keyset {
  createdAt: string;
  id: string;
}

/** The select-list expression for a row's exact keyset instant (`column`, a timestamptz), as `keysetAt`. */
export const keysetInstant = (column: string) =>
  `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "keysetAt"`;

/** `keysetInstant` of created_at, what most lists page on. */
export const KEYSET_AT = keysetInstant('created_at');

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
  return { createdAt, id };
}

/** Well-formed and a real calendar instant (Date would quietly turn 30 February into 2 March). */
function isRealInstant(value: string): boolean {
  if (!INSTANT.test(value)) return false;
  const parsed = new Date(`${value.slice(0, 23)}Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 19) === value.slice(0, 19);
}
