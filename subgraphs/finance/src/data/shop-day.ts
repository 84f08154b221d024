import { one, type Sql, type TenantDb } from '../db.ts';
import { dayIn } from './ledger.ts';

/** The shop's time zone as identity announced it (`identity.tenant.settings_changed`); null: not heard yet. */
export async function shopTimeZone(sql: Sql, tenantId: string): Promise<string | null> {
  const row = await one<{ timeZone: string | null }>(
    sql,
    `select time_zone as "timeZone" from finance.invoice_settings where tenant_id = $1`,
    [tenantId],
  );
  return row?.timeZone ?? null;
}

/**
 * The shop's calendar day at `now`: what a report, an aging or a payment date means by "today" when
 * its caller names no day. At 23:30 UTC a shop in Pacific/Kiritimati (UTC+14) is already in the next
 * day, and a report "to today" must include the day the merchant is living in.
 */
export function shopToday(db: TenantDb, now: Date = new Date()): Promise<string> {
  return db.run(async (sql) => dayIn(now, await shopTimeZone(sql, db.tenantId)));
}
