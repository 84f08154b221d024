import {
  type AuthContext,
  localUuid,
  normalisedTaxId,
  ok,
  outcomeCounter,
  resultOutcome,
  taxIdProblem,
  type UnitOfWorkTx,
} from '@ucos/kit';
import type { CustomFieldValue, CustomFieldValueInput } from '@ucos/kit/custom-fields';
import { one, type Sql, type TenantDb } from '../db.ts';
import type { OrdersDeps } from '../deps.ts';
import { linesPayload, type OrdersEvents } from '../events/out/order-events.ts';
import type { ShippingQuote } from '../ports/calculators.ts';
import type { PaymentProvider } from '../ports/payment.ts';
import { canUseCart, customerIdOf } from './access.ts';
import { dropCartGiftCard } from './cart-gift-cards.ts';
import { loadCart, loadCartLines } from './carts.ts';
import { checkoutCustomFieldsChecked, storeCheckoutCustomFields } from './custom-fields.ts';
import { customerGroupOf, ensureCustomer } from './customers.ts';
import { type OrdersError, type OrdersResult, ordersError, ordersFail, pluginRefusedError } from './errors.ts';
import { debitGiftCard, giftCardProblem, giftCardShare, giftCardsByIds } from './gift-cards.ts';
import { actorOf, recordTransition } from './machines.ts';
import { displayNumberOf } from './order-numbering.ts';
import { type PricedLine, priceLines } from './pricing.ts';
import { buyerOf, cartPromotions, loadOfferRows, withoutUsedUp } from './promotions.ts';
import { redeem } from './redemptions.ts';
import { type Address, type CartRow, ORDER_LINE_COLUMNS, type OrderLineRow } from './rows.ts';
import { loadShopShipping, type ShopShipping } from './shipping.ts';
import { type OfferLine, type ShippingRequest, shippingOffer } from './shipping-offer.ts';
import { currencyNotSold, soldCurrencies } from './shop-currencies.ts';
import {
  activePlansOf,
  createSubscriptions,
  type SubscribingLine,
  saveSubscriptionMethod,
  subscribingLines,
  waiveTrials,
} from './subscription-checkout.ts';
import { loadShopTax } from './tax.ts';
import {
  AMOUNT_TOO_LARGE_MESSAGE,
  amountsTooLarge,
  pickShippingMethod,
  pricingContext,
  type Totals,
  totalsWithShipping,
} from './totals.ts';

export interface CheckoutInput {
  cartId: string;
  idempotencyKey: string;
  email: string;
  shippingAddress: Address;
  /** omitted: billed at the shipping address */
  billingAddress?: Address | null;
  /**
   * `saved`: the token is a method the provider saved (a subscription's); `offSession`: charged without
   * the shopper (a renewal). Neither is in the API's input: only the renewal job sets them.
   */
  payment: { provider: string; token: string; saved?: boolean; offSession?: boolean };
  /** set by the renewal job: the subscription this checkout renews (its cart subscribes nobody again) */
  renewalOf?: string | null;
  /** when given, a cart changed since the shopper last saw it is a CONFLICT */
  cartVersion?: number | null;
  /** a method code; omitted: the cart's chosen method, else the cheapest offered to the address */
  shippingMethod?: string | null;
  /** the buyer's tax id: a VAT id of another EU country than the shop's makes the order reverse-charged */
  customerTaxId?: string | null;
  /** ORDER custom fields the shop shows shoppers (STOREFRONT); checked before anything is claimed */
  customFields?: readonly CustomFieldValueInput[] | null;
}

interface Attempt {
  cartId: string;
  orderId: string;
  status: 'pending' | 'succeeded' | 'failed';
  errors: OrdersError[] | null;
  leaseExpired: boolean;
  generation: number;
}

const FIELD_CART = ['input', 'cartId'];
const FIELD_SHIPPING_METHOD = ['input', 'shippingMethod'];
/** a refusal of the cart's code (not of an automatic promotion): the code is then taken off the cart */
const FIELD_PROMOTION_CODE = ['input', 'cartId', 'promotionCode'];
/** a refusal of the cart's gift card: the card is then taken off the cart */
const FIELD_GIFT_CARD = ['input', 'cartId', 'giftCard'];
/** the order's payment provider when its gift card paid all of it (no provider was asked) */
export const GIFT_CARD_PROVIDER = 'gift_card';
/** The payment reference of an order that cost nothing: its provider was never asked (no authorisation). */
export const NOTHING_CHARGED = 'nothing_charged';

