import {
  type AuthContext,
  type Connection,
  type CURSOR_KEYS,
  formatMinorUnits,
  keysetCursor,
  keysetListStatements,
  localUuid,
  ok,
  type Page,
  toConnection,
  type UnitOfWorkTx,
} from '@ucos/kit';
import { type CustomFieldFilter, customFieldConditions } from '@ucos/kit/custom-field-filters';
import { one, type Sql, type TenantDb } from '../db.ts';
import type { OrdersDeps } from '../deps.ts';
import { linesPayload, type OrdersEvents, orderSummary } from '../events/out/order-events.ts';
import { canReadOrder } from './access.ts';
import { customFields } from './custom-fields.ts';
import { type OrdersResult, ordersFail } from './errors.ts';
import { creditGiftCard } from './gift-cards.ts';
import { refuseWhileHeld } from './holds.ts';
import {
  type Actor,
  canMoveOrder,
  canMovePayment,
  isEditableLine,
  isEditableOrder,
  orderAllowsCapture,
  recordTransition,
} from './machines.ts';
import { releaseRedemptions } from './redemptions.ts';
import {
  ORDER_COLUMNS,
  ORDER_LINE_COLUMNS,
  type OrderLineRow,
  type OrderRow,
  type OrderStatus,
  type PaymentStatus,
  providerAmountOf,
  TRANSITION_COLUMNS,
  type TransitionRow,
} from './rows.ts';
import { loadShopTax } from './tax.ts';
import { pricingContext, totalsWithShipping } from './totals.ts';
import { checkQuantity } from './validation.ts';

export async function loadOrders(sql: Sql, ids: readonly string[]): Promise<OrderRow[]> {
  const { rows } = await sql.query<OrderRow>(`select ${ORDER_COLUMNS} from orders.orders where id = any($1::uuid[])`, [
    ids,
  ]);
  return rows;
}

export async function loadOrderLines(sql: Sql, orderIds: readonly string[]): Promise<OrderLineRow[]> {
  const { rows } = await sql.query<OrderLineRow>(
    `select ${ORDER_LINE_COLUMNS} from orders.order_lines where order_id = any($1::uuid[]) and quantity > 0
       order by order_id, position`,
    [orderIds],
  );
  return rows;
}

export async function loadTransitions(sql: Sql, orderIds: readonly string[]): Promise<TransitionRow[]> {
  const { rows } = await sql.query<TransitionRow>(
    `select ${TRANSITION_COLUMNS} from orders.order_transitions where order_id = any($1::uuid[]) order by id`,
    [orderIds],
  );
  return rows;
}

export async function findOrder(db: TenantDb, auth: AuthContext, globalId: string): Promise<OrderRow | null> {
  const id = localUuid(globalId, 'Order', ['id']);
  const [order] = await db.run((sql) => loadOrders(sql, [id]));
  return order && canReadOrder(auth, order) ? order : null;
}

export interface OrderFilter {
  status?: OrderStatus | null;
  customerId?: string | null;
  paymentStatus?: PaymentStatus | null;
  number?: number | null;
  /** contained (case-insensitive) in the order's email, its shipping name or its customer's name */
  customer?: string | null;
  /** placed at or after */
  placedFrom?: Date | null;
  /** placed before */
  placedBefore?: Date | null;
  /** each field's value (stored, or else its default) is one of its values */
  customFields?: readonly CustomFieldFilter[] | null;
}

/** `%`, `_` and `\` typed by the user match themselves. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Guests have a name only on their shipping address; accounts also on their profile. One text per
 * order, so the condition takes the pattern once.
 */
const CUSTOMER_TEXT = `(email || ' ' || coalesce(shipping_address->>'name', '') || ' ' || coalesce((select
  concat_ws(' ', c.first_name, c.last_name) from orders.customers c where c.tenant_id = orders.tenant_id and c.id = orders.customer_id), '')) ilike ?`;

/** Newest first, keyset-paged on (created_at, id): two statements whatever the page size. */
export async function listOrders(
  db: TenantDb,
  page: Page<typeof CURSOR_KEYS.instant>,
  filter: OrderFilter,
): Promise<Connection<OrderRow>> {
  return db.run(async (sql) => {
    const statements = keysetListStatements({
      table: 'orders.orders',
      columns: ORDER_COLUMNS,
      conditions: [
        filter.status ? ['status = ?', filter.status] : null,
        filter.paymentStatus ? ['payment_status = ?', filter.paymentStatus] : null,
        filter.customerId ? ['customer_id = ?', filter.customerId] : null,
        filter.number != null ? ['number = ?', filter.number] : null,
        filter.customer ? [CUSTOMER_TEXT, containing(filter.customer)] : null,
        filter.placedFrom ? ['created_at >= ?', filter.placedFrom] : null,
        filter.placedBefore ? ['created_at < ?', filter.placedBefore] : null,
        ...(await customFieldConditions(customFields, sql, 'ORDER', filter.customFields)),
      ],
      page,
    });
    const total = await one<{ count: number }>(sql, statements.count.text, statements.count.values);
    const { rows } = await sql.query<OrderRow & { keysetAt: string }>(statements.page.text, statements.page.values);
    return toConnection(rows, page, total?.count ?? 0, keysetCursor);
  });
}

