import { badUserInput } from '@ucos/kit';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day written YYYY-MM-DD: 2026-02-30 and 2026-13-01 are not. */
export const isDate = (value: string) =>
  DATE.test(value) &&
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** A list filter's `from` and `to` days, each when given a calendar day (else BAD_USER_INPUT on its field). */
export function filterDays(filter: { from?: string | null; to?: string | null }): {
  from: string | null;
  to: string | null;
} {
  if (filter.from != null && !isDate(filter.from)) throw badUserInput('from must be YYYY-MM-DD', ['filter', 'from']);
  if (filter.to != null && !isDate(filter.to)) throw badUserInput('to must be YYYY-MM-DD', ['filter', 'to']);
  return { from: filter.from ?? null, to: filter.to ?? null };
}
