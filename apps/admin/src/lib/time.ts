/**
 * How the admin prints dates and times: one unambiguous form everywhere, the zone always named
 * ("3 Dec 2026, 14:05 UTC"), so "03/12" is never read as March by one person and December by
 * another, and a time is never taken for local when it is not. Pure functions: server and client
 * components format alike. The zone defaults to UTC (what the API stores); pages print in the shop's
 * time zone (`viewer.tenant.timeZone`) through `shopClock` (lib/shop-time.ts) or `clockIn`. What a
 * merchant types is read in that zone too: a day through `dayStartIn`/`dayEndIn`, a wall-clock time
 * (a datetime-local input) through `wallTimeIn`, and `wallTimeOf` fills such an input back in.
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

/**
 * The last millisecond of a calendar day (`YYYY-MM-DD`) in `timeZone`: what "expires on 31 Dec" means
 * in a Berlin shop (31 Dec 22:59:59.999 UTC in winter), so the day prints as that day in the shop's
 * zone and an instant `<=` now is past only once the day is over there; null when it is not a real day.
 */
export function dayEndIn(day: string | null | undefined, timeZone = 'UTC'): Date | null {
  if (!dayStartIn(day, timeZone) || !day) return null;
  const next = dayStartIn(nextDay(day), timeZone);
  return next ? new Date(next.getTime() - 1) : null;
}

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const HOUR_MS = 3_600_000;

/**
 * The instant a wall-clock time (`YYYY-MM-DDTHH:mm`, optionally `:ss`, as a datetime-local input
 * sends it) names in `timeZone`: "2026-12-24T09:00" in Europe/Berlin is 08:00 UTC (CET), in July
 * 07:00 UTC (CEST). Where the clock jumps, the reading is the one people (and Temporal's
 * "compatible") expect: a time the spring-forward gap skips (02:30 on 29 Mar 2026 in Berlin) moves
 * forward by the gap's length (03:30 CEST, 01:30 UTC); a time the autumn overlap shows twice (02:30 on
 * 25 Oct 2026) is its first occurrence (02:30 CEST, 00:30 UTC). Null when the text is not a real
 * date and time; an unknown zone throws RangeError, as Intl does (the shop's zone is one Settings offered).
 */
export function wallTimeIn(wall: string | null | undefined, timeZone = 'UTC'): Date | null {
  const match = WALL_TIME.exec(wall?.trim() ?? '');
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as number[];
  if (hour! > 23 || minute! > 59 || second! > 59) return null;
  const asUtc = Date.UTC(year!, month! - 1, day!, hour, minute, second);
  // Date.UTC rolls 31 Feb over into March: a day that does not exist is refused
  const check = new Date(asUtc);
  if (Number.isNaN(asUtc) || check.getUTCMonth() !== month! - 1 || check.getUTCDate() !== day) return null;
  // the zone's offsets either side of any change near this wall time (a day away, beyond the widest offset)
  const before = offsetAt(new Date(asUtc - 24 * HOUR_MS), timeZone);
  const after = offsetAt(new Date(asUtc + 24 * HOUR_MS), timeZone);
  // each offset names an instant; it is a reading of this wall time when the zone has that offset then
  const readings = [before, after]
    .map((offset) => asUtc - offset)
    .filter((instant) => instant + offsetAt(new Date(instant), timeZone) === asUtc)
    .sort((a, b) => a - b);
  // two readings: the overlap, its first; none: the gap, read with the offset before the jump (forward)
  return new Date(readings[0] ?? asUtc - before);
}

/**
 * The wall-clock time of an instant in `timeZone`, as a datetime-local input holds it
 * ("2026-12-24T09:00", to the minute): what a form fills back in, so that `wallTimeIn` of it is the
 * instant again (to the minute, the second occurrence of an overlap's time aside). Empty when there
 * is no instant.
 */
export function wallTimeOf(value: Instant, timeZone = 'UTC'): string {
  const date = parse(value);
  if (!date) return '';
  const local = new Date(date.getTime() + offsetAt(date, timeZone));
  return local.toISOString().slice(0, 16);
}

/** The day after a `YYYY-MM-DD` day (calendar arithmetic, no zone). */
export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
