import { type Connection, type CURSOR_KEYS, type Keyed, type KeysetCondition, keysetPage, type Page } from '@ucos/kit';
import { one, type Sql, type TenantDb } from '../db.ts';
import type { ReturnStatus, ShipmentStatus } from './machines.ts';
import { RETURN_COLUMNS, type ReturnRow, SHIPMENT_COLUMNS, type ShipmentRow } from './rows.ts';
import { findShipment } from './shipments.ts';

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

const conditionsOf = (filter: {
  statuses: readonly string[] | null;
  orderId: string | null;
  warehouseId?: string | null;
}): (KeysetCondition | null)[] => [
  filter.statuses ? ['status = any(?::text[])', filter.statuses] : null,
  filter.orderId ? ['order_id = ?::uuid', filter.orderId] : null,
  filter.warehouseId ? ['warehouse_id = ?::uuid', filter.warehouseId] : null,
];

export const listShipments = (
  db: TenantDb,
  page: Page<typeof CURSOR_KEYS.instant>,
  filter: ShipmentQueueFilter,
  order: QueueOrder,
): Promise<Connection<Keyed<ShipmentRow>>> =>
  listQueue(db, 'shipments', SHIPMENT_COLUMNS, conditionsOf(filter), page, order);

export const listReturns = (
  db: TenantDb,
  page: Page<typeof CURSOR_KEYS.instant>,
  filter: ReturnQueueFilter,
  order: QueueOrder,
): Promise<Connection<Keyed<ReturnRow>>> => listQueue(db, 'returns', RETURN_COLUMNS, conditionsOf(filter), page, order);

/**
 * One page of a queue and its total: two statements in one tenant transaction, whatever the page
 * size (lines and the rest come through per-request loaders).
 */
function listQueue<Row extends { id: string }>(
  db: TenantDb,
  table: 'shipments' | 'returns',
  columns: string,
  conditions: (KeysetCondition | null)[],
  page: Page<typeof CURSOR_KEYS.instant>,
  order: QueueOrder,
): Promise<Connection<Keyed<Row>>> {
  return db.run((sql) =>
    keysetPage<Row>(sql, {
      table: `fulfillment.${table}`,
      columns,
      conditions,
      page,
      direction: order === 'oldest_first' ? 'asc' : 'desc',
    }),
  );
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

/** One shipment of the tenant by id, or null. */
export const shipmentById = (db: TenantDb, id: string): Promise<ShipmentRow | null> =>
  db.run((sql) => findShipment(sql, id));

/** One return of the tenant by id, or null. */
export const returnById = (db: TenantDb, id: string): Promise<ReturnRow | null> =>
  db.run((sql) => one<ReturnRow>(sql, `select ${RETURN_COLUMNS} from fulfillment.returns where id = $1`, [id]));

/**
 * The shipments or returns of these orders, oldest first; with `customerId`, only those of orders
 * that customer placed (a shopper's own), else all of the tenant's.
 */
export async function ofOrders<Row extends { orderId: string }>(
  sql: Sql,
  table: 'shipments' | 'returns',
  orderIds: readonly string[],
  customerId: string | null,
): Promise<Row[]> {
  const columns = table === 'shipments' ? SHIPMENT_COLUMNS : RETURN_COLUMNS;
  const { rows } = await sql.query<Row>(
    `select ${columns} from fulfillment.${table} t where t.order_id = any($1::uuid[])
       and ($2::uuid is null or exists (select 1 from fulfillment.order_views v
            where v.tenant_id = t.tenant_id and v.order_id = t.order_id and v.customer_id = $2::uuid))
     order by t.created_at, t.id`,
    [orderIds, customerId],
  );
  return rows;
}
