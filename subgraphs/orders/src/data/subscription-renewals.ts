import { createHash, randomUUID } from 'node:crypto';
import { type AuthContext, encodeGlobalId, ok, outcomeCounter, queryEveryDatabase } from '@ucos/kit';
import type { TenantDb } from '../db.ts';
import type { OrdersDeps } from '../deps.ts';
import { loadCart, putCartLine } from './carts.ts';
import { checkoutComplete } from './checkout.ts';
import { customerGroupOf } from './customers.ts';
import type { OrdersError } from './errors.ts';
import { serviceActor } from './machines.ts';
import { priceLines } from './pricing.ts';
import {
  INTERVAL_SQL,
  lockedSubscription,
  moveSubscription,
  type SubscriptionRow,
  settleSubscription,
  subscriptionsByIds,
} from './subscriptions.ts';

/** Days after a failed renewal charge before each retry; after the last one fails, the subscription is cancelled. */
export const DEFAULT_DUNNING_DAYS: readonly number[] = [1, 3, 7];

/** How a renewal that cannot be reserved waits: tried again every `stockRetryHours`, at most `stockWaits` times. */
export interface StockWaitPolicy {
  stockRetryHours: number;
  /** after this many waits the period is skipped (the shopper pays nothing for a period never shipped) */
  stockWaits: number;
}

export const DEFAULT_STOCK_WAIT: StockWaitPolicy = { stockRetryHours: 24, stockWaits: 7 };

export interface RenewalPolicy extends StockWaitPolicy {
  dunningDays: readonly number[];
}

const DEFAULT_POLICY: RenewalPolicy = { dunningDays: DEFAULT_DUNNING_DAYS, ...DEFAULT_STOCK_WAIT };

export type RenewalOutcome =
  /** the period's order exists (placed now, or found by a replay) and the subscription moved on */
  | { outcome: 'renewed'; orderId: string }
  /** the charge (or the order) failed: a retry is scheduled, or the subscription was cancelled */
  | { outcome: 'failed'; errors: OrdersError[]; retryAt: Date | null }
  /** too little stock to reserve: nothing charged, tried again at retryAt; null when the period was skipped */
  | { outcome: 'waiting'; errors: OrdersError[]; retryAt: Date | null }
  /** nothing to do: not due, not renewable, or another runner already applied this attempt */
  | { outcome: 'not_due' }
  /** a transient failure (a service down, the checkout still running elsewhere): the next run tries again */
  | { outcome: 'later' };

const renewals = outcomeCounter('ucos_subscription_renewals_total', 'Subscription renewals by outcome');

const RENEWABLE = new Set(['trialing', 'active', 'past_due']);
/** a checkout that could not run now: retried at the next run with the same key, not counted as a failure */
const TRANSIENT = new Set(['SERVICE_UNAVAILABLE', 'CHECKOUT_IN_PROGRESS']);
/** the period's goods are not there: the shopper did nothing wrong, so no dunning (and no charge was tried) */
const outOfStock = (errors: readonly OrdersError[]) =>
  errors.length > 0 && errors.every((error) => error.code === 'INSUFFICIENT_STOCK');

const dueAt = (subscription: SubscriptionRow) => subscription.retryAt ?? subscription.nextRenewalAt;

/**
 * The idempotency key of one charge attempt of one period: every runner (two workers, a replay after a
 * crash) computes the same key until the attempt's result is applied, so the checkout's own claim on
 * the key makes them share one order. A period is paid at most once: once paid, `period` moves on.
 */
export const renewalKey = (subscription: Pick<SubscriptionRow, 'id' | 'period' | 'failedAttempts' | 'stockWaits'>) =>
  `subscription:${subscription.id}:${subscription.period}:${subscription.failedAttempts}${subscription.stockWaits ? `:stock${subscription.stockWaits}` : ''}`;

/** This runner's view of the attempt is still the current one (no other runner applied a result first). */
const sameAttempt = (locked: SubscriptionRow | null, seen: SubscriptionRow): locked is SubscriptionRow =>
  locked !== null &&
  locked.period === seen.period &&
  locked.failedAttempts === seen.failedAttempts &&
  locked.stockWaits === seen.stockWaits;

