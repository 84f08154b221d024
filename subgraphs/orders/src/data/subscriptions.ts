import {
  type Connection,
  type CURSOR_KEYS,
  ok,
  type Page,
  toConnection,
  type UnitOfWorkTx,
  uuidAfter,
} from '@ucos/kit';
import { one, orm, type Sql, type TenantDb } from '../db.ts';
import type { OrdersEvents } from '../events/out/order-events.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { type OrdersError, type OrdersResult, ordersError, ordersFail } from './errors.ts';
import type { Actor } from './machines.ts';
import type { Address } from './rows.ts';

// --- plans ------------------------------------------------------------------------------------------

export type IntervalUnit = 'day' | 'week' | 'month' | 'year';
export const INTERVAL_UNITS: readonly IntervalUnit[] = ['day', 'week', 'month', 'year'];

export interface SubscriptionPlanRow {
  id: string;
  variantId: string;
  name: string;
  intervalUnit: IntervalUnit;
  intervalCount: number;
  trialDays: number;
  active: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const PLAN_FIELDS = {
  id: true,
  variantId: true,
  name: true,
  intervalUnit: true,
  intervalCount: true,
  trialDays: true,
  active: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;

const asPlan = (row: Prisma.SubscriptionPlanGetPayload<{ select: typeof PLAN_FIELDS }>): SubscriptionPlanRow => ({
  ...row,
  intervalUnit: row.intervalUnit as IntervalUnit,
});

export interface PlanInput {
  variantId: string;
  name: string;
  intervalUnit: IntervalUnit;
  intervalCount: number;
  trialDays?: number | null;
  active?: boolean | null;
}

const PLAN_FIELD = (name: string) => ['input', name];

function planProblems(input: PlanInput): OrdersError[] {
  const errors: OrdersError[] = [];
  if (!input.name.trim() || input.name.trim().length > 120)
    errors.push(ordersError('INVALID_INPUT', 'A plan has a name of 1 to 120 characters', PLAN_FIELD('name')));
  if (!Number.isInteger(input.intervalCount) || input.intervalCount < 1 || input.intervalCount > 365)
    errors.push(ordersError('INVALID_INPUT', 'The interval count is 1 to 365', PLAN_FIELD('intervalCount')));
  const trial = input.trialDays ?? 0;
  if (!Number.isInteger(trial) || trial < 0 || trial > 365)
    errors.push(ordersError('INVALID_INPUT', 'Trial days are 0 to 365', PLAN_FIELD('trialDays')));
  return errors;
}

/**
 * Sells a variant by subscription (creates its plan, or changes the one it has: one plan per variant).
 * A change applies to new subscriptions only: each subscription keeps the interval it was sold with.
 */
export function setSubscriptionPlan(db: TenantDb, input: PlanInput): Promise<OrdersResult<SubscriptionPlanRow>> {
  const problems = planProblems(input);
  if (problems.length) return Promise.resolve({ ok: false, errors: problems });
  const values = {
    name: input.name.trim(),
    intervalUnit: input.intervalUnit,
    intervalCount: input.intervalCount,
    trialDays: input.trialDays ?? 0,
    active: input.active ?? true,
  };
  return db.tx(async (sql) => {
    const row = await orm(sql, (orders) =>
      orders.subscriptionPlan.upsert({
        where: { tenantId_variantId: { tenantId: db.tenantId, variantId: input.variantId } },
        create: { tenantId: db.tenantId, variantId: input.variantId, ...values },
        update: { ...values, version: { increment: 1 }, updatedAt: new Date() },
        select: PLAN_FIELDS,
      }),
    );
    return ok(asPlan(row));
  });
}

export async function plansByIds(sql: Sql, ids: readonly string[]): Promise<SubscriptionPlanRow[]> {
  const rows = await orm(sql, (orders) =>
    orders.subscriptionPlan.findMany({ where: { id: { in: [...ids] } }, select: PLAN_FIELDS }),
  );
  return rows.map(asPlan);
}

/** The plans of these variants (active ones only when `activeOnly`): one statement. */
export async function plansOfVariants(
  sql: Sql,
  variantIds: readonly string[],
  activeOnly = false,
): Promise<SubscriptionPlanRow[]> {
  if (variantIds.length === 0) return [];
  const rows = await orm(sql, (orders) =>
    orders.subscriptionPlan.findMany({
      where: { variantId: { in: [...variantIds] }, ...(activeOnly ? { active: true } : {}) },
      select: PLAN_FIELDS,
    }),
  );
  return rows.map(asPlan);
}

export function listPlans(db: TenantDb, page: Page<typeof CURSOR_KEYS.id>): Promise<Connection<SubscriptionPlanRow>> {
  return db.run(async (sql) => {
    const total = await orm(sql, (orders) => orders.subscriptionPlan.count());
    const after = uuidAfter(page);
    const rows = await orm(sql, (orders) =>
      orders.subscriptionPlan.findMany({
        where: after ? { id: { gt: after } } : {},
        orderBy: { id: 'asc' },
        take: page.limit + 1,
        select: PLAN_FIELDS,
      }),
    );
    return toConnection(rows.map(asPlan), page, total, (row) => [row.id]);
  });
}

// --- subscriptions ----------------------------------------------------------------------------------

export type SubscriptionStatus = 'trialing' | 'active' | 'paused' | 'past_due' | 'cancelled';

/** The subscription's lifecycle: every allowed move, and nothing else. */
export const SUBSCRIPTION_TRANSITIONS: Readonly<Record<SubscriptionStatus, readonly SubscriptionStatus[]>> = {
  trialing: ['active', 'paused', 'past_due', 'cancelled'],
  active: ['paused', 'past_due', 'cancelled'],
  paused: ['active', 'cancelled'],
  past_due: ['active', 'cancelled'],
  cancelled: [],
};

export const canMoveSubscription = (from: SubscriptionStatus, to: SubscriptionStatus) =>
  SUBSCRIPTION_TRANSITIONS[from].includes(to);

export type SubscriptionAction = 'pause' | 'resume' | 'skip_next' | 'cancel';

/**
 * What the shopper (or staff) can do, each the mutation of that name, and when. Skipping is for a
 * subscription in good standing (a past-due one must be paid or cancelled first).
 */
export const SUBSCRIPTION_ACTIONS: Readonly<Record<SubscriptionAction, (status: SubscriptionStatus) => boolean>> = {
  pause: (status) => canMoveSubscription(status, 'paused'),
  resume: (status) => status === 'paused',
  skip_next: (status) => status === 'trialing' || status === 'active',
  cancel: (status) => canMoveSubscription(status, 'cancelled'),
};

export const availableSubscriptionActions = (status: SubscriptionStatus): SubscriptionAction[] =>
  (Object.keys(SUBSCRIPTION_ACTIONS) as SubscriptionAction[]).filter((action) => SUBSCRIPTION_ACTIONS[action](status));

export interface SubscriptionRow {
  id: string;
  customerId: string;
  planId: string;
  variantId: string;
  quantity: number;
  currency: string;
  email: string;
  shippingAddress: Address;
  billingAddress: Address | null;
  shippingMethodCode: string | null;
  intervalUnit: IntervalUnit;
  intervalCount: number;
  status: SubscriptionStatus;
  paymentProvider: string;
  paymentMethodRef: string;
  period: number;
  nextRenewalAt: Date;
  failedAttempts: number;
  /** how often the current attempt found too little stock and waits (no charge was tried) */
  stockWaits: number;
  retryAt: Date | null;
  originOrderId: string;
  originKey: string;
  cancelledAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

// hand SQL where a row lock matters; the same shape as asSubscription
export const SUBSCRIPTION_COLUMNS = `id, customer_id as "customerId", plan_id as "planId", variant_id as "variantId",
  quantity, currency, email, shipping_address as "shippingAddress", billing_address as "billingAddress",
  shipping_method_code as "shippingMethodCode", interval_unit as "intervalUnit", interval_count as "intervalCount",
  status, payment_provider as "paymentProvider", payment_method_ref as "paymentMethodRef", period,
  next_renewal_at as "nextRenewalAt", failed_attempts as "failedAttempts", stock_waits as "stockWaits",
  retry_at as "retryAt",
  origin_order_id as "originOrderId", origin_key as "originKey", cancelled_at as "cancelledAt", version,
  created_at as "createdAt", updated_at as "updatedAt"`;

/** One interval of the subscription, as SQL over its own columns. */
export const INTERVAL_SQL = `(interval_count * ('1 ' || interval_unit)::interval)`;

const asSubscription = (row: Prisma.SubscriptionGetPayload<{ omit: { tenantId: true } }>): SubscriptionRow => ({
  ...row,
  shippingAddress: row.shippingAddress as unknown as Address,
  billingAddress: (row.billingAddress as unknown as Address | null) ?? null,
  intervalUnit: row.intervalUnit as IntervalUnit,
  status: row.status as SubscriptionStatus,
});

export async function subscriptionsByIds(sql: Sql, ids: readonly string[]): Promise<SubscriptionRow[]> {
  const rows = await orm(sql, (orders) =>
    orders.subscription.findMany({ where: { id: { in: [...ids] } }, omit: { tenantId: true } }),
  );
  return rows.map(asSubscription);
}

export async function lockedSubscription(sql: Sql, id: string): Promise<SubscriptionRow | null> {
  return one<SubscriptionRow>(
    sql,
    `select ${SUBSCRIPTION_COLUMNS} from orders.subscriptions where id = $1 for update`,
    [id],
  );
}

export interface SubscriptionFilter {
  status: SubscriptionStatus | null;
  /** only this customer's (a shopper's own list; staff may filter by it) */
  customerId: string | null;
}

/** A page of subscriptions, newest id order kept stable by id: two statements whatever the page size. */
export function listSubscriptions(
  db: TenantDb,
  page: Page<typeof CURSOR_KEYS.id>,
  filter: SubscriptionFilter,
): Promise<Connection<SubscriptionRow>> {
  return db.run(async (sql) => {
    const where = {
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.customerId ? { customerId: filter.customerId } : {}),
    };
    const total = await orm(sql, (orders) => orders.subscription.count({ where }));
    const after = uuidAfter(page);
    const rows = await orm(sql, (orders) =>
      orders.subscription.findMany({
        where: { ...where, ...(after ? { id: { gt: after } } : {}) },
        orderBy: { id: 'asc' },
        take: page.limit + 1,
        omit: { tenantId: true },
      }),
    );
    return toConnection(rows.map(asSubscription), page, total, (row) => [row.id]);
  });
}

export interface RenewalRow {
  subscriptionId: string;
  period: number;
  status: 'paid' | 'skipped' | 'failed' | 'awaiting_stock';
  orderId: string | null;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Each subscription's billed, skipped and failed periods, newest first (one statement for a page). */
export async function renewalsOf(sql: Sql, subscriptionIds: readonly string[]): Promise<RenewalRow[]> {
  const rows = await orm(sql, (orders) =>
    orders.subscriptionRenewal.findMany({
      where: { subscriptionId: { in: [...subscriptionIds] } },
      orderBy: [{ period: 'desc' }],
      omit: { tenantId: true },
    }),
  );
  return rows.map((row) => ({ ...row, status: row.status as RenewalRow['status'] }));
}

export interface SubscriptionTransitionRow {
  subscriptionId: string;
  fromState: SubscriptionStatus | null;
  toState: SubscriptionStatus;
  actorKind: string;
  actorId: string | null;
  reason: string | null;
  occurredAt: Date;
}

export async function subscriptionTransitionsOf(
  sql: Sql,
  subscriptionIds: readonly string[],
): Promise<SubscriptionTransitionRow[]> {
  const rows = await orm(sql, (orders) =>
    orders.subscriptionTransition.findMany({
      where: { subscriptionId: { in: [...subscriptionIds] } },
      orderBy: [{ id: 'asc' }],
      select: {
        subscriptionId: true,
        fromState: true,
        toState: true,
        actorKind: true,
        actorId: true,
        reason: true,
        occurredAt: true,
      },
    }),
  );
  return rows.map((row) => ({
    ...row,
    fromState: row.fromState as SubscriptionStatus | null,
    toState: row.toState as SubscriptionStatus,
  }));
}

export async function recordSubscriptionTransition(
  sql: Sql,
  tenantId: string,
  subscriptionId: string,
  from: SubscriptionStatus | null,
  to: SubscriptionStatus,
  actor: Actor,
  reason: string | null,
): Promise<void> {
  await sql.query(
    `insert into orders.subscription_transitions (tenant_id, subscription_id, from_state, to_state, actor_kind, actor_id, reason)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [tenantId, subscriptionId, from, to, actor.kind, actor.id, reason],
  );
}

/**
 * Moves a locked subscription to `to` (checked against the table), records who and why, bumps its
 * version and emits `orders.subscription.status_changed`; `set` adds column changes of the same update.
 */
export async function moveSubscription(
  sql: Sql,
  tx: UnitOfWorkTx<OrdersEvents, string>,
  subscription: SubscriptionRow,
  to: SubscriptionStatus,
  actor: Actor,
  reason: string | null,
  set = '',
): Promise<SubscriptionRow> {
  const moved = await one<SubscriptionRow>(
    sql,
    `update orders.subscriptions set status = $2, version = version + 1, updated_at = now()${set ? `, ${set}` : ''}
      where id = $1 returning ${SUBSCRIPTION_COLUMNS}`,
    [subscription.id, to],
  );
  await recordSubscriptionTransition(sql, tx.tenantId, subscription.id, subscription.status, to, actor, reason);
  await tx.emit('orders.subscription.status_changed', subscription.id, {
    subscriptionId: subscription.id,
    customerId: subscription.customerId,
    email: subscription.email,
    from: subscription.status,
    to,
    reason,
    nextRenewalAt: moved!.nextRenewalAt.toISOString(),
  });
  return moved!;
}

/**
 * Sets `set` on a locked subscription that ends in status `to`: in place when it is there already,
 * else as a move of the machine (recorded, announced).
 */
export async function settleSubscription(
  sql: Sql,
  tx: UnitOfWorkTx<OrdersEvents, string>,
  subscription: SubscriptionRow,
  to: SubscriptionStatus,
  actor: Actor,
  reason: string | null,
  set: string,
): Promise<SubscriptionRow> {
  if (subscription.status !== to) return moveSubscription(sql, tx, subscription, to, actor, reason, set);
  const updated = await one<SubscriptionRow>(
    sql,
    `update orders.subscriptions set ${set}, version = version + 1, updated_at = now()
      where id = $1 returning ${SUBSCRIPTION_COLUMNS}`,
    [subscription.id],
  );
  return updated!;
}

// --- shopper and staff actions ----------------------------------------------------------------------

export interface ActionInput {
  id: string;
  /** the version the caller last saw: a stale one is a CONFLICT */
  version?: number | null;
  reason?: string | null;
}

const FIELD_ID = ['input', 'id'];

/**
 * pause, resume, skip next, cancel. `ownerId`: a shopper acts on their own subscriptions only (another's
 * is NOT_FOUND, like a made-up id); null: staff. A move the state machine does not allow is
 * INVALID_TRANSITION, naming the state.
 */
export function actOnSubscription(
  db: TenantDb,
  actor: Actor,
  ownerId: string | null,
  action: SubscriptionAction,
  input: ActionInput,
): Promise<OrdersResult<SubscriptionRow>> {
  return db.tx(async (sql, tx) => {
    const subscription = await lockedSubscription(sql, input.id);
    if (!subscription || (ownerId !== null && subscription.customerId !== ownerId))
      return ordersFail('NOT_FOUND', 'No such subscription', FIELD_ID);
    if (input.version != null && input.version !== subscription.version)
      return ordersFail('CONFLICT', 'The subscription changed meanwhile; reload it', ['input', 'version']);
    if (!SUBSCRIPTION_ACTIONS[action](subscription.status))
      return ordersFail(
        'INVALID_TRANSITION',
        `A ${subscription.status.replace('_', ' ')} subscription cannot ${action.replace('_', ' ')}`,
        FIELD_ID,
      );
    const reason = input.reason?.trim() || action.replace('_', ' ');
    switch (action) {
      case 'pause':
        return ok(await moveSubscription(sql, tx, subscription, 'paused', actor, reason));
      case 'resume':
        // a renewal missed while paused is due at once; the period count goes on where it stopped
        return ok(
          await moveSubscription(
            sql,
            tx,
            subscription,
            'active',
            actor,
            reason,
            'next_renewal_at = greatest(next_renewal_at, now()), retry_at = null, failed_attempts = 0',
          ),
        );
      case 'cancel':
        return ok(
          await moveSubscription(
            sql,
            tx,
            subscription,
            'cancelled',
            actor,
            reason,
            'cancelled_at = now(), retry_at = null',
          ),
        );
      case 'skip_next': {
        await sql.query(
          `insert into orders.subscription_renewals (tenant_id, subscription_id, period, status) values ($1, $2, $3, 'skipped')`,
          [db.tenantId, subscription.id, subscription.period],
        );
        const skipped = await one<SubscriptionRow>(
          sql,
          `update orders.subscriptions set period = period + 1, next_renewal_at = next_renewal_at + ${INTERVAL_SQL},
             version = version + 1, updated_at = now()
            where id = $1 returning ${SUBSCRIPTION_COLUMNS}`,
          [subscription.id],
        );
        await tx.emit('orders.subscription.skipped', subscription.id, {
          subscriptionId: subscription.id,
          customerId: subscription.customerId,
          period: subscription.period,
          nextRenewalAt: skipped!.nextRenewalAt.toISOString(),
          actor: actor.id,
        });
        return ok(skipped!);
      }
    }
  });
}