type OrdersTx = UnitOfWorkTx<OrdersEvents, string>;

/**
 * Locks the order, checks the caller's version, runs `change`, bumps the version: one unit of work,
 * so a failed change leaves the order as it was. Steps towards other services (`tx.afterCommit`) run
 * once it committed: they are idempotent, and inventory also learns them from the events.
 */
async function withOrder(
  db: TenantDb,
  globalId: string,
  version: number | null | undefined,
  change: (sql: Sql, tx: OrdersTx, order: OrderRow) => Promise<OrdersResult<unknown>>,
): Promise<OrdersResult<OrderRow>> {
  const id = localUuid(globalId, 'Order', ['input', 'orderId']);
  return db.tx(async (sql, tx) => {
    const order = await one<OrderRow>(sql, `select ${ORDER_COLUMNS} from orders.orders where id = $1 for update`, [id]);
    if (!order) return ordersFail('NOT_FOUND', 'No such order', ['input', 'orderId']);
    if (version != null && version !== order.version) {
      return ordersFail('CONFLICT', 'The order was changed meanwhile; reload it', ['input', 'version']);
    }
    const changed = await change(sql, tx, order);
    if (!changed.ok) return changed;
    const updated = await one<OrderRow>(
      sql,
      `update orders.orders set version = version + 1, updated_at = now() where id = $1 returning ${ORDER_COLUMNS}`,
      [id],
    );
    return ok(updated as OrderRow);
  });
}

export async function moveOrder(
  sql: Sql,
  tx: OrdersTx,
  order: OrderRow,
  to: OrderStatus,
  actor: Actor,
  reason: string | null = null,
): Promise<OrdersResult<null>> {
  if (!canMoveOrder(order.status, to)) {
    return ordersFail('INVALID_TRANSITION', `An order cannot go from ${order.status} to ${to}`, null);
  }
  await sql.query(`update orders.orders set status = $2 where id = $1`, [order.id, to]);
  await recordTransition(sql, tx.tenantId, order.id, 'order', order.status, to, actor, reason);
  return ok(null);
}

export async function movePayment(
  sql: Sql,
  tx: OrdersTx,
  order: OrderRow,
  to: PaymentStatus,
  actor: Actor,
): Promise<OrdersResult<null>> {
  if (!canMovePayment(order.paymentStatus, to)) {
    return ordersFail('INVALID_TRANSITION', `A payment cannot go from ${order.paymentStatus} to ${to}`, null);
  }
  await sql.query(`update orders.orders set payment_status = $2 where id = $1`, [order.id, to]);
  await recordTransition(sql, tx.tenantId, order.id, 'payment', order.paymentStatus, to, actor);
  await tx.emit('orders.order.payment_status_changed', order.id, {
    ...orderSummary(order),
    from: order.paymentStatus,
    paymentStatus: to,
  });
  return ok(null);
}

export function confirmOrder(
  // the same signature as every order command (the resolvers pass their dependencies uniformly)
  _deps: OrdersDeps,
  db: TenantDb,
  actor: Actor,
  input: { orderId: string; version?: number | null },
) {
  return withOrder(db, input.orderId, input.version, async (sql, tx, order) => {
    if (canMoveOrder(order.status, 'confirmed')) {
      const held = await refuseWhileHeld(sql, order);
      if (!held.ok) return held;
    }
    const moved = await moveOrder(sql, tx, order, 'confirmed', actor);
    if (!moved.ok) return moved;
    const lines = await loadOrderLines(sql, [order.id]);
    await tx.emit('orders.order.confirmed', order.id, {
      ...orderSummary({ ...order, status: 'confirmed' }),
      lines: linesPayload(lines),
    });
    return ok(null);
  });
}

export function completeOrder(
  // the same signature as every order command (the resolvers pass their dependencies uniformly)
  _deps: OrdersDeps,
  db: TenantDb,
  actor: Actor,
  input: { orderId: string; version?: number | null },
) {
  return withOrder(db, input.orderId, input.version, async (sql, tx, order) => {
    if (canMoveOrder(order.status, 'completed')) {
      const held = await refuseWhileHeld(sql, order);
      if (!held.ok) return held;
    }
    const moved = await moveOrder(sql, tx, order, 'completed', actor);
    if (!moved.ok) return moved;
    await tx.emit('orders.order.completed', order.id, orderSummary(order));
    return ok(null);
  });
}

