import { ok } from '@ucos/kit';
import { type PluginHookRunner, refusalPath } from '@ucos/kit/plugin-hooks';
import type { TenantDb } from '../db.ts';
import type { PurchaseOrderSubmittedPayload } from '../events/out/procurement-events.ts';
import { type ProcurementResult, procurementFail } from './errors.ts';
import { linesOfOrders } from './purchase-orders.ts';
import type { PurchaseOrderRow } from './rows.ts';

const money = (amount: number, currency: string) => ({ amount: Math.round(amount), currency });

/**
 * The tenant's `purchase-order.submit.validate` plugins judge a draft about to be submitted, in the
 * supplier's currency, outside the submit's transaction (its version check catches a change made
 * meanwhile). A refusal is PLUGIN_REFUSED with the plugin's message. Without such a plugin nothing
 * is read.
 */
export async function pluginsOnSubmit(
  db: TenantDb,
  plugins: PluginHookRunner,
  order: PurchaseOrderRow,
  payload: PurchaseOrderSubmittedPayload,
): Promise<ProcurementResult<null>> {
  if (!(await plugins.installed(db.tenantId, 'purchase-order.submit.validate'))) return ok(null);
  const lines = await db.run((sql) => linesOfOrders(sql, [order.id]));
  const verdict = await plugins.validate(db.tenantId, 'purchase-order.submit.validate', {
    purchaseOrder: {
      id: order.id,
      number: order.number,
      supplier: { id: order.supplierId, name: payload.supplierName },
      currency: order.currency,
      total: money(order.totalAmount, order.currency),
      lines: lines
        .filter((line) => line.quantity > line.quantityCancelled)
        .map((line) => {
          const quantity = line.quantity - line.quantityCancelled;
          return {
            sku: line.sku,
            quantity,
            unitCost: money(line.unitCost, order.currency),
            total: money(line.unitCost * quantity, order.currency),
          };
        }),
    },
  });
  return verdict.allow ? ok(null) : procurementFail('PLUGIN_REFUSED', verdict.message, refusalPath(verdict.field));
}
