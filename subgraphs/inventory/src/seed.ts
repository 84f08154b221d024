import { BULK_STATEMENT_TIMEOUT, deterministicUuid, withTenantClient } from '@ucos/kit';
import type pg from 'pg';

export interface InventorySeedOptions {
  products: number;
  variantsPerProduct: number;
  warehouses: number;
}

export const DEMO_INVENTORY: InventorySeedOptions = { products: 1000, variantsPerProduct: 5, warehouses: 3 };

export const seededWarehouseId = (tenantId: string, index: number) =>
  deterministicUuid('warehouse', tenantId, String(index));
/** The catalog seed uses the same formula, so inventory's variant (p, v) is catalog's. */
export const seededVariantId = (tenantId: string, product: number, variant: number) =>
  deterministicUuid('variant', tenantId, String(product), String(variant));

export interface SeededAvailability {
  /** on hand per warehouse index (nothing is reserved by the seed, so this is also available) */
  perWarehouse: number[];
  onHand: number;
  available: number;
}

/**
 * The stock the seed gives variant v of product p: a pure function of the indexes, so the catalog
 * seed can build its in-stock read model without asking inventory. Every 7th variant is out of stock
 * everywhere, and some warehouses hold none of a variant, so in-stock filters mean something.
 */
export function seededAvailability(
  _tenantId: string,
  product: number,
  variant: number,
  warehouses: number,
): SeededAvailability {
  const outOfStock = (product * 5 + variant) % 7 === 3;
  const perWarehouse = Array.from({ length: warehouses }, (_, w) => {
    if (outOfStock) return 0;
    const spread = (product * 31 + variant * 17 + w * 13) % 29;
    return spread < 5 ? 0 : spread * 3;
  });
  const onHand = perWarehouse.reduce((sum, units) => sum + units, 0);
  return { perWarehouse, onHand, available: onHand };
}

export interface InventorySeedResult {
  warehouseIds: string[];
  /** stock rows written by this run (0 when everything was already seeded) */
  levelsInserted: number;
  /** per variant: the totals `inventory.stock.changed` would carry, for the catalog's read model */
  totals: { variantId: string; product: number; variant: number; onHand: number; available: number }[];
}

/**
 * Seeds warehouses (WH1, WH2, …) and stock for `products × variantsPerProduct` variants, as the app
 * role inside the tenant's transaction. Bulk (one statement per table), deterministic and idempotent:
 * existing rows are left as they are. Each seeded row gets a RECEIPT movement so the ledger sums to
 * on hand. It writes no events: the catalog's availability read model is seeded from `totals` (or
 * from `seededAvailability`) rather than from thousands of `inventory.stock.changed` events.
 */
export async function seedInventory(
  pool: pg.Pool,
  tenantId: string,
  options: InventorySeedOptions = DEMO_INVENTORY,
): Promise<InventorySeedResult> {
  const warehouseIds = Array.from({ length: options.warehouses }, (_, w) => seededWarehouseId(tenantId, w));
  const variants: string[] = [];
  const warehousesOf: string[] = [];
  const quantities: number[] = [];
  const totals: InventorySeedResult['totals'] = [];
  for (let p = 0; p < options.products; p++) {
    for (let v = 0; v < options.variantsPerProduct; v++) {
      const variantId = seededVariantId(tenantId, p, v);
      const stock = seededAvailability(tenantId, p, v, options.warehouses);
      totals.push({ variantId, product: p, variant: v, onHand: stock.onHand, available: stock.available });
      stock.perWarehouse.forEach((units, w) => {
        variants.push(variantId);
        warehousesOf.push(warehouseIds[w]!);
        quantities.push(units);
      });
    }
  }
  const levelsInserted = await withTenantClient(pool, tenantId, async (sql) => {
    await sql.query(BULK_STATEMENT_TIMEOUT);
    await sql.query(
      `insert into inventory.warehouses (tenant_id, id, code, name)
       select $1, w.id, 'WH' || w.n, 'Warehouse ' || w.n from unnest($2::uuid[]) with ordinality as w(id, n)
       on conflict do nothing`,
      [tenantId, warehouseIds],
    );
    const { rows } = await sql.query<{ n: number }>(
      `with inserted as (
         insert into inventory.stock_levels (tenant_id, variant_id, warehouse_id, on_hand)
         select $1, s.v, s.w, s.q from unnest($2::uuid[], $3::uuid[], $4::int[]) as s(v, w, q)
         on conflict do nothing
         returning variant_id, warehouse_id, on_hand),
       ledger as (
         insert into inventory.stock_movements (tenant_id, variant_id, warehouse_id, on_hand_delta, reserved_delta,
                                                reason, actor_kind, actor_id, reference)
         select $1, variant_id, warehouse_id, on_hand, 0, 'RECEIPT', 'service', 'seed', 'seed'
           from inserted where on_hand > 0)
       select count(*)::int as n from inserted`,
      [tenantId, variants, warehousesOf, quantities],
    );
    return rows[0]?.n ?? 0;
  });
  return { warehouseIds, levelsInserted, totals };
}
