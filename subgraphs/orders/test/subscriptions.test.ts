import { randomUUID } from 'node:crypto';
import { createLogger, encodeGlobalId, leastStatements } from '@ucos/kit';
import { describe, expect, it } from 'vitest';
import { renewalKey, renewSubscription } from '../src/data/subscription-renewals.ts';
import { SUBSCRIPTION_TRANSITIONS, type SubscriptionStatus } from '../src/data/subscriptions.ts';
import { createOrdersWorker, loadOrdersWorkerEnv, type OrdersWorker } from '../src/worker.ts';
import { MemoryCustomerAccounts } from './fakes.ts';
import {
  type Caller,
  CHECKOUT,
  cartWith,
  checkoutInput,
  customer,
  ordersSuite,
  SECRET,
  staff,
  statementsDuring,
  storefront,
  testPricing,
  VARIANTS,
  vid,
} from './harness.ts';

/**
 * Subscriptions (issue 14 §4): plans on variants, subscribing at checkout (signed-in shoppers only,
 * the method saved with the provider), renewals by the worker's job as normal orders (once per period
 * under concurrent runners and replays), dunning after failed charges, the shopper's and staff's
 * actions on the state machine, other shoppers and shops, statements per page.
 */
const workers: OrdersWorker[] = [];
const h = ordersSuite({
  onHand: { mug: 100_000, tee: 100_000 },
  // two replicas of the worker tier on their own pools, sharing the harness's fakes
  async started(service, own) {
    for (let index = 0; index < 2; index++) {
      const worker = await createOrdersWorker(
        loadOrdersWorkerEnv({
          NODE_ENV: 'test',
          DATABASE_URL: service.db.serviceUrl('orders'),
          INTERNAL_TOKEN_SECRET: SECRET,
          LOG_LEVEL: 'silent',
          SUBSCRIPTION_DUNNING_DAYS: '1,3,7',
        }),
        createLogger('orders-worker', 'silent'),
        {
          pricing: testPricing(),
          stock: service.stock,
          customerAccounts: new MemoryCustomerAccounts(),
          payments: [service.payments],
        },
      );
      own({ close: () => worker.close() });
      workers.push(worker);
    }
  },
});

const localId = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1] ?? '';

const PLAN_SET = `mutation ($input: SubscriptionPlanSetInput!) {
  subscriptionPlanSet(input: $input) {
    plan { id name intervalUnit intervalCount trialDays active version variant { id } }
    errors { code field message }
  }
}`;
const SUBSCRIPTION_FIELDS = `id status quantity currency intervalUnit intervalCount period nextRenewalAt failedAttempts
  stockWaits retryAt paymentProvider version availableActions plan { name } originOrder { id }
  renewals { period status attempts lastError order { id total { amount } } }
  history { from to actorKind reason }`;
const MINE = `query { mySubscriptions(first: 20) { totalCount edges { node { ${SUBSCRIPTION_FIELDS} } } } }`;
const ONE = `query ($id: ID!) { subscription(id: $id) { ${SUBSCRIPTION_FIELDS} } }`;
const act = (mutation: string) => `mutation ($input: SubscriptionActionInput!) {
  ${mutation}(input: $input) { subscription { id status period nextRenewalAt version availableActions } errors { code field message } }
}`;

async function planFor(shop: string, variant: string, input: Record<string, unknown> = {}) {
  const result = await h.call(
    PLAN_SET,
    { input: { variantId: vid(variant), name: 'Mug club', intervalUnit: 'MONTH', intervalCount: 1, ...input } },
    staff(shop),
  );
  expect(result.data?.subscriptionPlanSet.errors).toEqual([]);
  return result.data?.subscriptionPlanSet.plan;
}

/** A signed-in shopper subscribes to the mug plan at checkout; answers the order and the subscription. */
async function subscribe(shop: string, shopper: Caller = customer(shop), token = 'tok_ok') {
  if (!(await h.adminQuery(`select 1 from orders.subscription_plans where tenant_id = $1`, [shop])).length)
    await planFor(shop, VARIANTS.mug);
  const cart = await cartWith(h, shopper, [{ variantId: vid(VARIANTS.mug), quantity: 2 }]);
  const placed = await h.checkout(cart.id, shopper, { payment: { provider: 'test', token } });
  expect(placed.data?.checkoutComplete.errors).toEqual([]);
  const mine = await h.call(MINE, {}, shopper);
  const subscription = mine.data?.mySubscriptions.edges.at(-1)?.node;
  return { order: placed.data?.checkoutComplete.order, subscription, shopper, cart };
}

/** Makes the subscription due now (its renewal, or its pending retry). */
const makeDue = (subscriptionId: string) =>
  h.adminQuery(
    `update orders.subscriptions set next_renewal_at = now() - interval '1 minute',
       retry_at = case when retry_at is null then null else now() - interval '1 minute' end where id = $1`,
    [localId(subscriptionId)],
  );

const ordersOf = async (customerId: string) =>
  (
    await h.adminQuery<{ count: number }>(`select count(*)::int as count from orders.orders where customer_id = $1`, [
      customerId,
    ])
  )[0]!.count;

