import { type Connection, KEYSET_AT, keysetAfter, keysetCursor, type Page, toConnection } from '@ucos/kit';
import { one, type TenantDb } from '../db.ts';
import type { ReturnStatus, ShipmentStatus } from './machines.ts';
import { RETURN_COLUMNS, type ReturnRow, SHIPMENT_COLUMNS, type ShipmentRow } from './rows.ts';

/** Work queues run oldest first (first in, first out); "what just happened" lists newest first. */
export type QueueOrder = 'oldest_first' | 'newest_first';

export interface ShipmentQueueFilter {
  statuses: readonly ShipmentStatus[] | null;
  warehouseId: string | null;
  orderId: string | null;
}

export interface ReturnQueueFilter {
  statuses: readonly ReturnStatus[] | null;
  orderId: string | null;
}

type Keyed<Row> = Row & { keysetAt: string };

/** One `column <op> ?` condition per filter that is set; `?` becomes its parameter. */
type Condition = readonly [clause: string, value: unknown];

const conditionsOf = (filter: {
  statuses: readonly string[] | null;
  orderId: string | null;
  warehouseId?: string | null;
}): Condition[] =>
  [
    filter.statuses ? (['status = any(?::text[])', filter.statuses] as const) : null,
    filter.orderId ? (['order_id = ?::uuid', filter.orderId] as const) : null,
    filter.warehouseId ? (['warehouse_id = ?::uuid', filter.warehouseId] as const) : null,
  ].filter((condition) => condition !== null);

export const listShipments = (
  db: TenantDb,
  page: Page,
  filter: ShipmentQueueFilter,
  order: QueueOrder,
): Promise<Connection<Keyed<ShipmentRow>>> =>
  listQueue(db, 'shipments', SHIPMENT_COLUMNS, conditionsOf(filter), page, order);

export const listReturns = (
  db: TenantDb,
  page: Page,
  filter: ReturnQueueFilter,
  order: QueueOrder,
): Promise<Connection<Keyed<ReturnRow>>> => listQueue(db, 'returns', RETURN_COLUMNS, conditionsOf(filter), page, order);

/**
 * One page of a queue and its total: two statements in one tenant transaction, whatever the page
 * size (lines and the rest come through per-request loaders).
 */
async function listQueue<Row extends { id: string }>(
  db: TenantDb,
  table: 'shipments' | 'returns',
  columns: string,
  conditions: Condition[],
  page: Page,
  order: QueueOrder,
): Promise<Connection<Keyed<Row>>> {
  const after = keysetAfter(page);
  const values: unknown[] = [];
  const parameter = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  const where = conditions.map(([clause, value]) => clause.replace('?', parameter(value)));
  const filtered = where.length ? `where ${where.join(' and ')}` : '';
  const filterValues = [...values];
  const direction = order === 'oldest_first' ? 'asc' : 'desc';
  if (after) {
    where.push(
      `(created_at, id) ${direction === 'asc' ? '>' : '<'} (${parameter(after.createdAt)}::timestamptz, ${parameter(after.id)}::uuid)`,
    );
  }
  const limit = parameter(page.limit + 1);
  return db.run(async (sql) => {
    const total = await one<{ count: number }>(
      sql,
      `select count(*)::int as count from fulfillment.${table} ${filtered}`,
      filterValues,
    );
    const { rows } = await sql.query<Keyed<Row>>(
      `select ${columns}, ${KEYSET_AT} from fulfillment.${table} ${where.length ? `where ${where.join(' and ')}` : ''}
        order by created_at ${direction}, id ${direction} limit ${limit}`,
      values,
    );
    return toConnection(rows, page, total?.count ?? 0, keysetCursor);
  });
}

export interface QueueCounts {
  pendingShipments: number;
  packedShipments: number;
  requestedReturns: number;
  approvedReturns: number;
}

/** What waits for the warehouse, in one statement (each count reads the status index only). */
export const queueCounts = (db: TenantDb): Promise<QueueCounts> =>
  db.run(
    async (sql) =>
      (await one<QueueCounts>(
        sql,
        `select (select count(*) from fulfillment.shipments where status = 'pending')::int as "pendingShipments",
                (select count(*) from fulfillment.shipments where status = 'packed')::int as "packedShipments",
                (select count(*) from fulfillment.returns where status = 'requested')::int as "requestedReturns",
                (select count(*) from fulfillment.returns where status = 'approved')::int as "approvedReturns"`,
        [],
      )) as QueueCounts,
  );
