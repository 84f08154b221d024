/**
 * How the admin prints dates and times: one unambiguous form everywhere, the zone always named
 * ("3 Dec 2026, 14:05 UTC"), so "03/12" is never read as March by one person and December by
 * another, and a time is never taken for local when it is not. Pure functions: server and client
 * components format alike. The zone defaults to UTC (what the API stores); pass the shop's time zone
 * (`viewer.tenant.timeZone`) where a page works in it.
 */

/** What an empty value prints as. */
export const NO_DATE = '—';

type Instant = string | number | Date | null | undefined;

const parse = (value: Instant): Date | null => {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
};

const formats = new Map<string, Intl.DateTimeFormat>();
function format(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let cached = formats.get(key);
  if (!cached) {
    cached = make();
    formats.set(key, cached);
  }
  return cached;
}

function parts(date: Date, timeZone: string, withTime: boolean): Record<string, string> {
  const formatter = format(`${timeZone}|${withTime}`, () =>
    withTime
      ? new Intl.DateTimeFormat('en-GB', {
          day: 'numeric',
          month: 'short',
          year: 'numeric',
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
          timeZone,
          timeZoneName: 'short',
        })
      : new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone }),
  );
  return Object.fromEntries(formatter.formatToParts(date).map((part) => [part.type, part.value]));
}

/** An instant with its zone: "3 Dec 2026, 14:05 UTC" ("—" when there is none). */
export function formatDateTime(value: Instant, timeZone = 'UTC'): string {
  const date = parse(value);
  if (!date) return NO_DATE;
  const p = parts(date, timeZone, true);
  return `${p.day} ${p.month} ${p.year}, ${p.hour}:${p.minute} ${p.timeZoneName}`;
}

/** The calendar day of an instant in `timeZone`: "3 Dec 2026" ("—" when there is none). */
export function formatDate(value: Instant, timeZone = 'UTC'): string {
  const date = parse(value);
  if (!date) return NO_DATE;
  const p = parts(date, timeZone, false);
  return `${p.day} ${p.month} ${p.year}`;
}

/** A calendar day the API gives as `YYYY-MM-DD` (a due date, a report day): "3 Dec 2026"; no zone, it is a day. */
export function formatDay(day: string | null | undefined, { year = true }: { year?: boolean } = {}): string {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return day || NO_DATE;
  const p = parts(new Date(`${day}T12:00:00Z`), 'UTC', false);
  return year ? `${p.day} ${p.month} ${p.year}` : `${p.day} ${p.month}`;
}
