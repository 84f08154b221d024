import { localUuid, ok } from '@ucos/kit';
import { one, type Sql, type TenantDb } from '../db.ts';
import { type OrdersResult, ordersError, ordersFail } from './errors.ts';
import { type Actor, isFinalOrder } from './machines.ts';
import { HOLD_COLUMNS, type HoldRow, ORDER_COLUMNS, type OrderRow } from './rows.ts';

/** What staff or a workflow sends to place a hold. */
export interface HoldPlaceInput {
  orderId: string;
  reason: string;
  /** free text naming who asked (`staff`, `workflow:<name>`); `staff` when absent */
  source?: string | null;
  /** the same key places the hold once: a retry returns the hold the first call placed */
  idempotencyKey?: string | null;
}

export interface HoldReleaseInput {
  holdId: string;
  note?: string | null;
}

export interface HoldChange {
  hold: HoldRow;
  order: OrderRow;
}

export const DEFAULT_HOLD_SOURCE = 'staff';

/** Every hold of these orders, oldest first (open and released). */
export async function loadHolds(sql: Sql, orderIds: readonly string[]): Promise<HoldRow[]> {
  const { rows } = await sql.query<HoldRow>(
    `select ${HOLD_COLUMNS} from orders.order_holds where order_id = any($1::uuid[]) order by order_id, placed_at, id`,
    [orderIds],
  );
  return rows;
}

/** How many holds of the order are open (the caller's transaction; lock the order first to rely on it). */
export async function openHoldCount(sql: Sql, orderId: string): Promise<number> {
  const row = await one<{ count: number }>(
    sql,
    'select count(*)::int as count from orders.order_holds where order_id = $1 and released_at is null',
    [orderId],
  );
  return row?.count ?? 0;
}

/**
 * Refuses a move of a held order (confirm, payment capture, completion): the order's row is locked
 * by the caller, and placing or releasing a hold locks it too, so the check cannot race a hold.
 */
export async function refuseWhileHeld(sql: Sql, order: OrderRow): Promise<OrdersResult<null>> {
  const open = await openHoldCount(sql, order.id);
  if (open === 0) return ok(null);
  return ordersFail('ORDER_ON_HOLD', `The order has ${open} open hold${open === 1 ? '' : 's'}: release them first`, [
    'input',
    'orderId',
  ]);
}

const lockOrder = (sql: Sql, id: string) =>
  one<OrderRow>(sql, `select ${ORDER_COLUMNS} from orders.orders where id = $1 for update`, [id]);

/**
 * Places a hold on an order that is not in a final state. With an idempotency key, a repeated call
 * returns the hold the first one placed (and publishes nothing again); the key used for another
 * order is IDEMPOTENCY_KEY_REUSED.
 */
export function placeHold(db: TenantDb, actor: Actor, input: HoldPlaceInput): Promise<OrdersResult<HoldChange>> {
  const orderId = localUuid(input.orderId, 'Order', ['input', 'orderId']);
  const key = input.idempotencyKey ?? null;
  const reused = ordersError('IDEMPOTENCY_KEY_REUSED', 'This idempotency key placed a hold on another order', [
    'input',
    'idempotencyKey',
  ]);
  return db.tx(
    async (sql, tx) => {
      const order = await lockOrder(sql, orderId);
      if (!order) return ordersFail('NOT_FOUND', 'No such order', ['input', 'orderId']);
      if (key !== null) {
        const earlier = await one<HoldRow>(
          sql,
          `select ${HOLD_COLUMNS} from orders.order_holds where idempotency_key = $1`,
          [key],
        );
        if (earlier && earlier.orderId !== order.id) return { ok: false as const, errors: [reused] };
        if (earlier) return ok({ hold: earlier, order });
      }
      if (isFinalOrder(order.status)) {
        return ordersFail('ORDER_FINAL', `A ${order.status} order cannot be held`, ['input', 'orderId']);
      }
      const source = input.source?.trim() || DEFAULT_HOLD_SOURCE;
      const hold = (await one<HoldRow>(
        sql,
        `insert into orders.order_holds (tenant_id, order_id, reason, source, idempotency_key, placed_by)
         values ($1, $2, $3, $4, $5, $6) returning ${HOLD_COLUMNS}`,
        [tx.tenantId, order.id, input.reason.trim(), source, key, actor.id],
      )) as HoldRow;
      await tx.emit('orders.order.hold_placed', order.id, {
        orderId: order.id,
        holdId: hold.id,
        reason: hold.reason,
        source: hold.source,
        openHolds: await openHoldCount(sql, order.id),
      });
      return ok({ hold, order });
    },
    // two first calls with one key for different orders: the loser is told, nothing is placed twice
    { unique: { order_holds_idempotency_key: reused } },
  );
}

/** Releases an open hold (on any order, final or not: a release only lifts a refusal). */
export function releaseHold(db: TenantDb, actor: Actor, input: HoldReleaseInput): Promise<OrdersResult<HoldChange>> {
  const holdId = localUuid(input.holdId, 'OrderHold', ['input', 'holdId']);
  return db.tx(async (sql, tx) => {
    const found = await one<{ orderId: string }>(
      sql,
      'select order_id as "orderId" from orders.order_holds where id = $1',
      [holdId],
    );
    if (!found) return ordersFail('NOT_FOUND', 'No such hold', ['input', 'holdId']);
    // the order first, as every order command locks it: a release and a confirm never interleave
    const order = (await lockOrder(sql, found.orderId)) as OrderRow;
    const released = await one<HoldRow>(
      sql,
      `update orders.order_holds set released_at = now(), released_by = $2, release_note = $3
        where id = $1 and released_at is null returning ${HOLD_COLUMNS}`,
      [holdId, actor.id, input.note?.trim() || null],
    );
    if (!released) return ordersFail('HOLD_ALREADY_RELEASED', 'The hold was already released', ['input', 'holdId']);
    await tx.emit('orders.order.hold_released', order.id, {
      orderId: order.id,
      holdId: released.id,
      reason: released.reason,
      source: released.source,
      openHolds: await openHoldCount(sql, order.id),
    });
    return ok({ hold: released, order });
  });
}
