import 'server-only';
import { type Clock, clockIn } from './time.ts';
import { requireViewer } from './viewer.ts';

/**
 * The shop's clock for a page: every time an admin page prints is in the shop's time zone (Settings →
 * Store, `viewer.tenant.timeZone`), with the zone named, so a merchant in Berlin reads 15:05 CET and
 * not 14:05 UTC. Reuses the page's viewer (one query per request and `returnTo`).
 */
export async function shopClock(returnTo: string): Promise<Clock> {
  return clockIn((await requireViewer(returnTo)).tenant.timeZone);
}

/**
 * The shop's time zone for a server action that reads a typed day or wall-clock time (a promotion's
 * start, a gift card's expiry day): the signed-in viewer's tenant's, read on the server as the pages
 * read it, never taken from the form.
 */
export async function shopTimeZone(returnTo: string): Promise<string> {
  return (await requireViewer(returnTo)).tenant.timeZone;
}
