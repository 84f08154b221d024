/**
 * The finance pages' default days (a report's "to", an aging's "as of", a payment date) are the
 * shop's calendar day, not the server's UTC one: at 23:30 UTC it is already tomorrow in a shop in
 * Pacific/Auckland, and a report "to today" must include the day its merchant is living in. The
 * zone is the viewer's tenant's (`viewer.tenant.timeZone`), as every time the admin prints.
 */

const formats = new Map<string, Intl.DateTimeFormat>();

/** `YYYY-MM-DD` of `now` in `timeZone` (UTC when the zone is not one Intl knows). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  let format = formats.get(timeZone);
  if (!format) {
    try {
      // en-CA prints a date as YYYY-MM-DD
      format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      return now.toISOString().slice(0, 10);
    }
    formats.set(timeZone, format);
  }
  return format.format(now);
}

/** The first day of the shop's year that `today` (`YYYY-MM-DD`, the shop's) falls in. */
export const yearStartOf = (today: string) => `${today.slice(0, 4)}-01-01`;