describe('plans', () => {
  const shop = randomUUID();

  it('sells a variant by subscription, changes its plan, refuses bad input with typed errors', async () => {
    const plan = await planFor(shop, VARIANTS.mug, { trialDays: 0 });
    expect(plan).toMatchObject({ name: 'Mug club', intervalUnit: 'MONTH', intervalCount: 1, active: true, version: 1 });
    const changed = await planFor(shop, VARIANTS.mug, { intervalUnit: 'WEEK', intervalCount: 2, trialDays: 14 });
    expect(changed).toMatchObject({ id: plan.id, intervalUnit: 'WEEK', intervalCount: 2, trialDays: 14, version: 2 });
    const bad = await h.call(
      PLAN_SET,
      { input: { variantId: vid(VARIANTS.tee), name: 'Tees', intervalUnit: 'DAY', intervalCount: 0, trialDays: 400 } },
      staff(shop),
    );
    expect(bad.data?.subscriptionPlanSet.plan).toBeNull();
    expect(bad.data?.subscriptionPlanSet.errors.map((error: { field: string[] }) => error.field.join('.'))).toEqual([
      'input.intervalCount',
      'input.trialDays',
    ]);
    const blank = await h.call(
      PLAN_SET,
      { input: { variantId: vid(VARIANTS.tee), name: ' ', intervalUnit: 'DAY', intervalCount: 1 } },
      staff(shop),
    );
    expect(blank.data?.subscriptionPlanSet.errors).toMatchObject([{ code: 'INVALID_INPUT', field: ['input', 'name'] }]);
    const listed = await h.call(
      `{ subscriptionPlans(first: 10) { totalCount edges { node { id } } } }`,
      {},
      staff(shop),
    );
    expect(listed.data?.subscriptionPlans.totalCount).toBe(1);
  });

  it('shows the storefront the active plans of a product page; readers and shoppers cannot set plans', async () => {
    const OF = `query ($ids: [ID!]!) { subscriptionPlansOfVariants(variantIds: $ids) { name intervalUnit trialDays } }`;
    const seen = await h.call(OF, { ids: [vid(VARIANTS.mug), vid(VARIANTS.tee)] }, storefront(shop));
    expect(seen.data?.subscriptionPlansOfVariants).toEqual([{ name: 'Mug club', intervalUnit: 'WEEK', trialDays: 14 }]);
    // another shop sees none of them
    const other = await h.call(OF, { ids: [vid(VARIANTS.mug)] }, storefront(randomUUID()));
    expect(other.data?.subscriptionPlansOfVariants).toEqual([]);
    for (const caller of [staff(shop, ['orders:read']), customer(shop), storefront(shop)]) {
      const refused = await h.call(
        PLAN_SET,
        { input: { variantId: vid(VARIANTS.tee), name: 'x', intervalUnit: 'DAY', intervalCount: 1 } },
        caller,
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('subscribing at checkout', () => {
  const shop = randomUUID();

  it('refuses a guest with a typed error and stores nothing', async () => {
    await planFor(shop, VARIANTS.mug);
    const guest = storefront(shop);
    const cart = await cartWith(h, guest, [{ variantId: vid(VARIANTS.mug), quantity: 1 }]);
    const input = checkoutInput(cart.id);
    const refused = await h.call(CHECKOUT, { input }, guest);
    expect(refused.data?.checkoutComplete).toMatchObject({
      order: null,
      errors: [{ code: 'SUBSCRIPTION_REQUIRES_ACCOUNT', field: ['input', 'cartId'] }],
    });
    const attempts = await h.adminQuery(`select 1 from orders.checkout_attempts where key = $1`, [
      input.idempotencyKey,
    ]);
    expect(attempts).toEqual([]);
    expect(await h.adminQuery(`select 1 from orders.subscriptions where tenant_id = $1`, [shop])).toEqual([]);
  });

  it('subscribes a signed-in shopper: the order is period 1, the method saved, the next renewal one interval on', async () => {
    const before = h.payments.calls.saveMethod;
    const { order, subscription, shopper } = await subscribe(shop);
    expect(h.payments.calls.saveMethod).toBe(before + 1);
    expect(subscription).toMatchObject({
      status: 'ACTIVE',
      quantity: 2,
      currency: 'EUR',
      intervalUnit: 'MONTH',
      intervalCount: 1,
      period: 2,
      failedAttempts: 0,
      paymentProvider: 'test',
      originOrder: { id: order.id },
      renewals: [],
      history: [{ from: null, to: 'ACTIVE', actorKind: 'customer', reason: 'checkout' }],
      availableActions: ['PAUSE', 'SKIP_NEXT', 'CANCEL'],
    });
    const days = (Date.parse(subscription.nextRenewalAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(27);
    expect(days).toBeLessThan(32);
    // the saved reference is kept, never answered
    const [row] = await h.adminQuery<{ ref: string }>(
      `select payment_method_ref as ref from orders.subscriptions where id = $1`,
      [localId(subscription.id)],
    );
    expect(row!.ref).toMatch(/^test_pm_[0-9a-f]{24}$/);
    // another shopper and another shop see nothing of it
    expect((await h.call(ONE, { id: subscription.id }, customer(shop))).data?.subscription).toBeNull();
    expect((await h.call(ONE, { id: subscription.id }, staff(randomUUID()))).data?.subscription).toBeNull();
    expect((await h.call(MINE, {}, customer(shop))).data?.mySubscriptions.totalCount).toBe(0);
    expect((await h.call(ONE, { id: subscription.id }, shopper)).data?.subscription.id).toBe(subscription.id);
    const events = await h.adminQuery<{ type: string }>(
      `select type from orders.outbox where tenant_id = $1 and type like 'orders.subscription.%'`,
      [shop],
    );
    expect(events.map((event) => event.type)).toContain('orders.subscription.created');
  });

  it('starts a trial plan as trialing: the line is not charged, the first renewal at trial end charges in full', async () => {
    const trialShop = randomUUID();
    await planFor(trialShop, VARIANTS.mug, { trialDays: 10 });
    const { subscription, order, shopper, cart } = await subscribe(trialShop);
    expect(subscription.status).toBe('TRIALING');
    // the cart showed the line as checkout charged it: nothing now, the same total (no "price changed")
    expect(cart).toMatchObject({
      lines: [{ sku: 'MUG-1', quantity: 2, unitPrice: { amount: 0 } }],
      subtotal: { amount: 0 },
    });
    expect((cart as unknown as { total: { amount: number } }).total.amount).toBe(order.total.amount);
    const days = (Date.parse(subscription.nextRenewalAt) - Date.now()) / 86_400_000;
    expect(Math.round(days)).toBe(10);
    // the trial waives the subscription line (still reserved and shipped); shipping is charged as usual
    expect(order.lines).toEqual([{ sku: 'MUG-1', quantity: 2, unitPrice: { amount: 0 } }]);
    const [first] = await h.adminQuery<{ subtotal: number; shipping: number; total: number }>(
      `select subtotal_amount::float8 as subtotal, shipping_amount::float8 as shipping, total_amount::float8 as total
         from orders.orders where id = $1`,
      [localId(order.id)],
    );
    expect(first!.subtotal).toBe(0);
    expect(h.stock.reservations.get(localId(order.id))).toEqual([{ variantId: VARIANTS.mug, quantity: 2 }]);
    await makeDue(subscription.id);
    expect((await workers[0]!.renewOnce()).renewed).toBeGreaterThanOrEqual(1);
    const renewed = (await h.call(ONE, { id: subscription.id }, shopper)).data?.subscription;
    expect(renewed).toMatchObject({ status: 'ACTIVE', period: 3 });
    const renewal = await h.call(
      `query ($id: ID!) { order(id: $id) { subtotal { amount } lines { sku quantity unitPrice { amount } } } }`,
      { id: renewed.renewals[0].order.id },
      shopper,
    );
    const listPrice = 1250; // the mug's EUR price in testPricing
    expect(renewal.data?.order).toEqual({
      subtotal: { amount: 2 * listPrice },
      lines: [{ sku: 'MUG-1', quantity: 2, unitPrice: { amount: listPrice } }],
    });
    expect(renewed.renewals[0].order.total.amount).toBeGreaterThan(first!.total);
  });

  it('a trial order that costs nothing asks the provider for no authorisation, but saves the card its renewals charge', async () => {
    const freeShop = randomUUID();
    await planFor(freeShop, VARIANTS.mug, { trialDays: 7 });
    // shipping is free from any subtotal here: the trial's first order costs 0.00
    const zones = await h.call(
      'query { shippingZones { countries restOfWorld methods { id code price { currency } } } }',
      {},
      staff(freeShop),
    );
    type Zone = {
      countries: string[];
      restOfWorld: boolean;
      methods: { id: string; code: string; price: { currency: string } }[];
    };
    const all: Zone[] = zones.data?.shippingZones ?? [];
    const home = all.find((zone) => zone.countries.includes('DE')) ?? all.find((zone) => zone.restOfWorld);
    const standard = home?.methods.find((method) => method.code === 'standard' && method.price.currency === 'EUR');
    const free = await h.call(
      `mutation ($input: ShippingZoneMethodUpdateInput!) { shippingZoneMethodUpdate(input: $input) { errors { code message } } }`,
      { input: { id: standard?.id, freeFrom: 0 } },
      staff(freeShop),
    );
    expect(free.data?.shippingZoneMethodUpdate.errors).toEqual([]);
    const [authorized, saved] = [h.payments.calls.authorize, h.payments.calls.saveMethod];
    const { subscription, order, shopper } = await subscribe(freeShop);
    expect(order.total.amount).toBe(0);
    expect(h.payments.calls.authorize - authorized).toBe(0);
    expect(h.payments.calls.saveMethod - saved).toBe(1);
    expect(subscription.status).toBe('TRIALING');
    const [row] = await h.adminQuery<{ provider: string; reference: string; status: string }>(
      `select payment_provider as provider, payment_reference as reference, payment_status as status
         from orders.orders where id = $1`,
      [localId(order.id)],
    );
    expect(row).toEqual({ provider: 'test', reference: `nothing_charged:${localId(order.id)}`, status: 'authorized' });
    // capturing it asks the provider nothing either
    const captured = await h.call(
      `mutation ($input: OrderTransitionInput!) { orderPaymentCapture(input: $input) { order { paymentStatus } errors { code } } }`,
      { input: { orderId: order.id } },
      staff(freeShop),
    );
    expect(captured.data?.orderPaymentCapture).toEqual({ order: { paymentStatus: 'CAPTURED' }, errors: [] });
    // the first renewal, at the trial's end, charges the saved card in full
    await makeDue(subscription.id);
    expect((await renewSubscription(workers[0]!.deps, freeShop, localId(subscription.id))).outcome).toBe('renewed');
    expect(h.payments.calls.authorize - authorized).toBe(1);
    const renewed = (await h.call(ONE, { id: subscription.id }, shopper)).data?.subscription;
    expect(renewed.renewals[0].order.total.amount).toBe(2 * 1250);
  });

  it('refuses a card the provider will not save, with nothing placed', async () => {
    const shopper = customer(shop);
    const cart = await cartWith(h, shopper, [{ variantId: vid(VARIANTS.mug), quantity: 1 }]);
    const refused = await h.checkout(cart.id, shopper, { payment: { provider: 'test', token: 'tok_decline' } });
    expect(refused.data?.checkoutComplete.errors[0]?.code).toBe('PAYMENT_DECLINED');
    expect(await ordersOf(shopper.subject!)).toBe(0);
    expect(await h.adminQuery(`select 1 from orders.subscriptions where customer_id = $1`, [shopper.subject])).toEqual(
      [],
    );
  });
});

describe('renewals', () => {
  const shop = randomUUID();

  it('renews a due subscription as a normal order, once, and moves to the next period', async () => {
    await planFor(shop, VARIANTS.mug);
    const { subscription, shopper, order } = await subscribe(shop);
    const customerId = shopper.subject!;
    expect(await ordersOf(customerId)).toBe(1);
    // not due yet: nothing happens
    await workers[0]!.renewOnce();
    expect(await ordersOf(customerId)).toBe(1);
    await makeDue(subscription.id);
    const round = await workers[0]!.renewOnce();
    expect(round.renewed).toBeGreaterThanOrEqual(1);
    expect(await ordersOf(customerId)).toBe(2);
    const renewed = (await h.call(ONE, { id: subscription.id }, shopper)).data?.subscription;
    expect(renewed).toMatchObject({ status: 'ACTIVE', period: 3, failedAttempts: 0 });
    expect(renewed.renewals).toEqual([
      {
        period: 2,
        status: 'PAID',
        attempts: 1,
        lastError: null,
        order: { id: expect.any(String), total: expect.anything() },
      },
    ]);
    // the renewal order is the shopper's, reserved and authorised like any checkout's, at today's price
    const renewalOrder = renewed.renewals[0].order;
    expect(renewalOrder.id).not.toBe(order.id);
    expect(renewalOrder.total.amount).toBe(order.total.amount);
    const placed = await h.call(
      `query ($id: ID!) { order(id: $id) { status paymentStatus lines { sku quantity } } }`,
      { id: renewalOrder.id },
      shopper,
    );
    expect(placed.data?.order).toEqual({
      status: 'CREATED',
      paymentStatus: 'AUTHORIZED',
      lines: [{ sku: 'MUG-1', quantity: 2 }],
    });
    expect(h.stock.reservations.has(localId(renewalOrder.id))).toBe(true);
    // the next renewal counts from when this one was due, not from when it ran
    const next = Date.parse(renewed.nextRenewalAt) - Date.now();
    expect(next / 86_400_000).toBeGreaterThan(27);
    // run again: nothing more
    await workers[1]!.renewOnce();
    expect(await ordersOf(customerId)).toBe(2);
  });

  it('creates one order per period with two workers and replays racing', async () => {
    const { subscription, shopper } = await subscribe(shop);
    const customerId = shopper.subject!;
    await makeDue(subscription.id);
    const id = localId(subscription.id);
    const outcomes = await Promise.all([
      workers[0]!.renewOnce(),
      workers[1]!.renewOnce(),
      ...Array.from({ length: 6 }, (_, index) => renewSubscription(workers[index % 2]!.deps, shop, id)),
    ]);
    // exactly one runner placed and applied it; every other one found it done
    const applied = outcomes.reduce(
      (sum, outcome) => sum + ('outcome' in outcome ? Number(outcome.outcome === 'renewed') : outcome.renewed),
      0,
    );
    expect(applied).toBe(1);
    expect(await ordersOf(customerId)).toBe(2);
    const [row] = await h.adminQuery<{ period: number }>(`select period from orders.subscriptions where id = $1`, [id]);
    expect(row!.period).toBe(3);
    const renewals = await h.adminQuery(
      `select period, status from orders.subscription_renewals where subscription_id = $1`,
      [id],
    );
    expect(renewals).toEqual([{ period: 2, status: 'paid' }]);
  });

  it('a replay of an attempt already applied finds its order and changes nothing', async () => {
    const { subscription, shopper } = await subscribe(shop);
    await makeDue(subscription.id);
    const id = localId(subscription.id);
    const [before] = await h.adminQuery<{ period: number; failed_attempts: number }>(
      `select period, failed_attempts from orders.subscriptions where id = $1`,
      [id],
    );
    const key = renewalKey({ id, period: before!.period, failedAttempts: before!.failed_attempts, stockWaits: 0 });
    const first = await renewSubscription(workers[0]!.deps, shop, id);
    expect(first.outcome).toBe('renewed');
    // a runner that read the subscription before the first applied: the same key answers the same order
    await h.adminQuery(
      `update orders.subscriptions set period = $2, next_renewal_at = now() - interval '1 minute' where id = $1`,
      [id, before!.period],
    );
    const replay = await renewSubscription(workers[1]!.deps, shop, id);
    expect(replay).toEqual(first);
    const attempts = await h.adminQuery(`select status from orders.checkout_attempts where key = $1`, [key]);
    expect(attempts).toEqual([{ status: 'succeeded' }]);
    expect(await ordersOf(shopper.subject!)).toBe(2);
  });
});

describe('dunning', () => {
  const shop = randomUUID();

  it('retries a declined renewal after 1, 3 and 7 days (past due, one event each), then cancels', async () => {
    await planFor(shop, VARIANTS.mug);
    const { subscription, shopper } = await subscribe(shop, customer(shop), 'tok_renewal_decline');
    const id = localId(subscription.id);
    const expectedDays = [1, 3, 7];
    for (const [index, days] of expectedDays.entries()) {
      await makeDue(subscription.id);
      const result = await renewSubscription(workers[0]!.deps, shop, id);
      expect(result.outcome).toBe('failed');
      const now = (await h.call(ONE, { id: subscription.id }, shopper)).data?.subscription;
      expect(now).toMatchObject({ status: 'PAST_DUE', failedAttempts: index + 1, period: 2 });
      expect(Math.round((Date.parse(now.retryAt) - Date.now()) / 86_400_000)).toBe(days);
      expect(now.renewals).toEqual([
        {
          period: 2,
          status: 'FAILED',
          attempts: index + 1,
          lastError: 'The saved card was declined (test provider)',
          order: null,
        },
      ]);
      expect(now.availableActions).toEqual(['CANCEL']);
    }
    await makeDue(subscription.id);
    const last = await renewSubscription(workers[0]!.deps, shop, id);
    expect(last).toMatchObject({ outcome: 'failed', retryAt: null });
    const ended = (await h.call(ONE, { id: subscription.id }, shopper)).data?.subscription;
    expect(ended).toMatchObject({ status: 'CANCELLED', failedAttempts: 4, retryAt: null, availableActions: [] });
    expect(ended.history.map((step: { to: string }) => step.to)).toEqual(['ACTIVE', 'PAST_DUE', 'CANCELLED']);
    expect(await ordersOf(shopper.subject!)).toBe(1);
    const failures = await h.adminQuery<{ payload: { attempt: number; retryAt: string | null; status: string } }>(
      `select payload from orders.outbox where aggregate_id = $1 and type = 'orders.subscription.payment_failed' order by id`,
      [id],
    );
    expect(failures.map((event) => [event.payload.attempt, event.payload.status])).toEqual([
      [1, 'past_due'],
      [2, 'past_due'],
      [3, 'past_due'],
      [4, 'cancelled'],
    ]);
    // cancelled: never due again
    await makeDue(subscription.id);
    expect((await renewSubscription(workers[0]!.deps, shop, id)).outcome).toBe('not_due');
  });

  it('a retry that succeeds pays the period and makes the subscription active again', async () => {
    const { subscription, shopper } = await subscribe(shop);
    const id = localId(subscription.id);
    const [row] = await h.adminQuery<{ ref: string }>(
      `select payment_method_ref as ref from orders.subscriptions where id = $1`,
      [id],
    );
    h.payments.declining.add(row!.ref);
    await makeDue(subscription.id);
    expect((await renewSubscription(workers[0]!.deps, shop, id)).outcome).toBe('failed');
    h.payments.declining.delete(row!.ref);
    await makeDue(subscription.id);
    expect((await renewSubscription(workers[0]!.deps, shop, id)).outcome).toBe('renewed');
    const now = (await h.call(ONE, { id: subscription.id }, shopper)).data?.subscription;
    expect(now).toMatchObject({ status: 'ACTIVE', period: 3, failedAttempts: 0, retryAt: null });
    expect(now.renewals).toMatchObject([{ period: 2, status: 'PAID', attempts: 2, order: { id: expect.any(String) } }]);
    expect(await ordersOf(shopper.subject!)).toBe(2);
  });

  it('a new card for a past-due subscription retries at once with it and pays the period; typed refusals store nothing', async () => {
    const METHOD = `mutation ($input: SubscriptionPaymentMethodUpdateInput!) {
      subscriptionPaymentMethodUpdate(input: $input) { subscription { id status version paymentProvider retryAt } errors { code field message } } }`;
    const { subscription, shopper } = await subscribe(shop, customer(shop), 'tok_renewal_decline');
    const id = localId(subscription.id);
    const methodOf = async () =>
      (
        await h.adminQuery<{ ref: string }>(
          `select payment_method_ref as ref from orders.subscriptions where id = $1`,
          [id],
        )
      )[0]!.ref;
    await makeDue(subscription.id);
    expect((await renewSubscription(workers[0]!.deps, shop, id)).outcome).toBe('failed');
    const pastDue = (await h.call(ONE, { id: subscription.id }, shopper)).data?.subscription;
    expect(pastDue).toMatchObject({ status: 'PAST_DUE', failedAttempts: 1 });
    const declining = await methodOf();
    const change = (input: Record<string, unknown>, caller: Caller = shopper) =>
      h.call(METHOD, { input: { id: subscription.id, idempotencyKey: 'new-card-1', ...input } }, caller);

    // refused before anything is saved: a declined card, a provider that keeps no methods, another's
    // subscription, a stale version
    const savesBefore = h.payments.calls.saveMethod;
    const declined = await change({ payment: { provider: 'test', token: 'tok_decline' } });
    expect(declined.data?.subscriptionPaymentMethodUpdate.errors).toEqual([
      expect.objectContaining({ code: 'PAYMENT_DECLINED', field: ['input', 'payment', 'token'] }),
    ]);
    const unknown = await change({ payment: { provider: 'no-such-psp', token: 'tok_ok' } });
    expect(unknown.data?.subscriptionPaymentMethodUpdate.errors[0]).toMatchObject({
      code: 'INVALID_INPUT',
      field: ['input', 'payment', 'provider'],
    });
    const stranger = await change({ payment: { provider: 'test', token: 'tok_ok' } }, customer(shop));
    expect(stranger.data?.subscriptionPaymentMethodUpdate.errors[0]).toMatchObject({ code: 'NOT_FOUND' });
    const stale = await change({ payment: { provider: 'test', token: 'tok_ok' }, version: 1 });
    expect(stale.data?.subscriptionPaymentMethodUpdate.errors[0]).toMatchObject({ code: 'CONFLICT' });
    expect(h.payments.calls.saveMethod - savesBefore).toBe(1);
    expect(await methodOf()).toBe(declining);

    const changed = await change({ payment: { provider: 'test', token: 'tok_ok' }, version: pastDue.version });
    expect(changed.data?.subscriptionPaymentMethodUpdate.errors).toEqual([]);
    const updated = changed.data?.subscriptionPaymentMethodUpdate.subscription;
    expect(updated).toMatchObject({ status: 'PAST_DUE', paymentProvider: 'test', version: pastDue.version + 1 });
    // the retry is due now, not in a day
    expect(Date.parse(updated.retryAt)).toBeLessThanOrEqual(Date.now());
    const saved = await methodOf();
    expect(saved).not.toBe(declining);
    // the same request again (a lost answer): nothing more saved or changed
    const again = await change({ payment: { provider: 'test', token: 'tok_ok' }, version: pastDue.version });
    expect(again.data?.subscriptionPaymentMethodUpdate).toMatchObject({
      errors: [],
      subscription: { version: pastDue.version + 1 },
    });
    expect(await methodOf()).toBe(saved);
    const reused = await change({ payment: { provider: 'test', token: 'tok_other' }, version: pastDue.version });
    expect(reused.data?.subscriptionPaymentMethodUpdate.errors[0]).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    const [event] = await h.adminQuery<{ payload: { changed: string[]; paymentProvider: string } }>(
      `select payload from orders.outbox where aggregate_id = $1 and type = 'orders.subscription.changed'`,
      [id],
    );
    expect(event?.payload).toMatchObject({ changed: ['paymentMethod'], paymentProvider: 'test' });
    expect(JSON.stringify(event?.payload)).not.toContain(saved);

    expect((await renewSubscription(workers[0]!.deps, shop, id)).outcome).toBe('renewed');
    const paid = (await h.call(ONE, { id: subscription.id }, shopper)).data?.subscription;
    expect(paid).toMatchObject({ status: 'ACTIVE', period: 3, failedAttempts: 0, retryAt: null });

    // a cancelled subscription has nothing to pay
    await h.call(act('subscriptionCancel'), { input: { id: subscription.id } }, shopper);
    const cancelled = await change({ payment: { provider: 'test', token: 'tok_ok' }, idempotencyKey: 'new-card-2' });
    expect(cancelled.data?.subscriptionPaymentMethodUpdate.errors[0]).toMatchObject({ code: 'INVALID_TRANSITION' });
  });
});

describe('out of stock at renewal', () => {
  const shop = randomUUID();
  const policy = { dunningDays: [1, 3, 7], stockRetryHours: 24, stockWaits: 2 };

  /** The mug sold out while `work` runs; back afterwards for the tests that follow. */
  async function soldOut<T>(work: () => Promise<T>): Promise<T> {
    const before = h.stock.available.get(VARIANTS.mug)!;
    h.stock.available.set(VARIANTS.mug, 0);
    try {
      return await work();
    } finally {
      h.stock.available.set(VARIANTS.mug, before);
    }
  }

  const delays = (id: string) =>
    h.adminQuery<{ payload: { wait: number; skipped: boolean; retryAt: string | null; period: number } }>(
      `select payload from orders.outbox where aggregate_id = $1 and type = 'orders.subscription.renewal_delayed' order by id`,
      [id],
    );

  it('charges nothing and waits for stock (no dunning, status kept), then renews the period once stock is back', async () => {
    await planFor(shop, VARIANTS.mug);
    const { subscription, shopper } = await subscribe(shop);
    const id = localId(subscription.id);
    const authorisations = h.payments.calls.authorize;
    await makeDue(subscription.id);
    const waited = await soldOut(() => renewSubscription(workers[0]!.deps, shop, id, policy));
    expect(waited).toMatchObject({
      outcome: 'waiting',
      errors: [expect.objectContaining({ code: 'INSUFFICIENT_STOCK' })],
    });
    expect(h.payments.calls.authorize).toBe(authorisations);
    const waiting = (await h.call(ONE, { id: subscription.id }, shopper)).data?.subscription;
    expect(waiting).toMatchObject({ status: 'ACTIVE', period: 2, failedAttempts: 0, stockWaits: 1 });
    expect(Math.round((Date.parse(waiting.retryAt) - Date.now()) / 3_600_000)).toBe(24);
    expect(waiting.renewals).toEqual([
      { period: 2, status: 'AWAITING_STOCK', attempts: 0, lastError: 'Out of stock: not enough stock', order: null },
    ]);
    // not due before its retry, whatever the period's date says
    expect((await renewSubscription(workers[0]!.deps, shop, id, policy)).outcome).toBe('not_due');
    // nothing about a failed payment: no dunning event, no mail trigger
    const failures = await h.adminQuery(
      `select 1 from orders.outbox where aggregate_id = $1 and type = 'orders.subscription.payment_failed'`,
      [id],
    );
    expect(failures).toEqual([]);

    await makeDue(subscription.id);
    const renewed = await renewSubscription(workers[0]!.deps, shop, id, policy);
    expect(renewed.outcome).toBe('renewed');
    const after = (await h.call(ONE, { id: subscription.id }, shopper)).data?.subscription;
    expect(after).toMatchObject({ status: 'ACTIVE', period: 3, failedAttempts: 0, stockWaits: 0, retryAt: null });
    expect(after.renewals).toMatchObject([{ period: 2, status: 'PAID', order: { id: expect.any(String) } }]);
    expect(h.payments.calls.authorize).toBe(authorisations + 1);
    expect(await ordersOf(shopper.subject!)).toBe(2);
    expect((await delays(id)).map((event) => [event.payload.wait, event.payload.skipped])).toEqual([[1, false]]);
  });

  it('skips the period after the last wait, bills the next one as scheduled, and a past-due subscription stays past due', async () => {
    const { subscription, shopper } = await subscribe(shop);
    const id = localId(subscription.id);
    for (const wait of [1, 2]) {
      await makeDue(subscription.id);
      expect(await soldOut(() => renewSubscription(workers[0]!.deps, shop, id, policy))).toMatchObject({
        outcome: 'waiting',
      });
      const now = (await h.call(ONE, { id: subscription.id }, shopper)).data?.subscription;
      expect(now).toMatchObject({ status: 'ACTIVE', period: 2, stockWaits: wait });
    }
    await makeDue(subscription.id);
    const [{ next_renewal_at: dueBefore }] = (await h.adminQuery<{ next_renewal_at: Date }>(
      `select next_renewal_at from orders.subscriptions where id = $1`,
      [id],
    )) as [{ next_renewal_at: Date }];
    expect(await soldOut(() => renewSubscription(workers[0]!.deps, shop, id, policy))).toEqual({
      outcome: 'waiting',
      errors: [expect.objectContaining({ code: 'INSUFFICIENT_STOCK' })],
      retryAt: null,
    });
    const skipped = (await h.call(ONE, { id: subscription.id }, shopper)).data?.subscription;
    expect(skipped).toMatchObject({ status: 'ACTIVE', period: 3, stockWaits: 0, retryAt: null, failedAttempts: 0 });
    // the next period is one interval after the one that was due (not after the waits)
    expect(Date.parse(skipped.nextRenewalAt)).toBeGreaterThan(dueBefore.getTime() + 27 * 86_400_000);
    expect(skipped.renewals).toEqual([
      { period: 2, status: 'SKIPPED', attempts: 0, lastError: 'Out of stock: not enough stock', order: null },
    ]);
    expect(
      (await delays(id)).map((event) => [event.payload.wait, event.payload.skipped, event.payload.retryAt]),
    ).toEqual([
      [1, false, expect.any(String)],
      [2, false, expect.any(String)],
      [3, true, null],
    ]);
    const skips = await h.adminQuery<{ payload: { period: number } }>(
      `select payload from orders.outbox where aggregate_id = $1 and type = 'orders.subscription.skipped'`,
      [id],
    );
    expect(skips.map((event) => event.payload.period)).toEqual([2]);
    expect(await ordersOf(shopper.subject!)).toBe(1);

    // a past-due subscription that then finds no stock keeps its dunning state; paid, it is active again
    const [row] = await h.adminQuery<{ ref: string }>(
      `select payment_method_ref as ref from orders.subscriptions where id = $1`,
      [id],
    );
    h.payments.declining.add(row!.ref);
    await makeDue(subscription.id);
    expect((await renewSubscription(workers[0]!.deps, shop, id, policy)).outcome).toBe('failed');
    h.payments.declining.delete(row!.ref);
    await makeDue(subscription.id);
    expect((await soldOut(() => renewSubscription(workers[0]!.deps, shop, id, policy))).outcome).toBe('waiting');
    const pastDue = (await h.call(ONE, { id: subscription.id }, shopper)).data?.subscription;
    expect(pastDue).toMatchObject({ status: 'PAST_DUE', period: 3, failedAttempts: 1, stockWaits: 1 });
    expect(pastDue.renewals[0]).toMatchObject({ period: 3, status: 'AWAITING_STOCK', attempts: 1 });
    await makeDue(subscription.id);
    expect((await renewSubscription(workers[0]!.deps, shop, id, policy)).outcome).toBe('renewed');
    expect((await h.call(ONE, { id: subscription.id }, shopper)).data?.subscription).toMatchObject({
      status: 'ACTIVE',
      period: 4,
      failedAttempts: 0,
      stockWaits: 0,
    });
  });

  it('two runners of one wait apply it once', async () => {
    const { subscription } = await subscribe(shop);
    const id = localId(subscription.id);
    await makeDue(subscription.id);
    const outcomes = await soldOut(() =>
      Promise.all(
        Array.from({ length: 4 }, (_, index) => renewSubscription(workers[index % 2]!.deps, shop, id, policy)),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.outcome === 'waiting')).toHaveLength(1);
    const [state] = await h.adminQuery<{ stock_waits: number }>(
      `select stock_waits from orders.subscriptions where id = $1`,
      [id],
    );
    expect(state!.stock_waits).toBe(1);
    expect(await delays(id)).toHaveLength(1);
  });
});

describe('a B2B buyer’s renewals', () => {
  const shop = randomUUID();

  it('are priced at their company’s customer group, as their checkout was', async () => {
    const created = await h.call(
      `mutation { companyCreate(input: { name: "Acme GmbH", customerGroup: "wholesale" }) { company { id } errors { code } } }`,
      {},
      staff(shop),
    );
    const buyer = customer(shop);
    const added = await h.call(
      `mutation ($c: ID!, $u: ID!) { companyBuyerAdd(input: { companyId: $c, customerId: $u }) { errors { code } } }`,
      { c: created.data?.companyCreate.company.id, u: encodeGlobalId('Customer', buyer.subject!) },
      staff(shop),
    );
    expect(added.data?.companyBuyerAdd.errors).toEqual([]);
    const { subscription } = await subscribe(shop, buyer);
    const deps = workers[0]!.deps;
    const pricing = deps.pricing;
    const groups: (string | null)[] = [];
    deps.pricing = {
      price: (tenantId, lines, currency, group) => {
        groups.push(group);
        return pricing.price(tenantId, lines, currency, group);
      },
    };
    try {
      await makeDue(subscription.id);
      expect((await renewSubscription(deps, shop, localId(subscription.id))).outcome).toBe('renewed');
    } finally {
      deps.pricing = pricing;
    }
    // the attempt's cart and the renewal checkout both ask for the buyer's group's prices
    expect(groups.length).toBeGreaterThanOrEqual(2);
    expect(new Set(groups)).toEqual(new Set(['wholesale']));
  });
});

describe('shopper and staff actions', () => {
  const shop = randomUUID();

  it('the state machine table: every status has its moves and cancelled none', () => {
    const statuses: SubscriptionStatus[] = ['trialing', 'active', 'paused', 'past_due', 'cancelled'];
    expect(Object.keys(SUBSCRIPTION_TRANSITIONS).sort()).toEqual([...statuses].sort());
    expect(SUBSCRIPTION_TRANSITIONS.cancelled).toEqual([]);
    for (const status of statuses.filter((s) => s !== 'cancelled'))
      expect(SUBSCRIPTION_TRANSITIONS[status]).toContain('cancelled');
  });

  it('pause, resume, skip next and cancel, with typed refusals of every move the machine does not allow', async () => {
    await planFor(shop, VARIANTS.mug);
    const { subscription, shopper } = await subscribe(shop);
    const run = async (mutation: string, input: Record<string, unknown>, caller: Caller = shopper) =>
      (await h.call(act(mutation), { input: { id: subscription.id, ...input } }, caller)).data?.[mutation];

    const refusedResume = await run('subscriptionResume', {});
    expect(refusedResume.errors).toEqual([
      { code: 'INVALID_TRANSITION', field: ['input', 'id'], message: 'A active subscription cannot resume' },
    ]);
    const skipped = await run('subscriptionSkipNext', { version: subscription.version });
    expect(skipped.errors).toEqual([]);
    expect(skipped.subscription.period).toBe(3);
    const skippedBy = Date.parse(skipped.subscription.nextRenewalAt) - Date.parse(subscription.nextRenewalAt);
    expect(Math.round(skippedBy / 86_400_000)).toBeGreaterThanOrEqual(28);
    const stale = await run('subscriptionPause', { version: subscription.version });
    expect(stale.errors[0].code).toBe('CONFLICT');
    const paused = await run('subscriptionPause', { reason: 'On holiday' });
    expect(paused.subscription).toMatchObject({ status: 'PAUSED', availableActions: ['RESUME', 'CANCEL'] });
    expect((await run('subscriptionPause', {})).errors[0].code).toBe('INVALID_TRANSITION');
    expect((await run('subscriptionSkipNext', {})).errors[0].code).toBe('INVALID_TRANSITION');
    // paused: the renewal job leaves it alone even when due
    await makeDue(subscription.id);
    expect((await renewSubscription(workers[0]!.deps, shop, localId(subscription.id))).outcome).toBe('not_due');
    const resumed = await run('subscriptionResume', {});
    expect(resumed.subscription.status).toBe('ACTIVE');
    // staff cancel it from the admin
    const cancelled = await run('subscriptionCancel', { reason: 'Customer called' }, staff(shop));
    expect(cancelled.subscription).toMatchObject({ status: 'CANCELLED', availableActions: [] });
    expect((await run('subscriptionResume', {})).errors[0].code).toBe('INVALID_TRANSITION');
    const detail = (await h.call(ONE, { id: subscription.id }, staff(shop))).data?.subscription;
    expect(detail.history.map((step: { to: string; reason: string }) => [step.to, step.reason])).toEqual([
      ['ACTIVE', 'checkout'],
      ['PAUSED', 'On holiday'],
      ['ACTIVE', 'resume'],
      ['CANCELLED', 'Customer called'],
    ]);
    expect(detail.renewals).toMatchObject([{ period: 2, status: 'SKIPPED', order: null }]);
  });

  it("never lets a shopper act on another's subscription, nor another shop's staff; readers cannot act", async () => {
    const { subscription } = await subscribe(shop);
    for (const caller of [customer(shop), staff(randomUUID()), customer(randomUUID())]) {
      const result = await h.call(act('subscriptionCancel'), { input: { id: subscription.id } }, caller);
      expect(result.data?.subscriptionCancel).toMatchObject({ subscription: null, errors: [{ code: 'NOT_FOUND' }] });
    }
    const reader = await h.call(
      act('subscriptionCancel'),
      { input: { id: subscription.id } },
      staff(shop, ['orders:read']),
    );
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const seen = (await h.call(ONE, { id: subscription.id }, staff(shop, ['orders:read']))).data?.subscription;
    expect(seen).toMatchObject({ status: 'ACTIVE', availableActions: [] });
    const malformed = await h.call(act('subscriptionCancel'), { input: { id: 'nope' } }, staff(shop));
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('changes by the shopper and staff', () => {
  const shop = randomUUID();
  const CHANGE = `mutation ($input: SubscriptionChangeInput!) {
    subscriptionChange(input: $input) {
      subscription { id quantity shippingMethodCode version shippingAddress { city country } }
      errors { code field message }
    }
  }`;
  const OSLO = { name: 'Ada Lovelace', line1: 'Karl Johans gate 1', city: 'Oslo', postalCode: '0154', country: 'NO' };

  it('quantity, address and method change from the next renewal on; bad input is refused with typed errors', async () => {
    await planFor(shop, VARIANTS.mug);
    const { subscription, shopper } = await subscribe(shop);
    const change = async (input: Record<string, unknown>, caller: Caller = shopper) =>
      (await h.call(CHANGE, { input: { id: subscription.id, ...input } }, caller)).data?.subscriptionChange;

    expect((await change({ quantity: 0 })).errors).toMatchObject([
      { code: 'INVALID_QUANTITY', field: ['input', 'quantity'] },
    ]);
    expect((await change({ shippingMethod: 'teleport' })).errors).toMatchObject([
      { code: 'SHIPPING_METHOD_UNAVAILABLE', field: ['input', 'shippingMethod'] },
    ]);
    expect((await change({ shippingAddress: { ...OSLO, postalCode: 'not a code' } })).errors).toMatchObject([
      { code: 'INVALID_POSTAL_CODE', field: ['input', 'shippingAddress', 'postalCode'] },
    ]);
    // the shop ships to Norway only by boat: a zone without methods first, then with one
    const zone = await h.call(
      `mutation ($input: ShippingZoneCreateInput!) { shippingZoneCreate(input: $input) { zone { id } errors { code } } }`,
      { input: { name: 'Norway', countries: ['NO'] } },
      staff(shop),
    );
    const zoneId = zone.data?.shippingZoneCreate.zone.id;
    expect((await change({ shippingAddress: OSLO })).errors).toMatchObject([
      { code: 'SHIPPING_METHOD_UNAVAILABLE', field: ['input', 'shippingAddress', 'country'] },
    ]);
    const boat = await h.call(
      `mutation ($input: ShippingZoneMethodCreateInput!) { shippingZoneMethodCreate(input: $input) { errors { code } } }`,
      {
        input: {
          zoneId,
          code: 'boat',
          name: 'By boat',
          currency: 'EUR',
          amount: 999,
          estimatedDaysMin: 3,
          estimatedDaysMax: 7,
        },
      },
      staff(shop),
    );
    expect(boat.data?.shippingZoneMethodCreate.errors).toEqual([]);
    // the kept method (standard) does not go to Norway
    expect((await change({ shippingAddress: OSLO })).errors).toMatchObject([
      { code: 'SHIPPING_METHOD_UNAVAILABLE', field: ['input', 'shippingAddress', 'country'] },
    ]);
    expect((await change({ shippingAddress: OSLO, shippingMethod: 'standard' })).errors).toMatchObject([
      { code: 'SHIPPING_METHOD_UNAVAILABLE', field: ['input', 'shippingMethod'] },
    ]);
    expect(
      await h.adminQuery(`select quantity from orders.subscriptions where id = $1`, [localId(subscription.id)]),
    ).toEqual([{ quantity: 2 }]);
    const stale = await change({ quantity: 3, version: subscription.version - 1 });
    expect(stale.errors[0].code).toBe('CONFLICT');

    const changed = await change({ quantity: 3, shippingAddress: OSLO, shippingMethod: 'boat' });
    expect(changed).toEqual({
      subscription: {
        id: subscription.id,
        quantity: 3,
        shippingMethodCode: 'boat',
        version: subscription.version + 1,
        shippingAddress: { city: 'Oslo', country: 'NO' },
      },
      errors: [],
    });
    const [event] = await h.adminQuery<{ payload: Record<string, unknown> }>(
      `select payload from orders.outbox where tenant_id = $1 and type = 'orders.subscription.changed'`,
      [shop],
    );
    expect(event!.payload).toMatchObject({
      changed: ['quantity', 'shippingAddress', 'shippingMethod'],
      quantity: 3,
      shippingMethodCode: 'boat',
      actorKind: 'customer',
    });
    const [audited] = await h.adminQuery<{ outcome: string }>(
      `select outcome from orders.audit_log where tenant_id = $1 and operation = 'subscriptionChange' and outcome = 'success'`,
      [shop],
    );
    expect(audited).toBeDefined();

    // staff change it from the admin too; the next renewal orders what it holds now
    const byStaff = await change({ quantity: 4 }, staff(shop));
    expect(byStaff.subscription.quantity).toBe(4);
    await makeDue(subscription.id);
    expect((await renewSubscription(workers[0]!.deps, shop, localId(subscription.id))).outcome).toBe('renewed');
    const renewed = (await h.call(ONE, { id: subscription.id }, shopper)).data?.subscription;
    const renewal = await h.call(
      `query ($id: ID!) { order(id: $id) { lines { sku quantity } shippingAddress { city country } shippingMethod { code } } }`,
      { id: renewed.renewals[0].order.id },
      shopper,
    );
    expect(renewal.data?.order).toEqual({
      lines: [{ sku: 'MUG-1', quantity: 4 }],
      shippingAddress: { city: 'Oslo', country: 'NO' },
      shippingMethod: { code: 'boat' },
    });

    // not another shopper's, not another shop's; a cancelled one changes no more
    for (const caller of [customer(shop), staff(randomUUID())])
      expect((await change({ quantity: 1 }, caller)).errors).toMatchObject([{ code: 'NOT_FOUND' }]);
    await h.call(act('subscriptionCancel'), { input: { id: subscription.id } }, shopper);
    expect((await change({ quantity: 1 })).errors).toMatchObject([
      { code: 'INVALID_TRANSITION', field: ['input', 'id'] },
    ]);
  });
});

describe('staff list', () => {
  it('lists a shop’s subscriptions (filtered by status) in as many statements for 2 as for 10', async () => {
    const shop = randomUUID();
    await planFor(shop, VARIANTS.mug);
    for (let index = 0; index < 11; index++) await subscribe(shop);
    const LIST = `query ($first: Int, $status: SubscriptionStatus) { subscriptions(first: $first, status: $status) {
      totalCount edges { node { ${SUBSCRIPTION_FIELDS} customer { id } } } } }`;
    const listed = await h.call(LIST, { first: 20, status: 'ACTIVE' }, staff(shop, ['orders:read']));
    expect(listed.data?.subscriptions.totalCount).toBe(11);
    expect((await h.call(LIST, { first: 20, status: 'PAUSED' }, staff(shop))).data?.subscriptions.totalCount).toBe(0);
    expect((await h.call(LIST, { first: 20 }, staff(randomUUID()))).data?.subscriptions.totalCount).toBe(0);
    expect((await h.call(LIST, { first: 20 }, customer(shop))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const statementsOf = (first: number) =>
      statementsDuring(async () => {
        const page = await h.call(LIST, { first }, staff(shop));
        expect(page.data?.subscriptions.edges).toHaveLength(first);
      });
    // the relay polls the same pool in the background
    const fewest = (first: number) => leastStatements(() => statementsOf(first));
    const two = await fewest(2);
    expect(two).toBeGreaterThan(0);
    expect(await fewest(10)).toBe(two);
  });
});
