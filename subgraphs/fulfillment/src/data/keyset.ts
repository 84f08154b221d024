import { badUserInput, type Page } from '@ucos/kit';

/**
 * Work queues page on (created_at, id): neither ever changes, so a row never moves between pages
 * while someone works through a queue (updated_at would, with every transition). The cursor keeps
 * created_at to the microsecond, as PostgreSQL stores it: a JavaScript Date (milliseconds) would
 * repeat or skip rows created within the same millisecond.
 */
export interface Keyset {
  createdAt: string;
  id: string;
}

/** The select-list expression for a row's exact keyset instant, as `keysetAt`. */
export const KEYSET_AT = `to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "keysetAt"`;

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