/**
 * Cancels an unfulfilled order: releases its reservation, voids (or refunds) what the payment
 * provider was charged and gives what its gift card paid back to the card.
 */
export function cancelOrder(
  deps: OrdersDeps,
  db: TenantDb,
  actor: Actor,
  input: { orderId: string; version?: number | null; reason?: string | null },
) {
  return withOrder(db, input.orderId, input.version, async (sql, tx, order) => {
    const moved = await moveOrder(sql, tx, order, 'cancelled', actor, input.reason ?? null);
    if (!moved.ok) return moved;
    // its promotion uses count no longer: a single-use code can be used again
    await releaseRedemptions(sql, order.id);
    await creditGiftCard(sql, tx, order, order.giftCardAmount, { source: 'cancel', note: 'order cancelled' });
    const charged = providerAmountOf(order);
    // an order its gift card paid in full asked no provider: there is nothing to void or refund there
    const provider =
      charged > 0 ? await deps.payments.resolve(sql, db.tenantId, order.paymentProvider, 'existing') : null;
    tx.afterCommit(() => deps.stock.release(db.tenantId, order.id));
    if (order.paymentStatus === 'authorized') {
      await movePayment(sql, tx, order, 'voided', actor);
      if (provider) tx.afterCommit(() => provider.void(order.paymentReference));
    } else if (order.paymentStatus === 'captured') {
      await movePayment(sql, tx, order, 'refunded', actor);
      if (provider) tx.afterCommit(() => provider.refund(order.paymentReference, charged, order.currency));
    }
    await tx.emit('orders.order.cancelled', order.id, {
      ...orderSummary({ ...order, status: 'cancelled' }),
      reason: input.reason ?? null,
    });
    return ok(null);
  });
}

/**
 * Captures the authorised amount: the current total (which edits may have lowered) less what the
 * gift card paid; an order its card paid in full captures without asking a provider.
 */
export function capturePayment(
  deps: OrdersDeps,
  db: TenantDb,
  actor: Actor,
  input: { orderId: string; version?: number | null },
) {
  return withOrder(db, input.orderId, input.version, async (sql, tx, order) => {
    if (!orderAllowsCapture(order.status)) return ordersFail('INVALID_TRANSITION', 'The order is cancelled', null);
    if (canMovePayment(order.paymentStatus, 'captured')) {
      const held = await refuseWhileHeld(sql, order);
      if (!held.ok) return held;
    }
    const charged = providerAmountOf(order);
    const provider =
      charged > 0 ? await deps.payments.resolve(sql, db.tenantId, order.paymentProvider, 'existing') : null;
    if (charged > 0 && !provider) {
      return ordersFail('SERVICE_UNAVAILABLE', `No payment provider ${order.paymentProvider}`, null);
    }
    const moved = await movePayment(sql, tx, order, 'captured', actor);
    if (!moved.ok) return moved;
    // captured inside the transaction: if the PSP refuses, nothing is recorded (capture is idempotent per reference)
    if (provider) await provider.capture(order.paymentReference, charged, order.currency);
    return ok(null);
  });
}

/**
 * Changes a line's quantity before anything shipped: lower only (a higher amount would need a new
 * authorisation), 0 removes the line. Subtotal and tax are recomputed and the reservation lowered to
 * match; a payment already captured is refunded the difference. Shipping stays what the order was
 * placed with — its method at the price the shopper agreed to — never re-read from today's method
 * table (prices change; a free-from threshold no longer met would raise the total above what was
 * authorised).
 */
