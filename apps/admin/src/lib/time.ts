/**
 * How the admin prints dates and times: one unambiguous form everywhere, the zone always named
 * ("3 Dec 2026, 14:05 UTC"), so "03/12" is never read as March by one person and December by
 * another, and a time is never taken for local when it is not. Pure functions: server and client
 * components format alike. The zone defaults to UTC (what the API stores); pages print in the shop's
 * time zone (`viewer.tenant.timeZone`) through `shopClock` (lib/shop-time.ts) or `clockIn`.
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

/** How a page prints instants: in one time zone (the shop's), the zone always named. */
export interface Clock {
  timeZone: string;
  /** "3 Dec 2026, 15:05 CET" */
  dateTime(value: Instant): string;
  /** "3 Dec 2026", the day in the zone */
  date(value: Instant): string;
}

/** The formatters bound to `timeZone` (the shop's, from `shopClock` on the server). */
export function clockIn(timeZone: string): Clock {
  return {
    timeZone,
    dateTime: (value) => formatDateTime(value, timeZone),
    date: (value) => formatDate(value, timeZone),
  };
}

/** How far `timeZone`'s wall clock is ahead of UTC at `date`, in milliseconds. */
function offsetAt(date: Date, timeZone: string): number {
  const p = Object.fromEntries(
    format(
      `${timeZone}|offset`,
      () =>
        new Intl.DateTimeFormat('en-US', {
          timeZone,
          hourCycle: 'h23',
          year: 'numeric',
          month: 'numeric',
          day: 'numeric',
          hour: 'numeric',
          minute: 'numeric',
          second: 'numeric',
        }),
    )
      .formatToParts(date)
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<string, number>;
  const wall = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  return wall - (date.getTime() - date.getUTCMilliseconds());
}

/**
 * The instant a calendar day (`YYYY-MM-DD`, as a date input sends it) starts in `timeZone`, so a
 * filter "from 3 Dec" in a Berlin shop starts at 2 Dec 23:00 UTC; null when it is not a real day.
 */
export function dayStartIn(day: string | null | undefined, timeZone = 'UTC'): Date | null {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const midnightUtc = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(midnightUtc.getTime()) || midnightUtc.toISOString().slice(0, 10) !== day) return null;
  // the zone's offset at the first guess decides (the offset at UTC midnight may differ across a change)
  const guess = midnightUtc.getTime() - offsetAt(midnightUtc, timeZone);
  return new Date(midnightUtc.getTime() - offsetAt(new Date(guess), timeZone));
}

/** The day after a `YYYY-MM-DD` day (calendar arithmetic, no zone). */
export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
