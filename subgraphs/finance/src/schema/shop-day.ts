import type { FinanceContext } from '../context.ts';
import { shopToday } from '../data/shop-day.ts';
import { dbOf } from './types.ts';

const todays = new WeakMap<FinanceContext, Promise<string>>();

/**
 * The shop's today for one request, read once however many fields default to it (a report's `to`,
 * an aging's `as of`, each open item's days past due): a page of open items costs one look-up.
 */
export function shopTodayOf(context: FinanceContext): Promise<string> {
  let today = todays.get(context);
  if (!today) {
    today = shopToday(dbOf(context));
    todays.set(context, today);
  }
  return today;
}