export function editOrderLine(
  deps: OrdersDeps,
  db: TenantDb,
  actor: Actor,
  input: { orderId: string; variantId: string; quantity: number; version?: number | null },
) {
  return withOrder(db, input.orderId, input.version, async (sql, tx, order) => {
    const invalid = checkQuantity(input.quantity, ['input', 'quantity'], true);
    if (invalid) return invalid;
    if (!isEditableOrder(order.status)) {
      return ordersFail('NOT_EDITABLE', `A ${order.status} order cannot be edited`, ['input', 'orderId']);
    }
    const variantId = localUuid(input.variantId, 'ProductVariant', ['input', 'variantId']);
    const lines = await loadOrderLines(sql, [order.id]);
    const line = lines.find((candidate) => candidate.variantId === variantId);
    if (!line) return ordersFail('NOT_FOUND', 'The order has no such line', ['input', 'variantId']);
    if (!isEditableLine(line)) return ordersFail('NOT_EDITABLE', 'The line has shipped', ['input', 'variantId']);
    if (input.quantity > line.quantity) {
      return ordersFail('INVALID_QUANTITY', 'An edit can only lower a quantity', ['input', 'quantity']);
    }
    // a lowered line keeps its discount per unit (rounded down), so an edit never raises the total
    const remaining = lines.map((candidate) => {
      const discount =
        candidate.id === line.id
          ? Math.floor((candidate.discountAmount * input.quantity) / candidate.quantity)
          : candidate.discountAmount;
      const quantity = candidate.id === line.id ? input.quantity : candidate.quantity;
      return { ...candidate, quantity, discount, discountAmount: discount };
    });
    if (remaining.every((candidate) => candidate.quantity === 0)) {
      return ordersFail('INVALID_QUANTITY', 'That would empty the order: cancel it instead', ['input', 'quantity']);
    }
    const lineDiscount = remaining.find((candidate) => candidate.id === line.id)?.discount ?? 0;
    await sql.query(`update orders.order_lines set quantity = $2, discount_amount = $3 where id = $1`, [
      line.id,
      input.quantity,
      lineDiscount,
    ]);
    // taxed again as the shop taxes now, for the buyer the order was placed by
    const totals = totalsWithShipping(
      deps,
      pricingContext(order.currency, remaining, order.shippingAddress.country),
      { amount: order.shippingAmount, method: order.shippingMethodCode ?? null },
      { shop: await loadShopTax(sql), lines: remaining, customerTaxId: order.customerTaxId },
    );
    // a total now below what the gift card paid gives the difference back to the card
    const giftCardAmount = Math.min(order.giftCardAmount, totals.total);
    await creditGiftCard(sql, tx, order, order.giftCardAmount - giftCardAmount, {
      source: 'edit',
      note: 'order edited',
    });
    // a captured payment gives back what the provider no longer has to hold (the card's share aside)
    const refundedAmount =
      order.paymentStatus === 'captured'
        ? providerAmountOf(order) - providerAmountOf({ totalAmount: totals.total, giftCardAmount })
        : 0;
    const provider =
      refundedAmount > 0 ? await deps.payments.resolve(sql, db.tenantId, order.paymentProvider, 'existing') : null;
    if (refundedAmount > 0 && !provider) {
      return ordersFail('SERVICE_UNAVAILABLE', `No payment provider ${order.paymentProvider}`, null);
    }
    // the order's history shows who changed what, next to its transitions (same state in and out)
    const change = input.quantity === 0 ? 'removed' : `${line.quantity} → ${input.quantity}`;
    const refundNote =
      refundedAmount > 0
        ? `; ${formatMinorUnits({ amount: refundedAmount, currency: order.currency })} ${order.currency} refunded`
        : '';
    await recordTransition(
      sql,
      db.tenantId,
      order.id,
      'order',
      order.status,
      order.status,
      actor,
      `edited: ${line.sku} ${change}${refundNote}`,
    );
    await sql.query(
      `update orders.orders set subtotal_amount = $2, shipping_amount = $3, tax_amount = $4, total_amount = $5,
         tax_lines = $6::jsonb, prices_include_tax = $7, tax_note = $8, discount_amount = $9, gift_card_amount = $10
       where id = $1`,
      [
        order.id,
        totals.subtotal,
        totals.shipping,
        totals.tax,
        totals.total,
        JSON.stringify(totals.taxLines),
        totals.pricesIncludeTax,
        totals.taxNote,
        totals.discount,
        giftCardAmount,
      ],
    );
    const live = remaining.filter((candidate) => candidate.quantity > 0);
    await tx.emit('orders.order.edited', order.id, {
      ...orderSummary({ ...order, totalAmount: totals.total, giftCardAmount }),
      actor: actor.id,
      lines: linesPayload(live),
      // the split before and after, so finance posts the difference from this event alone, in any order
      version: order.version + 1,
      subtotalAmount: totals.subtotal,
      shippingAmount: totals.shipping,
      taxAmount: totals.tax,
      discountAmount: totals.discount,
      taxLines: totals.taxLines,
      pricesIncludeTax: totals.pricesIncludeTax,
      taxNote: totals.taxNote,
      refundedAmount,
      previous: {
        subtotalAmount: order.subtotalAmount,
        shippingAmount: order.shippingAmount,
        taxAmount: order.taxAmount,
        totalAmount: order.totalAmount,
        giftCardAmount: order.giftCardAmount,
      },
    });
    const reservation = live.map((candidate) => ({ variantId: candidate.variantId, quantity: candidate.quantity }));
    tx.afterCommit(() => deps.stock.adjust(db.tenantId, order.id, reservation));
    // refunded last, inside the transaction as a capture is taken: a refused refund edits nothing, and
    // the key names this edit and its amount, so a retried edit refunds once
    if (provider) {
      await provider.refund(
        order.paymentReference,
        refundedAmount,
        order.currency,
        `order-edit:${order.id}:${order.version + 1}:${refundedAmount}`,
      );
    }
    return ok(null);
  });
}
