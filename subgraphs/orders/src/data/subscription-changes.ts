import { ok } from '@ucos/kit';
import type { Sql, TenantDb } from '../db.ts';
import { one } from '../db.ts';
import type { ShippingQuote } from '../ports/calculators.ts';
import { type OrdersError, type OrdersResult, ordersError, ordersFail } from './errors.ts';
import type { Actor } from './machines.ts';
import type { Address } from './rows.ts';
import { loadShopShipping, type ShopShipping } from './shipping.ts';
import { type OfferDeps, shippingOffer } from './shipping-offer.ts';
import { lockedSubscription, SUBSCRIPTION_COLUMNS, type SubscriptionRow } from './subscriptions.ts';
import { checkQuantity } from './validation.ts';

/** What a shopper or staff may change on a subscription; an absent field keeps its value. */
export interface SubscriptionChange {
  id: string;
  /** the version the caller last saw: a stale one is a CONFLICT */
  version?: number | null;
  quantity?: number | null;
  /** already checked by the AddressInput rule (street, postal code, phone against its country) */
  shippingAddress?: Address | null;
  shippingMethod?: string | null;
}

const FIELD = (name: string) => ['input', name];

/**
 * The subscription's renewal order uses what it holds when it renews, so a change here is effective
 * from the next renewal and never touches an order already placed. `ownerId`: a shopper changes only
 * their own (another's is NOT_FOUND); null: staff. Refused with typed errors: a quantity out of 1–10,000
 * (INVALID_QUANTITY), a method the destination's zone does not offer in the subscription's currency,
 * or an address no zone serves, or whose zone lacks the kept method (SHIPPING_METHOD_UNAVAILABLE), a
 * cancelled subscription (INVALID_TRANSITION), a stale version (CONFLICT). Emits
 * `orders.subscription.changed` with what changed; the kit's audit trail records the mutation.
 */
export function changeSubscription(
  db: TenantDb,
  deps: OfferDeps,
  actor: Actor,
  ownerId: string | null,
  change: SubscriptionChange,
): Promise<OrdersResult<SubscriptionRow>> {
  if (change.quantity != null) {
    const invalid = checkQuantity(change.quantity, FIELD('quantity'));
    if (invalid) return Promise.resolve(invalid);
  }
  const method = change.shippingMethod?.trim() || null;
  const address = change.shippingAddress
    ? { ...change.shippingAddress, country: change.shippingAddress.country.toUpperCase() }
    : null;
  return db.tx(async (sql, tx) => {
    const locked = await changeableSubscription(sql, change.id, ownerId, change.version);
    if (!locked.ok) return locked;
    const subscription = locked.value;
    const next = {
      quantity: change.quantity ?? subscription.quantity,
      shippingAddress: address ?? subscription.shippingAddress,
      shippingMethodCode: method ?? subscription.shippingMethodCode,
    };
    if (address || method) {
      const offered = await methodsFor(
        deps,
        db.tenantId,
        await loadShopShipping(sql),
        subscription,
        next.quantity,
        next.shippingAddress.country,
      );
      const refused = shippingProblem(offered, subscription, next, Boolean(method));
      if (refused) return { ok: false, errors: [refused] };
    }
    const changed = changedFields(subscription, next);
    if (changed.length === 0) return ok(subscription);
    const row = await one<SubscriptionRow>(
      sql,
      `update orders.subscriptions set quantity = $2, shipping_address = $3::jsonb, shipping_method_code = $4,
         version = version + 1, updated_at = now()
        where id = $1 returning ${SUBSCRIPTION_COLUMNS}`,
      [subscription.id, next.quantity, JSON.stringify(next.shippingAddress), next.shippingMethodCode],
    );
    await tx.emit('orders.subscription.changed', subscription.id, {
      subscriptionId: subscription.id,
      customerId: subscription.customerId,
      email: subscription.email,
      changed,
      quantity: next.quantity,
      shippingAddress: next.shippingAddress,
      shippingMethodCode: next.shippingMethodCode,
      actor: actor.id,
      actorKind: actor.kind,
      nextRenewalAt: row!.nextRenewalAt.toISOString(),
    });
    return ok(row!);
  });
}

