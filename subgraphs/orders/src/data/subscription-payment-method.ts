import { ok, onceForKey } from '@ucos/kit';
import type { TenantDb } from '../db.ts';
import { one } from '../db.ts';
import type { OrdersDeps } from '../deps.ts';
import { paymentProviderNamed } from './checkout.ts';
import { type OrdersErrorCode, type OrdersResult, ordersFail } from './errors.ts';
import type { Actor } from './machines.ts';
import { changeableSubscription } from './subscription-changes.ts';
import { saveSubscriptionMethod } from './subscription-checkout.ts';
import { SUBSCRIPTION_COLUMNS, type SubscriptionRow, subscriptionsByIds } from './subscriptions.ts';

export interface PaymentMethodChange {
  id: string;
  /** the version the caller last saw: a stale one is a CONFLICT */
  version?: number | null;
  payment: { provider: string; token: string };
  /** the same key saves the method once, however often the request is repeated */
  idempotencyKey: string;
}

const FIELD_ID = ['input', 'id'];

/**
 * A new card (or wallet) for a subscription's renewals: the provider saves it as at checkout, then
 * the subscription keeps it, from its next charge on. A subscription in dunning (past due) retries at
 * once with it, instead of waiting for the next retry. `ownerId`: a shopper changes only their own
 * (another's is NOT_FOUND); null: staff. Refused with typed errors before the provider is asked: a
 * cancelled subscription (INVALID_TRANSITION), a stale version (CONFLICT), an unknown provider or one
 * that cannot keep methods (SUBSCRIPTION_PAYMENT_UNSUPPORTED); by the provider: PAYMENT_DECLINED.
 * The key is claimed in the transaction that holds the subscription's row (the kit's `onceForKey`):
 * a repeat answers the first result, a refused attempt may be retried with the same key. Emits
 * `orders.subscription.changed` (`changed: ['paymentMethod']`); the method itself is never answered.
 */
export async function changeSubscriptionPaymentMethod(
  deps: OrdersDeps,
  db: TenantDb,
  actor: Actor,
  ownerId: string | null,
  change: PaymentMethodChange,
): Promise<OrdersResult<SubscriptionRow>> {
  const provider = await paymentProviderNamed(deps, db, change.payment.provider);
  if (!provider.ok) return provider;
  const changed = await db.tx<{ id: string }, OrdersErrorCode>((sql, tx) => {
    const { idempotencyKey: key, ...request } = change;
    return onceForKey(
      sql,
      tx,
      { schema: 'orders', key, operation: 'subscriptionPaymentMethodUpdate', input: { ...request, ownerId } },
      async () => {
        const locked = await changeableSubscription(sql, change.id, ownerId, change.version);
        if (!locked.ok) return locked;
        const subscription = locked.value;
        if (!provider.value.saveMethod)
          return ordersFail(
            'SUBSCRIPTION_PAYMENT_UNSUPPORTED',
            `The payment provider "${provider.value.name}" cannot keep a payment method for renewals; choose another`,
            ['input', 'payment', 'provider'],
          );
        const saved = await saveSubscriptionMethod(provider.value, {
          tenantId: db.tenantId,
          token: change.payment.token,
          customerId: subscription.customerId,
          email: subscription.email,
          idempotencyKey: `subscription-method:${subscription.id}:${key}`,
        });
        if (!saved.ok) return ordersFail('PAYMENT_DECLINED', saved.reason, ['input', 'payment', 'token']);
        const row = await one<SubscriptionRow>(
          sql,
          `update orders.subscriptions set payment_provider = $2, payment_method_ref = $3,
             retry_at = case when status = 'past_due' then now() else retry_at end,
             version = version + 1, updated_at = now()
            where id = $1 returning ${SUBSCRIPTION_COLUMNS}`,
          [subscription.id, provider.value.name, saved.reference],
        );
        await tx.emit('orders.subscription.changed', subscription.id, {
          subscriptionId: subscription.id,
          customerId: subscription.customerId,
          email: subscription.email,
          changed: ['paymentMethod'],
          quantity: subscription.quantity,
          shippingAddress: subscription.shippingAddress,
          shippingMethodCode: subscription.shippingMethodCode,
          paymentProvider: provider.value.name,
          actor: actor.id,
          actorKind: actor.kind,
          nextRenewalAt: row!.nextRenewalAt.toISOString(),
        });
        return ok({ id: subscription.id });
      },
    );
  });
  if (!changed.ok) return changed;
  // the first answer stored the id only (a row read back from JSON would lose its dates)
  const [row] = await db.run((sql) => subscriptionsByIds(sql, [changed.value.id]));
  return row ? ok(row) : ordersFail('NOT_FOUND', 'No such subscription', FIELD_ID);
}