/**
 * checkoutComplete. All of it happens or none of it:
 *  1. claim the idempotency key (a unique row, inserted before anything else); a replay waits for and
 *     returns the first result, the same key for another cart is IDEMPOTENCY_KEY_REUSED;
 *  2. re-price the cart from catalog (never a client price), price the shipping method for the
 *     address and compute tax;
 *  3. reserve the stock in inventory (all or nothing, reference = the new order id);
 *  4. authorise the payment (idempotent on the checkout key) for what the cart's gift card does not
 *     cover — nothing when it covers the total; a decline releases the reservation, the card untouched;
 *  5. one transaction: the cart becomes `completed` (only if still open and unchanged), the gift card
 *     is debited (a conditional update: never below zero), the order, its lines, its first
 *     transitions, the `orders.order.created` event and the attempt's result.
 * If step 5 cannot commit, the payment is voided and the reservation released. If the process dies
 * between 3 and 5, the reservation's TTL returns the stock and a replay after the lease takes over.
 */
export async function checkoutComplete(
  deps: OrdersDeps,
  db: TenantDb,
  auth: AuthContext,
  input: CheckoutInput,
): Promise<OrdersResult<{ orderId: string }>> {
  const result = await completeCheckout(deps, db, auth, input);
  checkouts.inc({ outcome: resultOutcome(result) });
  return result;
}

/** Checkouts by outcome: `ok`, or the payload error code the shopper got (declared, so bounded). */
const checkouts = outcomeCounter('ucos_checkouts_total', 'Checkouts completed, by outcome (ok or the error code)');