/**
 * The subscription a change applies to, its row locked by the caller's transaction: another
 * shopper's is NOT_FOUND (`ownerId` null: staff), a stale `version` a CONFLICT, a cancelled one an
 * INVALID_TRANSITION.
 */
export async function changeableSubscription(
  sql: Sql,
  id: string,
  ownerId: string | null,
  version: number | null | undefined,
): Promise<OrdersResult<SubscriptionRow>> {
  const subscription = await lockedSubscription(sql, id);
  if (!subscription || (ownerId !== null && subscription.customerId !== ownerId))
    return ordersFail('NOT_FOUND', 'No such subscription', FIELD('id'));
  if (version != null && version !== subscription.version)
    return ordersFail('CONFLICT', 'The subscription changed meanwhile; reload it', FIELD('version'));
  if (subscription.status === 'cancelled')
    return ordersFail('INVALID_TRANSITION', 'A cancelled subscription cannot change', FIELD('id'));
  return ok(subscription);
}

/**
 * The methods offered for deliveries of the subscription to `country` in its currency, cheapest
 * first (the zones, or the tenant's shipping-rate plugins, told no lines). Which methods a zone
 * offers depends on the country and currency only; their price also on the renewal's subtotal (a
 * free-shipping threshold), which the renewal's checkout prices with its lines.
 */
export async function methodsFor(
  deps: OfferDeps,
  tenantId: string,
  shop: ShopShipping,
  subscription: Pick<SubscriptionRow, 'id' | 'currency' | 'customerId'>,
  quantity: number,
  country: string,
): Promise<ShippingQuote[]> {
  const offer = await shippingOffer(deps, tenantId, shop, {
    currency: subscription.currency,
    subtotal: 0,
    itemCount: quantity,
    country,
    cartId: subscription.id,
    lines: [],
    customerId: subscription.customerId,
  });
  return offer.methods;
}

type Next = Pick<SubscriptionRow, 'quantity' | 'shippingAddress' | 'shippingMethodCode'>;

function changedFields(before: SubscriptionRow, next: Next): ('quantity' | 'shippingAddress' | 'shippingMethod')[] {
  const fields: ('quantity' | 'shippingAddress' | 'shippingMethod')[] = [];
  if (before.quantity !== next.quantity) fields.push('quantity');
  if (JSON.stringify(before.shippingAddress) !== JSON.stringify(next.shippingAddress)) fields.push('shippingAddress');
  if (before.shippingMethodCode !== next.shippingMethodCode) fields.push('shippingMethod');
  return fields;
}

/** The destination's zone must offer a method in the subscription's currency, and the kept or chosen one. */
function shippingProblem(
  offered: readonly ShippingQuote[],
  subscription: SubscriptionRow,
  next: Next,
  methodChanged: boolean,
): OrdersError | null {
  const country = next.shippingAddress.country;
  if (offered.length === 0)
    return ordersError(
      'SHIPPING_METHOD_UNAVAILABLE',
      `This shop does not ship to ${country} in ${subscription.currency}; choose another address`,
      ['input', 'shippingAddress', 'country'],
    );
  const code = next.shippingMethodCode;
  if (!code || offered.some((quote) => quote.code === code)) return null;
  const choices = offered.map((quote) => quote.code).join(', ');
  return methodChanged
    ? ordersError(
        'SHIPPING_METHOD_UNAVAILABLE',
        `The shipping method "${code}" is not offered for deliveries to ${country} in ${subscription.currency}; choose one of ${choices}`,
        ['input', 'shippingMethod'],
      )
    : ordersError(
        'SHIPPING_METHOD_UNAVAILABLE',
        `The subscription's shipping method "${code}" is not offered for deliveries to ${country}; choose one of ${choices} with the new address`,
        ['input', 'shippingAddress', 'country'],
      );
}
