import { badUserInput } from '@ucos/kit';
import type { TenantDb } from '../db.ts';

/** The longest range one report covers: a year, leap day included. */
export const SALES_REPORT_MAX_DAYS = 366;

export interface SalesRange {
  /** first calendar day, YYYY-MM-DD, in `timeZone` */
  from: string;
  /** last calendar day, inclusive */
  to: string;
  /** IANA zone the days are counted in (a shop in Berlin closes its day at midnight Berlin time) */
  timeZone: string;
}

export interface CurrencyAmount {
  currency: string;
  amount: number;
}

export interface SalesDay {
  date: string;
  orderCount: number;
  /** one amount per currency sold that day, largest first */
  revenue: CurrencyAmount[];
}

export interface SalesReport extends SalesRange {
  orderCount: number;
  revenue: CurrencyAmount[];
  /** every day of the range, oldest first, days without orders included */
  days: SalesDay[];
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day the caller typed, as a UTC midnight; BAD_USER_INPUT naming the argument when it is none. */
function calendarDay(value: string, argument: string): Date {
  const match = DAY.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) {
    throw badUserInput(`${argument}: "${value.slice(0, 40)}" is not a calendar day (YYYY-MM-DD)`, [argument]);
  }
  return date;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The range checked: real days, `from` not after `to`, at most a year, a known time zone. */
export function salesRange(from: string, to: string, timeZone: string): SalesRange {
  const first = calendarDay(from, 'from');
  const last = calendarDay(to, 'to');
  if (last < first) throw badUserInput('to: the range ends before it starts', ['to']);
  if ((last.getTime() - first.getTime()) / 86_400_000 + 1 > SALES_REPORT_MAX_DAYS) {
    throw badUserInput(`to: a report covers at most ${SALES_REPORT_MAX_DAYS} days`, ['to']);
  }
  if (!isTimeZone(timeZone))
    throw badUserInput(`timeZone: "${timeZone.slice(0, 60)}" is not a time zone`, ['timeZone']);
  return { from, to, timeZone };
}

function daysOf({ from, to }: SalesRange): string[] {
  const days: string[] = [];
  for (let day = calendarDay(from, 'from'); day <= calendarDay(to, 'to'); day = new Date(day.getTime() + 86_400_000)) {
    days.push(day.toISOString().slice(0, 10));
  }
  return days;
}

const largestFirst = (amounts: Map<string, number>): CurrencyAmount[] =>
  [...amounts]
    .map(([currency, amount]) => ({ currency, amount }))
    .sort((a, b) => b.amount - a.amount || a.currency.localeCompare(b.currency));

/**
 * Orders placed (not cancelled) and their totals per calendar day of the range in its time zone, per
 * currency: summed by the database over every order of the tenant, not over a page of them. Revenue
 * is the order total as charged (lines, shipping, tax). One statement on the (tenant, created_at) index.
 */
export async function salesReport(db: TenantDb, range: SalesRange): Promise<SalesReport> {
  const rows = await db.run(async (sql) => {
    const { rows } = await sql.query<{ day: string; currency: string; orderCount: number; revenue: string }>(
      `select to_char(created_at at time zone $3, 'YYYY-MM-DD') as day, currency,
              count(*)::int as "orderCount", sum(total_amount)::text as revenue
         from orders.orders
        where status <> 'cancelled'
          and created_at >= $1::date::timestamp at time zone $3
          and created_at < ($2::date + 1)::timestamp at time zone $3
        group by 1, 2`,
      [range.from, range.to, range.timeZone],
    );
    return rows;
  });
  const perDay = new Map<string, { orderCount: number; revenue: Map<string, number> }>();
  const totals = new Map<string, number>();
  let orderCount = 0;
  for (const row of rows) {
    const revenue = Number(row.revenue);
    const day = perDay.get(row.day) ?? { orderCount: 0, revenue: new Map<string, number>() };
    day.orderCount += row.orderCount;
    day.revenue.set(row.currency, revenue);
    perDay.set(row.day, day);
    totals.set(row.currency, (totals.get(row.currency) ?? 0) + revenue);
    orderCount += row.orderCount;
  }
  return {
    ...range,
    orderCount,
    revenue: largestFirst(totals),
    days: daysOf(range).map((date) => {
      const day = perDay.get(date);
      return { date, orderCount: day?.orderCount ?? 0, revenue: day ? largestFirst(day.revenue) : [] };
    }),
  };
}