/** A uuid derived from the tenant and the key: the attempt's cart, the same for every runner. */
function cartIdOf(tenantId: string, key: string): string {
  const hex = createHash('sha256').update(`${tenantId}\u0000renewal-cart\u0000${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((Number.parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The renewal checks out as the subscriber (the order is theirs, as at their first checkout). */
const subscriberAuth = (tenantId: string, customerId: string): AuthContext => ({
  kind: 'customer',
  subject: customerId,
  tenantId,
  roles: [],
  scopes: ['cart:own', 'checkout', 'orders:own'],
  requestId: `renewal-${randomUUID()}`,
});

/**
 * Renews one subscription if it is due: a normal checkout of its variant (catalog's price today, the
 * shop's tax and shipping, reserved in inventory, authorised on the saved method off-session), so the
 * order then flows to shipment and invoice like any other. Then, under the subscription's row lock and
 * only if no other runner applied this attempt first: paid → the next period; failed → the next retry
 * of the dunning schedule (past_due), or cancelled when none is left.
 */
export async function renewSubscription(
  deps: OrdersDeps,
  tenantId: string,
  subscriptionId: string,
  policy: RenewalPolicy = DEFAULT_POLICY,
): Promise<RenewalOutcome> {
  const db = deps.unitOfWork(tenantId);
  const [subscription] = await db.run((sql) => subscriptionsByIds(sql, [subscriptionId]));
  if (!subscription || !RENEWABLE.has(subscription.status) || dueAt(subscription) > new Date())
    return { outcome: 'not_due' };
  const key = renewalKey(subscription);
  const cartId = await renewalCart(deps, db, subscription, key);
  if (!cartId.ok) return applyFailure(db, subscription, cartId.errors, policy.dunningDays);
  const placed = await checkoutComplete(deps, db, subscriberAuth(tenantId, subscription.customerId), {
    cartId: encodeGlobalId('Cart', cartId.value),
    idempotencyKey: key,
    email: subscription.email,
    shippingAddress: subscription.shippingAddress,
    billingAddress: subscription.billingAddress,
    payment: {
      provider: subscription.paymentProvider,
      token: subscription.paymentMethodRef,
      saved: true,
      offSession: true,
    },
    shippingMethod: subscription.shippingMethodCode,
    renewalOf: subscription.id,
  });
  if (!placed.ok && placed.errors.some((error) => TRANSIENT.has(error.code))) {
    renewals.inc({ outcome: 'later' });
    return { outcome: 'later' };
  }
  if (!placed.ok && outOfStock(placed.errors)) return applyStockWait(db, subscription, placed.errors, policy);
  if (!placed.ok) return applyFailure(db, subscription, placed.errors, policy.dunningDays);
  return applySuccess(db, subscription, placed.value.orderId);
}

/**
 * The attempt's cart, anonymous (a customer's one open cart stays theirs) and written once with its
 * line in one transaction: every runner of the attempt finds the same cart, and none rewrites it under
 * a checkout already running on it. Priced as the subscriber's (their company's customer group, as
 * checkout prices it again).
 */
async function renewalCart(deps: OrdersDeps, db: TenantDb, subscription: SubscriptionRow, key: string) {
  const id = cartIdOf(db.tenantId, key);
  const existing = await db.run((sql) => loadCart(sql, id));
  if (existing) return ok(id);
  const group = await db.run((sql) => customerGroupOf(sql, subscription.customerId));
  const priced = await priceLines(
    deps,
    db.tenantId,
    subscription.currency,
    group,
    new Map([[subscription.variantId, subscription.quantity]]),
    ['variantId'],
  );
  if (!priced.ok) return priced;
  const written = await db.tx(async (sql) => {
    const inserted = await sql.query(
      `insert into orders.carts (tenant_id, id, customer_id, currency) values ($1, $2, null, $3) on conflict do nothing`,
      [db.tenantId, id, subscription.currency],
    );
    // another runner wrote it first, line and all
    if (inserted.rowCount === 0) return ok(id);
    // a new cart: each line is the variant's first
    for (const line of priced.value) await putCartLine(sql, db.tenantId, id, line);
    return ok(id);
  });
  return written;
}

async function applySuccess(db: TenantDb, subscription: SubscriptionRow, orderId: string): Promise<RenewalOutcome> {
  const applied = await db.tx(async (sql, tx) => {
    const locked = await lockedSubscription(sql, subscription.id);
    if (!sameAttempt(locked, subscription)) return ok(false);
    await sql.query(
      `insert into orders.subscription_renewals (tenant_id, subscription_id, period, status, order_id, attempts)
       values ($1, $2, $3, 'paid', $4, $5)
       on conflict (tenant_id, subscription_id, period) do update set status = 'paid', order_id = excluded.order_id,
         attempts = excluded.attempts, updated_at = now()`,
      [db.tenantId, subscription.id, subscription.period, orderId, subscription.failedAttempts + 1],
    );
    // the next period starts where this one was due, not when it was finally paid
    const set = `period = period + 1, next_renewal_at = next_renewal_at + ${INTERVAL_SQL}, failed_attempts = 0,
      stock_waits = 0, retry_at = null`;
    // a trial ends with its first paid renewal; a past-due subscription is in good standing again
    const next = await settleSubscription(
      sql,
      tx,
      locked,
      'active',
      serviceActor('subscription-renewals'),
      'renewal paid',
      set,
    );
    await tx.emit('orders.subscription.renewed', subscription.id, {
      subscriptionId: subscription.id,
      customerId: subscription.customerId,
      email: subscription.email,
      period: subscription.period,
      orderId,
      nextRenewalAt: next.nextRenewalAt.toISOString(),
    });
    return ok(true);
  });
  renewals.inc({ outcome: applied.ok && applied.value ? 'renewed' : 'raced' });
  return applied.ok && applied.value ? { outcome: 'renewed', orderId } : { outcome: 'not_due' };
}

async function applyFailure(
  db: TenantDb,
  subscription: SubscriptionRow,
  errors: OrdersError[],
  dunningDays: readonly number[],
): Promise<RenewalOutcome> {
  const attempt = subscription.failedAttempts + 1;
  const delay = dunningDays[attempt - 1];
  const reason = errors.map((error) => error.message).join('; ') || 'The renewal failed';
  const applied = await db.tx(async (sql, tx) => {
    const locked = await lockedSubscription(sql, subscription.id);
    if (!sameAttempt(locked, subscription)) return ok(null);
    await sql.query(
      `insert into orders.subscription_renewals (tenant_id, subscription_id, period, status, attempts, last_error)
       values ($1, $2, $3, 'failed', $4, $5)
       on conflict (tenant_id, subscription_id, period) do update set status = 'failed', attempts = excluded.attempts,
         last_error = excluded.last_error, updated_at = now()`,
      [db.tenantId, subscription.id, subscription.period, attempt, reason.slice(0, 1000)],
    );
    const actor = serviceActor('subscription-renewals');
    let status: SubscriptionRow['status'];
    let retryAt: Date | null = null;
    if (delay === undefined) {
      // the schedule is exhausted: the subscription ends
      status = 'cancelled';
      await moveSubscription(
        sql,
        tx,
        locked,
        'cancelled',
        actor,
        `payment failed ${attempt} times`,
        `failed_attempts = ${attempt}, stock_waits = 0, retry_at = null, cancelled_at = now()`,
      );
    } else {
      const set = `failed_attempts = ${attempt}, stock_waits = 0, retry_at = now() + make_interval(days => ${delay})`;
      const moved = await settleSubscription(sql, tx, locked, 'past_due', actor, 'renewal payment failed', set);
      status = 'past_due';
      retryAt = moved.retryAt;
    }
    await tx.emit('orders.subscription.payment_failed', subscription.id, {
      subscriptionId: subscription.id,
      customerId: subscription.customerId,
      email: subscription.email,
      period: subscription.period,
      attempt,
      reason,
      retryAt: retryAt?.toISOString() ?? null,
      status,
    });
    return ok({ retryAt });
  });
  if (!applied.ok || !applied.value) {
    renewals.inc({ outcome: 'raced' });
    return { outcome: 'not_due' };
  }
  renewals.inc({ outcome: 'failed' });
  return { outcome: 'failed', errors, retryAt: applied.value.retryAt };
}

/**
 * Too little stock for the period's order: nothing was charged, so this is no payment failure (no
 * dunning, the status stays). The renewal is tried again after `stockRetryHours`; once `stockWaits`
 * waits have passed, the period is skipped (the next one is due as scheduled) and the shopper is told.
 */
async function applyStockWait(
  db: TenantDb,
  subscription: SubscriptionRow,
  errors: OrdersError[],
  policy: StockWaitPolicy,
): Promise<RenewalOutcome> {
  const wait = subscription.stockWaits + 1;
  const skip = wait > policy.stockWaits;
  const reason = `Out of stock: ${errors.map((error) => error.message).join('; ')}`.slice(0, 1000);
  const applied = await db.tx(async (sql, tx) => {
    const locked = await lockedSubscription(sql, subscription.id);
    if (!sameAttempt(locked, subscription)) return ok(null);
    const actor = serviceActor('subscription-renewals');
    await sql.query(
      `insert into orders.subscription_renewals (tenant_id, subscription_id, period, status, attempts, last_error)
       values ($1, $2, $3, $4, $5, $6)
       on conflict (tenant_id, subscription_id, period) do update set status = excluded.status,
         last_error = excluded.last_error, updated_at = now()`,
      [
        db.tenantId,
        subscription.id,
        subscription.period,
        skip ? 'skipped' : 'awaiting_stock',
        subscription.failedAttempts,
        reason,
      ],
    );
    const set = skip
      ? `period = period + 1, next_renewal_at = next_renewal_at + ${INTERVAL_SQL}, stock_waits = 0, retry_at = null`
      : `stock_waits = ${wait}, retry_at = now() + make_interval(hours => ${policy.stockRetryHours})`;
    // the status stays: waiting for goods is neither a payment failure nor a payment
    const moved = await settleSubscription(sql, tx, locked, locked.status, actor, null, set);
    await tx.emit('orders.subscription.renewal_delayed', subscription.id, {
      subscriptionId: subscription.id,
      customerId: subscription.customerId,
      email: subscription.email,
      period: subscription.period,
      wait,
      reason,
      retryAt: skip ? null : (moved.retryAt?.toISOString() ?? null),
      skipped: skip,
      nextRenewalAt: moved.nextRenewalAt.toISOString(),
    });
    if (skip) {
      await tx.emit('orders.subscription.skipped', subscription.id, {
        subscriptionId: subscription.id,
        customerId: subscription.customerId,
        period: subscription.period,
        nextRenewalAt: moved.nextRenewalAt.toISOString(),
        actor: actor.id,
      });
    }
    return ok({ retryAt: skip ? null : moved.retryAt });
  });
  if (!applied.ok || !applied.value) {
    renewals.inc({ outcome: 'raced' });
    return { outcome: 'not_due' };
  }
  renewals.inc({ outcome: skip ? 'skipped_out_of_stock' : 'waiting_for_stock' });
  return { outcome: 'waiting', errors, retryAt: applied.value.retryAt };
}

export interface RenewalRound {
  renewed: number;
  failed: number;
  waiting: number;
  later: number;
}

/**
 * One round of the renewal job: the due subscriptions of every tenant (`orders.subscriptions_due`, a
 * SECURITY DEFINER function answering tenant and id only), each renewed in its own tenant's units of
 * work. Run by the orders worker as the scheduled job `orders.subscription-renewals`.
 */
export async function renewDueSubscriptions(
  deps: OrdersDeps,
  options: { policy?: Partial<RenewalPolicy>; batchSize?: number; signal?: AbortSignal } = {},
): Promise<RenewalRound> {
  const due = await queryEveryDatabase<{ tenant_id: string; id: string }>(
    deps.pool,
    'select tenant_id, id from orders.subscriptions_due($1)',
    [options.batchSize ?? 100],
  );
  const policy: RenewalPolicy = { ...DEFAULT_POLICY, ...options.policy };
  const round: RenewalRound = { renewed: 0, failed: 0, waiting: 0, later: 0 };
  for (const row of due) {
    if (options.signal?.aborted) break;
    const result = await renewSubscription(deps, row.tenant_id, row.id, policy).catch((error: unknown) => {
      deps.log.warn({ err: error, subscriptionId: row.id }, 'renewal failed unexpectedly; retried at the next run');
      return { outcome: 'later' } as const;
    });
    if (result.outcome === 'renewed') round.renewed++;
    else if (result.outcome === 'failed') round.failed++;
    else if (result.outcome === 'waiting') round.waiting++;
    else if (result.outcome === 'later') round.later++;
  }
  return round;
}
