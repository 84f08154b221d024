import { localUuid, ok } from '@ucos/kit';
import type { Sql } from '../db.ts';
import { type FulfillmentResult, fulfillmentFail } from './errors.ts';

export interface LineInput {
  variantId: string;
  quantity: number;
}

/** Validates and merges input lines (global variant ids; quantities are checked at the schema edge) into uuid → quantity. */
export function parseLines(lines: LineInput[]): FulfillmentResult<Map<string, number>> {
  if (lines.length === 0 || lines.length > 200)
    return fulfillmentFail('INVALID_INPUT', 'Send 1 to 200 lines', ['input', 'lines']);
  const merged = new Map<string, number>();
  for (const [index, line] of lines.entries()) {
    const field = ['input', 'lines', String(index)];
    const variantId = localUuid(line.variantId, 'ProductVariant', [...field, 'variantId']);
    merged.set(variantId, (merged.get(variantId) ?? 0) + line.quantity);
  }
  return ok(merged);
}

/** Ordered quantity per variant of an order (the read model). */
export async function orderedQuantities(sql: Sql, orderId: string): Promise<Map<string, number>> {
  const { rows } = await sql.query<{ variantId: string; quantity: number }>(
    `select variant_id as "variantId", quantity from fulfillment.order_line_views where order_id = $1`,
    [orderId],
  );
  return new Map(rows.map((row) => [row.variantId, row.quantity]));
}

/** Quantity per variant in the order's shipments of the given states. */
export async function shippedQuantities(
  sql: Sql,
  orderId: string,
  states: readonly string[],
): Promise<Map<string, number>> {
  const { rows } = await sql.query<{ variantId: string; quantity: number }>(
    `select l.variant_id as "variantId", sum(l.quantity)::int as quantity
       from fulfillment.shipment_lines l join fulfillment.shipments s on s.tenant_id = l.tenant_id and s.id = l.shipment_id
      where s.order_id = $1 and s.status = any($2::text[]) group by l.variant_id`,
    [orderId, states],
  );
  return new Map(rows.map((row) => [row.variantId, row.quantity]));
}

export async function returnedQuantities(sql: Sql, orderId: string): Promise<Map<string, number>> {
  const { rows } = await sql.query<{ variantId: string; quantity: number }>(
    `select l.variant_id as "variantId", sum(l.quantity)::int as quantity
       from fulfillment.return_lines l join fulfillment.returns r on r.tenant_id = l.tenant_id and r.id = l.return_id
      where r.order_id = $1 and r.status <> 'rejected' group by l.variant_id`,
    [orderId],
  );
  return new Map(rows.map((row) => [row.variantId, row.quantity]));
}

export async function insertLines(
  sql: Sql,
  table: 'shipment_lines' | 'return_lines',
  parentColumn: 'shipment_id' | 'return_id',
  tenantId: string,
  parentId: string,
  lines: Map<string, number>,
): Promise<void> {
  await sql.query(
    `insert into fulfillment.${table} (tenant_id, ${parentColumn}, variant_id, quantity)
     select $1, $2, v, q from unnest($3::uuid[], $4::int[]) as l(v, q)`,
    [tenantId, parentId, [...lines.keys()], [...lines.values()]],
  );
}

export async function loadLines(
  sql: Sql,
  table: 'shipment_lines' | 'return_lines',
  parentColumn: 'shipment_id' | 'return_id',
  parentIds: readonly string[],
) {
  const { rows } = await sql.query<{ parentId: string; variantId: string; quantity: number }>(
    `select ${parentColumn} as "parentId", variant_id as "variantId", quantity from fulfillment.${table}
      where ${parentColumn} = any($1::uuid[]) order by variant_id`,
    [parentIds],
  );
  return rows;
}
