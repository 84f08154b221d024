import { type AuthContext, ok, type UnitOfWorkTx } from '@ucos/kit';
import type { Sql } from '../db.ts';
import type { OrdersEvents } from '../events/out/order-events.ts';
import type { PaymentProvider, SaveMethodOutcome } from '../ports/payment.ts';
import { customerIdOf } from './access.ts';
import { type OrdersResult, ordersFail } from './errors.ts';
import type { Actor } from './machines.ts';
import type { Address } from './rows.ts';
import {
  recordSubscriptionTransition,
  SUBSCRIPTION_COLUMNS,
  type SubscriptionPlanRow,
  type SubscriptionRow,
} from './subscriptions.ts';

/** A cart line of a variant sold by subscription: checkout subscribes the shopper to it. */
export interface SubscribingLine {
  plan: SubscriptionPlanRow;
  quantity: number;
}

const FIELD_CART = ['input', 'cartId'];

/**
 * The active plans of these variants, in hand SQL: it runs in checkout's snapshot read (the hot
 * path), one statement on the same transaction.
 */
export async function activePlansOf(sql: Sql, variantIds: readonly string[]): Promise<SubscriptionPlanRow[]> {
  if (variantIds.length === 0) return [];
  const { rows } = await sql.query<SubscriptionPlanRow>(
    `select id, variant_id as "variantId", name, interval_unit as "intervalUnit", interval_count as "intervalCount",
       trial_days as "trialDays", active, version, created_at as "createdAt", updated_at as "updatedAt"
       from orders.subscription_plans where variant_id = any($1::uuid[]) and active`,
    [variantIds],
  );
  return rows;
}

/**
 * Before a checkout claims its key: the cart's lines whose variant has an active plan. Subscribing
 * needs a signed-in shopper (the renewals are their orders: SUBSCRIPTION_REQUIRES_ACCOUNT for a guest)
 * and a payment provider that can keep the method for later charges (SUBSCRIPTION_PAYMENT_UNSUPPORTED).
 * A renewal's own checkout subscribes nobody again. Nothing is stored when refused.
 */
export function subscribingLines(
  auth: AuthContext,
  cart: { customerId: string | null },
  lines: readonly { variantId: string; quantity: number }[],
  plans: readonly SubscriptionPlanRow[],
  provider: PaymentProvider,
  renewal: boolean,
): OrdersResult<SubscribingLine[]> {
  if (renewal || plans.length === 0) return ok([]);
  if (!(cart.customerId ?? customerIdOf(auth)))
    return ordersFail(
      'SUBSCRIPTION_REQUIRES_ACCOUNT',
      `Sign in to subscribe to ${plans.map((plan) => `"${plan.name}"`).join(', ')}: a subscription renews on your account`,
      FIELD_CART,
    );
  if (!provider.saveMethod)
    return ordersFail(
      'SUBSCRIPTION_PAYMENT_UNSUPPORTED',
      `The payment provider "${provider.name}" cannot keep a payment method for renewals; choose another`,
      ['input', 'payment', 'provider'],
    );
  const quantities = new Map(lines.map((line) => [line.variantId, line.quantity]));
  return ok(plans.map((plan) => ({ plan, quantity: quantities.get(plan.variantId) ?? 1 })));
}

/**
 * A plan's trial waives the first charge of its line: the checkout's order lists that line at 0 (what
 * the shopper pays for it now), so its tax and any percentage off follow, while the line is still
 * reserved and shipped like any other (the trial is of the goods, not a promise to send them later).
 * Shipping is charged as the shop's rules say. The first renewal, at the trial's end, is a normal
 * checkout priced by catalog in full: its cart subscribes nobody, so nothing is waived there. The
 * cart waives the same lines when it prices them, so it shows what checkout will charge.
 */
export function waiveTrials<Line extends { variantId: string; unitAmount: number }>(
  lines: readonly Line[],
  plans: readonly Pick<SubscriptionPlanRow, 'variantId' | 'trialDays'>[],
): Line[] {
  const trials = new Set(plans.filter((plan) => plan.trialDays > 0).map((plan) => plan.variantId));
  return lines.map((line) => (trials.has(line.variantId) ? { ...line, unitAmount: 0 } : line));
}

/** Keeps the checkout's method with the provider (idempotent on the checkout key). */
export function saveSubscriptionMethod(
  provider: PaymentProvider,
  request: { tenantId: string; token: string; customerId: string; email: string; idempotencyKey: string },
): Promise<SaveMethodOutcome> {
  if (!provider.saveMethod) return Promise.resolve({ ok: false, reason: 'The provider cannot save methods' });
  return provider.saveMethod(request);
}

export interface NewSubscriptions {
  lines: readonly SubscribingLine[];
  customerId: string;
  orderId: string;
  checkoutKey: string;
  email: string;
  currency: string;
  shippingAddress: Address;
  billingAddress: Address | null;
  shippingMethodCode: string;
  provider: string;
  paymentMethodRef: string;
  actor: Actor;
}

/**
 * In the order's own transaction: one subscription per subscribing line, its first period being this
 * order. The first renewal comes after the plan's trial days, else after one interval.
 */
export async function createSubscriptions(
  sql: Sql,
  tx: UnitOfWorkTx<OrdersEvents, string>,
  order: NewSubscriptions,
): Promise<void> {
  for (const { plan, quantity } of order.lines) {
    const { rows } = await sql.query<SubscriptionRow>(
      `insert into orders.subscriptions (tenant_id, customer_id, plan_id, variant_id, quantity, currency, email,
         shipping_address, billing_address, shipping_method_code, interval_unit, interval_count, status,
         payment_provider, payment_method_ref, next_renewal_at, origin_order_id, origin_key)
       values ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10, $11::text, $12::int, $13, $14, $15,
         case when $16::int > 0 then now() + make_interval(days => $16::int)
              else now() + ($12::int * ('1 ' || $11::text)::interval) end,
         $17, $18)
       returning ${SUBSCRIPTION_COLUMNS}`,
      [
        tx.tenantId,
        order.customerId,
        plan.id,
        plan.variantId,
        quantity,
        order.currency,
        order.email,
        JSON.stringify(order.shippingAddress),
        order.billingAddress ? JSON.stringify(order.billingAddress) : null,
        order.shippingMethodCode,
        plan.intervalUnit,
        plan.intervalCount,
        plan.trialDays > 0 ? 'trialing' : 'active',
        order.provider,
        order.paymentMethodRef,
        plan.trialDays,
        order.orderId,
        order.checkoutKey,
      ],
    );
    const subscription = rows[0]!;
    await recordSubscriptionTransition(
      sql,
      tx.tenantId,
      subscription.id,
      null,
      subscription.status,
      order.actor,
      'checkout',
    );
    await tx.emit('orders.subscription.created', subscription.id, {
      subscriptionId: subscription.id,
      customerId: subscription.customerId,
      email: subscription.email,
      planId: plan.id,
      variantId: plan.variantId,
      quantity,
      currency: subscription.currency,
      interval: { unit: plan.intervalUnit, count: plan.intervalCount },
      status: subscription.status,
      orderId: order.orderId,
      nextRenewalAt: subscription.nextRenewalAt.toISOString(),
    });
  }
}