async function completeCheckout(
  deps: OrdersDeps,
  db: TenantDb,
  auth: AuthContext,
  input: CheckoutInput,
): Promise<OrdersResult<{ orderId: string }>> {
  const invalid = validate(input);
  if (invalid) return invalid;
  const provider = await paymentProviderOf(deps, db, input);
  if (!provider.ok) return provider;
  const cartId = localUuid(input.cartId, 'Cart', ['input', 'cartId']);
  const snapshot = cartId
    ? await db.run(async (sql) => {
        const cart = await loadCart(sql, cartId);
        if (!cart) return null;
        const lines = await loadCartLines(sql, [cartId]);
        const shipping = await loadShopShipping(sql);
        const plans = await activePlansOf(
          sql,
          lines.map((line) => line.variantId),
        );
        return {
          cart,
          lines,
          sold: await soldCurrencies(sql),
          plans,
          shipping,
          fields: await checkoutCustomFieldsChecked(sql, input.customFields),
        };
      })
    : null;
  if (!cartId || !snapshot || !canUseCart(auth, snapshot.cart)) {
    return ordersFail('NOT_FOUND', 'No such cart', FIELD_CART);
  }
  // Checked before the key is claimed, so a wrong method stores nothing (not even a failed attempt)
  // and the shopper can correct it and resubmit with the same key. `prepare` checks again with the
  // catalog's prices: a calculator may price by subtotal.
  const { cart, lines } = snapshot;
  // a cart in a currency the shop has stopped selling since it was created: nothing is stored
  const notSold = currencyNotSold(snapshot.sold, cart.currency, FIELD_CART);
  if (notSold) return notSold;
  const shipping = await chooseShippingMethod(
    deps,
    db.tenantId,
    snapshot.shipping,
    input,
    cart,
    lines,
    cart.customerId,
  );
  if (!shipping.ok) return shipping;
  if (!snapshot.fields.ok) return snapshot.fields;
  // lines of variants sold by subscription: refused for a guest, before anything is stored
  const subscribing = subscribingLines(auth, cart, lines, snapshot.plans, provider.value, Boolean(input.renewalOf));
  if (!subscribing.ok) return subscribing;

  const deadline = Date.now() + (deps.checkoutLeaseSeconds + 30) * 1000;
  for (let pause = 10; ; pause = Math.min(pause * 2, 200)) {
    const attempt = await claim(deps, db, input.idempotencyKey, cartId);
    if (attempt.cartId !== cartId) {
      return ordersFail('IDEMPOTENCY_KEY_REUSED', 'This key was used for another cart', ['input', 'idempotencyKey']);
    }
    if (attempt.status === 'succeeded') return ok({ orderId: attempt.orderId });
    if (attempt.status === 'failed') return { ok: false, errors: attempt.errors ?? [] };
    if ('owned' in attempt) {
      return run(deps, db, auth, input, cartId, attempt, provider.value, subscribing.value, snapshot.fields.value);
    }
    if (Date.now() > deadline) {
      return ordersFail('CHECKOUT_IN_PROGRESS', 'This checkout is still being processed; retry later', null);
    }
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}

const customerTaxIdOf = (input: CheckoutInput) =>
  input.customerTaxId?.trim() ? normalisedTaxId(input.customerTaxId) : null;

function validate(input: CheckoutInput): OrdersResult<never> | null {
  const taxId = customerTaxIdOf(input);
  const taxIdInvalid = taxId ? taxIdProblem(taxId) : null;
  if (taxIdInvalid) return ordersFail('INVALID_TAX_ID', taxIdInvalid, ['input', 'customerTaxId']);
  return null;
}

/** The provider the checkout names: built in, or an adapter the tenant configured and enabled (Stripe). */
const paymentProviderOf = (deps: OrdersDeps, db: TenantDb, input: CheckoutInput) =>
  paymentProviderNamed(deps, db, input.payment.provider);

/** A provider by name: built in, or an adapter the tenant configured and enabled (typed error otherwise). */
export async function paymentProviderNamed(deps: OrdersDeps, db: TenantDb, name: string) {
  const provider =
    deps.payments.builtIn.get(name) ?? (await db.run((sql) => deps.payments.resolve(sql, db.tenantId, name, 'new')));
  return provider
    ? ok(provider)
    : ordersFail(
        'INVALID_INPUT',
        `Unknown payment provider "${name}", or one this shop has not configured and enabled (Settings → Integrations)`,
        ['input', 'payment', 'provider'],
      );
}

const destinationCountry = (input: CheckoutInput) => input.shippingAddress.country.toUpperCase();

/** The input's code wins; else what the shopper chose on the cart; else null (the cheapest offered). */
const requestedMethod = (input: CheckoutInput, cart: CartRow) =>
  input.shippingMethod?.trim() || cart.shippingMethod || null;

/** What the shipping offer at checkout is for: the lines (as priced), the buyer and the address. */
const shippingRequest = (
  input: CheckoutInput,
  cart: CartRow,
  lines: readonly OfferLine[],
  buyerId: string | null,
): ShippingRequest => ({
  ...pricingContext(cart.currency, [...lines], destinationCountry(input)),
  cartId: cart.id,
  lines,
  customerId: buyerId,
  address: input.shippingAddress,
});

/**
 * The shipping method checkout charges for these lines of the cart (as priced) and this buyer: the
 * one asked for (`requestedMethod`) when the offer for the address has it, else the cheapest offered.
 */
async function chooseShippingMethod(
  deps: OrdersDeps,
  tenantId: string,
  shop: ShopShipping,
  input: CheckoutInput,
  cart: CartRow,
  lines: readonly OfferLine[],
  buyerId: string | null,
): Promise<OrdersResult<ShippingQuote>> {
  const context = shippingRequest(input, cart, lines, buyerId);
  const requested = requestedMethod(input, cart);
  const offer = await shippingOffer(deps, tenantId, shop, context);
  if (offer.refusal) return { ok: false, errors: [pluginRefusedError(offer.refusal)] };
  const chosen = pickShippingMethod(offer.methods, requested);
  if (chosen) return ok(chosen);
  const where = `deliveries to ${context.country} in ${context.currency}`;
  return ordersFail(
    'SHIPPING_METHOD_UNAVAILABLE',
    requested
      ? `The shipping method "${requested}" is not offered for ${where}; choose another one`
      : `No shipping method is offered for ${where}`,
    FIELD_SHIPPING_METHOD,
  );
}

/**
 * Claims the key: the first caller inserts the row and owns the checkout. Everyone else reads it; a
 * pending row whose lease ran out (its owner died) is taken over by exactly one of them.
 */
async function claim(
  deps: OrdersDeps,
  db: TenantDb,
  key: string,
  cartId: string,
): Promise<Attempt | (Attempt & { owned: true })> {
  // its own unit of work: the claim must hold (and be visible to a concurrent replay) before the checkout runs
  const claimed = await db.tx<Attempt | (Attempt & { owned: true }), never>(async (sql) => {
    const inserted = await one<{ orderId: string }>(
      sql,
      `insert into orders.checkout_attempts (tenant_id, key, cart_id, order_id, lease_until)
       values ($1, $2, $3, gen_random_uuid(), now() + make_interval(secs => $4))
       on conflict do nothing returning order_id as "orderId"`,
      [db.tenantId, key, cartId, deps.checkoutLeaseSeconds],
    );
    if (inserted) {
      return ok({
        cartId,
        orderId: inserted.orderId,
        status: 'pending' as const,
        errors: null,
        leaseExpired: false,
        generation: 0,
        owned: true as const,
      });
    }
    const taken = await one<{ orderId: string }>(
      sql,
      `update orders.checkout_attempts set lease_until = now() + make_interval(secs => $3), updated_at = now()
         where key = $1 and cart_id = $2 and status = 'pending' and lease_until < now()
         returning order_id as "orderId"`,
      [key, cartId, deps.checkoutLeaseSeconds],
    );
    if (taken) {
      return ok({
        cartId,
        orderId: taken.orderId,
        status: 'pending' as const,
        errors: null,
        leaseExpired: true,
        generation: Date.now(),
        owned: true as const,
      });
    }
    const row = await one<Omit<Attempt, 'leaseExpired' | 'generation'>>(
      sql,
      `select cart_id as "cartId", order_id as "orderId", status, errors from orders.checkout_attempts where key = $1`,
      [key],
    );
    // the row can vanish when its owner gave up on a transient failure: the next round claims it
    return ok(
      row
        ? { ...row, leaseExpired: false, generation: 0 }
        : { cartId, orderId: '', status: 'pending' as const, errors: null, leaseExpired: false, generation: 0 },
    );
  });
  if (!claimed.ok) throw new Error('claiming a checkout key cannot fail as a business result');
  return claimed.value;
}

async function run(
  deps: OrdersDeps,
  db: TenantDb,
  auth: AuthContext,
  input: CheckoutInput,
  cartId: string,
  attempt: Attempt,
  provider: PaymentProvider,
  subscribing: readonly SubscribingLine[],
  checkedFields: Readonly<Record<string, CustomFieldValue>>,
): Promise<OrdersResult<{ orderId: string }>> {
  const { orderId } = attempt;
  const finish = async (errors: OrdersError[]) => {
    // a code that no longer applies leaves the cart, so it keeps working without it
    if (errors.some((error) => PROMOTION_REFUSALS.has(error.code) && error.field?.at(-1) === 'promotionCode')) {
      await dropCartCode(db, cartId);
    }
    if (errors.some((error) => error.code.startsWith('GIFT_CARD_') && error.field?.at(-1) === 'giftCard')) {
      await dropCartGiftCard(db, cartId);
    }
    return finishFailed(db, input.idempotencyKey, errors);
  };
  let reserved = false;
  try {
    const prepared = await prepare(deps, db, input, cartId, subscribing, input.renewalOf ? customerIdOf(auth) : null);
    if (!prepared.ok) return finish(prepared.errors);
    const { lines, totals, shippingMethod, cartVersion, giftCardId, giftCardAmount } = prepared.value;
    // the cart's customer, else the signed-in shopper checking out a guest cart: the order row and
    // its event carry this one value
    const customerId = prepared.value.customerId ?? customerIdOf(auth);
    const tenantId = db.tenantId;
    // tenants' validator plugins see the priced checkout before anything is reserved or charged
    const refused = await deps.validators.checkout(tenantId, {
      cartId,
      currency: prepared.value.currency,
      lines,
      subtotal: totals.subtotal,
      shipping: totals.shipping,
      tax: totals.tax,
      total: totals.total,
      email: input.email,
      shippingAddress: input.shippingAddress,
      shippingMethod: shippingMethod.code,
      customerId,
    });
    if (refused) return finish([pluginRefusedError(refused)]);
    if (attempt.leaseExpired) await deps.stock.release(tenantId, orderId); // whatever the dead owner reserved
    const reservation = await deps.stock.reserve(tenantId, {
      reference: orderId,
      lines: lines.map((line) => ({ variantId: line.variantId, quantity: line.quantity })),
      ttlSeconds: deps.reservationTtlSeconds,
      idempotencyKey: `checkout:${input.idempotencyKey}:${attempt.generation}`,
    });
    if (!reservation.ok) {
      return finish(
        reservation.insufficient.map((short) =>
          ordersError(
            'INSUFFICIENT_STOCK',
            short.message || 'Not enough stock',
            short.variantId ? ['input', 'cartId', short.variantId] : FIELD_CART,
          ),
        ),
      );
    }
    reserved = true;
    // a subscription's method is saved with the provider first, and this order is charged to it
    let payWith = input.payment;
    if (subscribing.length > 0 && customerId) {
      const saved = await saveSubscriptionMethod(provider, {
        tenantId,
        token: input.payment.token,
        customerId,
        email: input.email,
        idempotencyKey: `checkout:${input.idempotencyKey}`,
      });
      if (!saved.ok) {
        await deps.stock.release(tenantId, orderId);
        reserved = false;
        return finish([ordersError('PAYMENT_DECLINED', saved.reason, ['input', 'payment', 'token'])]);
      }
      payWith = { ...input.payment, token: saved.reference, saved: true };
    }
    // the provider is charged what the gift card leaves. Nothing left (a gift card covers the total, or
    // a free order such as a trial's first with free shipping) asks the provider nothing: no zero
    // authorisation, which real PSPs refuse; a subscription's method was saved above all the same
    const providerAmount = totals.total - giftCardAmount;
    const charged = providerAmount > 0;
    const payment = charged
      ? await provider.authorize({
          tenantId,
          amount: providerAmount,
          currency: prepared.value.currency,
          token: payWith.token,
          idempotencyKey: `checkout:${input.idempotencyKey}`,
          ...(payWith.saved ? { saved: true } : {}),
          ...(payWith.offSession ? { offSession: true } : {}),
        })
      : { ok: true as const, reference: `${giftCardAmount > 0 ? GIFT_CARD_PROVIDER : NOTHING_CHARGED}:${orderId}` };
    if (!payment.ok) {
      await deps.stock.release(tenantId, orderId);
      reserved = false;
      return finish([ordersError('PAYMENT_DECLINED', payment.reason, ['input', 'payment', 'token'])]);
    }
    const created = await db.tx(async (sql, tx) => {
      const closed = await sql.query(
        `update orders.carts set status = 'completed', version = version + 1, updated_at = now()
           where id = $1 and status = 'open' and version = $2`,
        [cartId, cartVersion],
      );
      if (closed.rowCount === 0) {
        return ordersFail('CONFLICT', 'The cart changed or was checked out meanwhile; reload it', FIELD_CART);
      }
      await redeem(sql, tenantId, {
        orderId,
        customerId,
        email: input.email,
        applied: totals.applied,
        codeId: prepared.value.codeId,
      });
      if (giftCardId && giftCardAmount > 0) {
        await debitGiftCard(sql, tenantId, { giftCardId, orderId, amount: giftCardAmount, field: FIELD_GIFT_CARD });
      }
      await insertOrder(sql, tx, auth, {
        orderId,
        cartId,
        customerId,
        input,
        currency: prepared.value.currency,
        lines,
        totals,
        shippingMethod,
        provider: charged || giftCardAmount === 0 ? provider.name : GIFT_CARD_PROVIDER,
        paymentReference: payment.reference,
        giftCardId: giftCardAmount > 0 ? giftCardId : null,
        giftCardAmount,
        checkedFields,
      });
      if (subscribing.length > 0 && customerId) {
        await createSubscriptions(sql, tx, {
          lines: subscribing,
          customerId,
          orderId,
          checkoutKey: input.idempotencyKey,
          email: input.email,
          currency: prepared.value.currency,
          shippingAddress: { ...input.shippingAddress, country: destinationCountry(input) },
          billingAddress: input.billingAddress
            ? { ...input.billingAddress, country: input.billingAddress.country.toUpperCase() }
            : null,
          shippingMethodCode: shippingMethod.code,
          provider: provider.name,
          paymentMethodRef: payWith.token,
          actor: actorOf(auth),
        });
      }
      await sql.query(`update orders.checkout_attempts set status = 'succeeded', updated_at = now() where key = $1`, [
        input.idempotencyKey,
      ]);
      return ok(null);
    });
    if (!created.ok) {
      if (charged) await provider.void(payment.reference);
      await deps.stock.release(tenantId, orderId);
      reserved = false;
      return finish(created.errors);
    }
    // the order exists: stop the reservation expiring (the orders-reservations consumer retries this)
    await deps.stock
      .confirm(tenantId, orderId)
      .catch((error: unknown) => deps.log.warn({ err: error, orderId }, 'confirm later'));
    return ok({ orderId });
  } catch (error) {
    // a transient failure (catalog, inventory, the database): undo what we did, free the key for a retry
    deps.log.warn({ err: error, orderId }, 'checkout failed unexpectedly; compensating');
    if (reserved) await deps.stock.release(db.tenantId, orderId).catch(() => undefined);
    await db
      .tx(async (sql) =>
        ok(
          await sql.query(`delete from orders.checkout_attempts where key = $1 and status = 'pending'`, [
            input.idempotencyKey,
          ]),
        ),
      )
      .catch(() => undefined);
    return ordersFail(
      'SERVICE_UNAVAILABLE',
      'Checkout could not be completed right now; retry with the same key',
      null,
    );
  }
}

const PROMOTION_REFUSALS = new Set<string>([
  'PROMOTION_CODE_INVALID',
  'PROMOTION_EXPIRED',
  'PROMOTION_NOT_STARTED',
  'PROMOTION_EXHAUSTED',
  'PROMOTION_NOT_APPLICABLE',
]);

/** Takes the code off the cart (the version moves: its totals changed). */
async function dropCartCode(db: TenantDb, cartId: string): Promise<void> {
  await db.tx(async (sql) =>
    ok(
      await sql.query(
        `update orders.carts set promotion_code = null, version = version + 1, updated_at = now()
           where id = $1 and status = 'open' and promotion_code is not null`,
        [cartId],
      ),
    ),
  );
}

interface Prepared {
  /** the code row behind the cart's code, when it applies */
  codeId: string | null;
  lines: PricedLine[];
  totals: Totals;
  shippingMethod: ShippingQuote;
  currency: string;
  cartVersion: number;
  customerId: string | null;
  /** the cart's gift card and what it pays of the total (0: none) */
  giftCardId: string | null;
  giftCardAmount: number;
}

/** Reads the cart (must be open, non-empty, at the expected version) and prices it from catalog. */
async function prepare(
  deps: OrdersDeps,
  db: TenantDb,
  input: CheckoutInput,
  cartId: string,
  subscribing: readonly SubscribingLine[],
  subscriber: string | null,
): Promise<OrdersResult<Prepared>> {
  const snapshot = await db.run(async (sql) => {
    const cart = await loadCart(sql, cartId);
    const lines = cart ? await loadCartLines(sql, [cartId]) : [];
    // a renewal's cart is anonymous (the shopper's own open cart stays theirs), but it is the
    // subscriber's order: priced, promoted and limited as theirs (a B2B buyer pays their company's price)
    const buyerId = cart?.customerId ?? subscriber;
    return {
      cart,
      lines,
      buyerId,
      group: await customerGroupOf(sql, buyerId),
      shipping: await loadShopShipping(sql),
      tax: await loadShopTax(sql),
      offers: cart
        ? await withoutUsedUp(
            sql,
            await loadOfferRows(sql, cart.promotionCode),
            { customerId: buyerId, email: input.email },
            FIELD_PROMOTION_CODE,
          )
        : { rows: [], problem: null },
      buyer: await buyerOf(sql, buyerId),
      giftCard: cart?.giftCardId ? ((await giftCardsByIds(sql, [cart.giftCardId]))[0] ?? null) : null,
    };
  });
  const { cart, lines, group } = snapshot;
  if (!cart) return ordersFail('NOT_FOUND', 'No such cart', FIELD_CART);
  if (cart.status !== 'open') return ordersFail('CART_NOT_OPEN', `The cart is ${cart.status}`, FIELD_CART);
  if (lines.length === 0) return ordersFail('CART_EMPTY', 'The cart has no lines', FIELD_CART);
  if (input.cartVersion != null && input.cartVersion !== cart.version) {
    return ordersFail('CONFLICT', 'The cart was changed meanwhile; reload it', ['input', 'cartVersion']);
  }
  // re-validated here, before anything is reserved or charged; the limits once more when the order is written
  const promotions = cartPromotions(snapshot.offers.rows, cart.promotionCode, cart.currency);
  // a code this buyer used up is left out of the rows: its own error wins over "no such code"
  const codeProblem = snapshot.offers.problem ?? promotions.codeProblem;
  if (codeProblem) return { ok: false, errors: [{ ...codeProblem, field: FIELD_PROMOTION_CODE }] };
  const quantities = new Map(lines.map((line) => [line.variantId, line.quantity]));
  const listed = await priceLines(deps, db.tenantId, cart.currency, group, quantities, FIELD_CART);
  if (!listed.ok) return listed;
  const priced = waiveTrials(
    listed.value,
    subscribing.map((line) => line.plan),
  );
  const context = pricingContext(cart.currency, priced, destinationCountry(input));
  const shippingMethod = await chooseShippingMethod(
    deps,
    db.tenantId,
    snapshot.shipping,
    input,
    cart,
    priced,
    snapshot.buyerId,
  );
  if (!shippingMethod.ok) return shippingMethod;
  // the shop's price plugins run on the catalog prices again, as the cart view did: the same answer
  // for the same lines, so the order is what the cart showed (never an adjustment of an adjustment)
  const adjusted = await deps.validators.priceAdjust(db.tenantId, {
    cartId,
    currency: cart.currency,
    lines: priced,
    customerId: snapshot.buyerId,
  });
  if (adjusted.refusal) return { ok: false, errors: [pluginRefusedError(adjusted.refusal)] };
  const totals = totalsWithShipping(
    deps,
    context,
    { amount: shippingMethod.value.amount, method: shippingMethod.value.code },
    { shop: snapshot.tax, lines: priced, customerTaxId: customerTaxIdOf(input) },
    { promotions: promotions.promotions, buyer: { ...snapshot.buyer, customerId: snapshot.buyerId } },
    adjusted.adjustments,
  );
  if (amountsTooLarge(totals)) return ordersFail('AMOUNT_TOO_LARGE', AMOUNT_TOO_LARGE_MESSAGE, FIELD_CART);
  // checked again here (disabled, expired or spent since it was applied); debited when the order is written
  const giftCardRefused = cart.giftCardId ? giftCardProblem(snapshot.giftCard, cart.currency, FIELD_GIFT_CARD) : null;
  if (giftCardRefused) return { ok: false, errors: [giftCardRefused] };
  return ok({
    giftCardId: cart.giftCardId,
    giftCardAmount: giftCardShare(snapshot.giftCard, totals.total),
    codeId: promotions.codeId,
    lines: priced,
    totals,
    shippingMethod: shippingMethod.value,
    currency: cart.currency,
    cartVersion: cart.version,
    customerId: snapshot.buyerId,
  });
}

/**
 * A failed checkout is persisted on purpose: its own unit of work commits the attempt as failed, so a
 * replay with the same key returns the same errors instead of charging or reserving again.
 */
async function finishFailed(db: TenantDb, key: string, errors: OrdersError[]): Promise<OrdersResult<never>> {
  await db.tx(async (sql) =>
    ok(
      await sql.query(
        `update orders.checkout_attempts set status = 'failed', errors = $2::jsonb, updated_at = now() where key = $1`,
        [key, JSON.stringify(errors)],
      ),
    ),
  );
  return { ok: false, errors };
}

interface NewOrder {
  orderId: string;
  cartId: string;
  /** the one customer of the order: the cart's, else the signed-in shopper's */
  customerId: string | null;
  input: CheckoutInput;
  currency: string;
  lines: PricedLine[];
  totals: Totals;
  shippingMethod: ShippingQuote;
  provider: string;
  paymentReference: string;
  giftCardId: string | null;
  giftCardAmount: number;
  /** the custom fields checked before the transaction (the defaults, when the shopper sent none) */
  checkedFields: Readonly<Record<string, CustomFieldValue>>;
}

/**
 * The shop's next order number (see migration 0004) and its prefix (0025): held by this transaction
 * until it commits.
 */
async function nextOrderNumber(sql: Sql, tenantId: string): Promise<{ number: number; prefix: string }> {
  const { rows } = await sql.query<{ number: number; prefix: string }>(
    `insert into orders.order_number_counters (tenant_id, last_number) values ($1, 1001)
     on conflict (tenant_id) do update set last_number = order_number_counters.last_number + 1
     returning last_number::int as number, prefix`,
    [tenantId],
  );
  return rows[0]!;
}

async function insertOrder(
  sql: Sql,
  tx: UnitOfWorkTx<OrdersEvents, string>,
  auth: AuthContext,
  order: NewOrder,
): Promise<void> {
  const { tenantId } = tx;
  const address = { ...order.input.shippingAddress, country: order.input.shippingAddress.country.toUpperCase() };
  const billing = order.input.billingAddress
    ? { ...order.input.billingAddress, country: order.input.billingAddress.country.toUpperCase() }
    : null;
  // a shopper who signed in just to pay for a guest cart may be new to orders: their profile starts here
  if (order.customerId) await ensureCustomer(sql, tenantId, order.customerId);
  const { number, prefix } = await nextOrderNumber(sql, tenantId);
  await sql.query(
    `insert into orders.orders (tenant_id, id, cart_id, customer_id, email, status, payment_status, currency,
       subtotal_amount, shipping_amount, tax_amount, total_amount, shipping_address, payment_provider, payment_reference,
       shipping_method_code, shipping_method_name, shipping_method_amount, number, billing_address, number_prefix,
       tax_lines, prices_include_tax, customer_tax_id, tax_note, discount_amount, shipping_discount_amount, discounts,
       gift_card_id, gift_card_amount)
     values ($1, $2, $3, $4, $5, 'created', 'authorized', $6, $7, $8, $9, $10, $11::jsonb, $12, $13, $14, $15, $16, $17,
       $18::jsonb, $19, $20::jsonb, $21, $22, $23, $24, $25, $26::jsonb, $27, $28)`,
    [
      tenantId,
      order.orderId,
      order.cartId,
      order.customerId,
      order.input.email,
      order.currency,
      order.totals.subtotal,
      order.totals.shipping,
      order.totals.tax,
      order.totals.total,
      JSON.stringify(address),
      order.provider,
      order.paymentReference,
      order.shippingMethod.code,
      order.shippingMethod.name,
      order.shippingMethod.amount,
      number,
      billing ? JSON.stringify(billing) : null,
      prefix,
      JSON.stringify(order.totals.taxLines),
      order.totals.pricesIncludeTax,
      customerTaxIdOf(order.input),
      order.totals.taxNote,
      order.totals.discount,
      order.totals.shippingDiscount,
      JSON.stringify(order.totals.applied),
      order.giftCardId,
      order.giftCardAmount,
    ],
  );
  const customFields = await storeCheckoutCustomFields(
    sql,
    order.orderId,
    order.input.customFields,
    order.checkedFields,
  );
  // a signed-in shopper's profile learns their email from their first checkout
  if (order.customerId) {
    await sql.query(`update orders.customers set email = $2 where id = $1 and email is null`, [
      order.customerId,
      order.input.email,
    ]);
  }
  const { rows } = await sql.query<OrderLineRow>(
    `insert into orders.order_lines (tenant_id, order_id, position, variant_id, sku, title, quantity, unit_amount, tax_class,
       product_id, discount_amount, adjustments)
     select $1, $2, p, v, s, t, q, a, c, pr, d, j
       from unnest($3::int[], $4::uuid[], $5::text[], $6::text[], $7::int[], $8::bigint[], $9::text[], $10::uuid[],
         $11::bigint[], $12::jsonb[]) as l(p, v, s, t, q, a, c, pr, d, j)
     returning ${ORDER_LINE_COLUMNS}`,
    [
      tenantId,
      order.orderId,
      order.lines.map((_, index) => index),
      order.lines.map((line) => line.variantId),
      order.lines.map((line) => line.sku),
      order.lines.map((line) => line.title),
      order.lines.map((line) => line.quantity),
      order.lines.map((line) => line.unitAmount),
      order.lines.map((line) => line.taxClass),
      order.lines.map((line) => line.productId),
      order.lines.map((line) => order.totals.lineDiscounts.get(line.variantId) ?? 0),
      order.lines.map((line) => JSON.stringify(order.totals.lineAdjustments.get(line.variantId) ?? [])),
    ],
  );
  const actor = actorOf(auth);
  await recordTransition(sql, tenantId, order.orderId, 'order', null, 'created', actor, 'checkout');
  await recordTransition(sql, tenantId, order.orderId, 'payment', null, 'authorized', actor, order.provider);
  await tx.emit('orders.order.created', order.orderId, {
    orderId: order.orderId,
    number,
    displayNumber: displayNumberOf({ numberPrefix: prefix, number }),
    customerId: order.customerId,
    // workflows treat the one who placed it as the requester, who may not approve it
    actor: auth.kind === 'user' ? auth.subject : null,
    email: order.input.email,
    currency: order.currency,
    subtotalAmount: order.totals.subtotal,
    shippingAmount: order.totals.shipping,
    taxAmount: order.totals.tax,
    totalAmount: order.totals.total,
    shippingMethod: {
      code: order.shippingMethod.code,
      name: order.shippingMethod.name,
      amount: order.shippingMethod.amount,
    },
    shippingAddress: address,
    lines: linesPayload(rows.sort((a, b) => a.position - b.position)),
    taxLines: order.totals.taxLines,
    pricesIncludeTax: order.totals.pricesIncludeTax,
    customerTaxId: customerTaxIdOf(order.input),
    taxNote: order.totals.taxNote,
    discountAmount: order.totals.discount,
    shippingDiscountAmount: order.totals.shippingDiscount,
    discounts: order.totals.applied.map(({ explanation: _explanation, ...applied }) => applied),
    giftCardAmount: order.giftCardAmount,
    giftCardId: order.giftCardId,
    customFields,
  });
}
