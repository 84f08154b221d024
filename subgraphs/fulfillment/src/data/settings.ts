import { ok, rules } from '@ucos/kit';
import { z } from 'zod';
import { one, orm, type Sql, type TenantDb } from '../db.ts';
import type { FulfillmentResult } from './errors.ts';

/** The return window of a tenant that never set one (issue 14: "default 30 days"). */
export const DEFAULT_RETURN_WINDOW_DAYS = 30;
/** The longest return window a tenant may set. */
export const MAX_RETURN_WINDOW_DAYS = 365;

/** Days after the order's latest shipment left (or was delivered): 0 to MAX_RETURN_WINDOW_DAYS (INVALID_INPUT). */
const windowMessage = `A return window is a whole number of days from 0 to ${MAX_RETURN_WINDOW_DAYS}`;
export const returnWindowDaysRule = rules.rule(
  z.number().int(windowMessage).min(0, windowMessage).max(MAX_RETURN_WINDOW_DAYS, windowMessage),
  'INVALID_INPUT',
);

export interface FulfillmentSettings {
  /** a shopper may request a return this many days after the order's latest shipment left or was delivered */
  returnWindowDays: number;
}

/** The tenant's return window in days, inside a unit of work (the default when it never set one). */
export async function returnWindowDays(sql: Sql): Promise<number> {
  const row = await one<{ days: number }>(sql, 'select return_window_days as days from fulfillment.settings', []);
  return row?.days ?? DEFAULT_RETURN_WINDOW_DAYS;
}

export function loadSettings(db: TenantDb): Promise<FulfillmentSettings> {
  return db.run(async (sql) => ({ returnWindowDays: await returnWindowDays(sql) }));
}

export function updateSettings(
  db: TenantDb,
  input: { returnWindowDays: number },
): Promise<FulfillmentResult<FulfillmentSettings>> {
  return db.tx(async (sql) => {
    const saved = await orm(sql, (client) =>
      client.settings.upsert({
        where: { tenantId: db.tenantId },
        create: { tenantId: db.tenantId, returnWindowDays: input.returnWindowDays },
        update: { returnWindowDays: input.returnWindowDays, updatedAt: new Date() },
        select: { returnWindowDays: true },
      }),
    );
    return ok(saved);
  });
}

/**
 * When the order's return window closes: its latest shipment's shipped or delivered time plus the
 * tenant's window; null while nothing of it has shipped (then there is nothing to return either).
 */
export const RETURN_WINDOW_ENDS_SQL = (orderIdColumn: string) => `(
  select max(t.occurred_at) from fulfillment.shipments s
    join fulfillment.transitions t on t.tenant_id = s.tenant_id and t.aggregate_id = s.id and t.aggregate_type = 'Shipment'
   where s.order_id = ${orderIdColumn} and t.to_state in ('shipped', 'delivered')
) + make_interval(days => coalesce((select return_window_days from fulfillment.settings), ${DEFAULT_RETURN_WINDOW_DAYS}))`;
