import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrdersWorker } from '../../subgraphs/orders/src/worker.ts';
import { DEMO_SUBSCRIBER, seedDemoSubscriptions } from '../src/demo/subscriptions.ts';
import { BUYER_ADDRESS, type Ok, okAs, sellableVariant, until } from './platform-fixtures.ts';
import { registerShopperByMail } from './sign-up.ts';
import { startWholePlatform, type WholePlatform } from './whole-platform.ts';

/**
 * Subscriptions through the real gateway and the committed supergraph: staff sell a variant by
 * subscription, a guest is refused, a signed-in shopper subscribes at checkout, the orders worker
 * renews it as a normal order (catalog's price, reserved in inventory, known to fulfillment), the
 * shopper pauses it; another shop and another shopper see and change nothing.
 */
let platform: WholePlatform;
let alpha: { bearer: Record<string, string>; tenantId: string };
let beta: { bearer: Record<string, string>; tenantId: string };
let okAlpha: Ok;
let storefront: Record<string, string>;

beforeAll(async () => {
  platform = await startWholePlatform();
  alpha = await platform.tenant('subs-alpha');
  beta = await platform.tenant('subs-beta');
  okAlpha = okAs(platform, alpha.bearer);
  const key = await okAlpha(`mutation { storefrontKeyCreate(input: { name: "web" }) { secret } }`);
  storefront = { 'x-publishable-key': key.storefrontKeyCreate.secret };
}, 120_000);
afterAll(() => platform?.close());

async function shopper(email: string) {
  const session = await registerShopperByMail(platform.gql, platform.mail, storefront, {
    email,
    password: 'Shopper-Password-2026',
  });
  return { authorization: `Bearer ${session.accessToken}` };
}

async function checkout(headers: Record<string, string>, variantId: string) {
  const ok = okAs(platform, headers);
  const cart = await ok(`mutation { cartCreate(input: { currency: "EUR" }) { cart { id } errors { code } } }`);
  const cartId = cart.cartCreate.cart.id;
  await ok(`mutation($input: CartLinesAddInput!) { cartLinesAdd(input: $input) { errors { code } } }`, {
    input: { cartId, lines: [{ variantId, quantity: 1 }] },
  });
  const placed = await platform.gql<any>(
    `mutation($input: CheckoutCompleteInput!) { checkoutComplete(input: $input) {
      order { id total { amount } } errors { code field message } } }`,
    {
      input: {
        cartId,
        idempotencyKey: randomUUID(),
        email: 'subscriber@shopper.example',
        shippingAddress: BUYER_ADDRESS,
        payment: { provider: 'test', token: 'tok_ok' },
      },
    },
    headers,
  );
  return placed.body.data?.checkoutComplete;
}

const SUBSCRIPTION = `query ($id: ID!) { subscription(id: $id) {
  id status period availableActions renewals { period status order { id } } } }`;

describe('subscriptions through the gateway', () => {
  it('subscribe at checkout, renew as a normal order by the worker, pause; other shops and shoppers refused', async () => {
    const { variantId } = await sellableVariant(okAlpha, {
      handle: 'coffee-club',
      title: 'Coffee beans',
      sku: 'COFFEE-SUB',
      amount: 1500,
      onHand: 20,
    });
    const plan = await okAlpha(
      `mutation($input: SubscriptionPlanSetInput!) { subscriptionPlanSet(input: $input) { plan { id } errors { code } } }`,
      { input: { variantId, name: 'Coffee every month', intervalUnit: 'MONTH', intervalCount: 1 } },
    );
    expect(plan.subscriptionPlanSet.errors).toEqual([]);
    // the product page's subscription option, for the storefront
    const offered = await platform.gql<any>(
      `query($ids: [ID!]!) { subscriptionPlansOfVariants(variantIds: $ids) { name intervalUnit } }`,
      { ids: [variantId] },
      storefront,
    );
    expect(offered.body.data?.subscriptionPlansOfVariants).toEqual([
      { name: 'Coffee every month', intervalUnit: 'MONTH' },
    ]);

    // a guest cannot subscribe
    const guest = await checkout(storefront, variantId);
    expect(guest.errors).toMatchObject([{ code: 'SUBSCRIPTION_REQUIRES_ACCOUNT' }]);

    const ada = await shopper('ada@shopper.example');
    const placed = await checkout(ada, variantId);
    expect(placed.errors).toEqual([]);
    const mine = await okAs(platform, ada)(`{ mySubscriptions(first: 5) { edges { node { id status period } } } }`);
    const subscription = mine.mySubscriptions.edges[0].node;
    expect(subscription).toMatchObject({ status: 'ACTIVE', period: 2 });

    // other shops and other shoppers: nothing to see or change
    const other = await shopper('grace@shopper.example');
    for (const headers of [beta.bearer, other]) {
      const seen = await platform.gql<any>(SUBSCRIPTION, { id: subscription.id }, headers);
      expect(seen.body.data?.subscription).toBeNull();
      const cancel = await platform.gql<any>(
        `mutation($id: ID!) { subscriptionCancel(input: { id: $id }) { errors { code } } }`,
        { id: subscription.id },
        headers,
      );
      expect(cancel.body.data?.subscriptionCancel.errors).toEqual([{ code: 'NOT_FOUND' }]);
    }
    const betaList = await okAs(platform, beta.bearer)(`{ subscriptions(first: 5) { totalCount } }`);
    expect(betaList.subscriptions.totalCount).toBe(0);

    // due now: the worker tier renews it through catalog and inventory like any checkout
    const admin = new pg.Client({ connectionString: platform.db.adminUrl });
    await admin.connect();
    try {
      await admin.query(`update orders.subscriptions set next_renewal_at = now() - interval '1 minute'`);
    } finally {
      await admin.end();
    }
    const worker = platform.workers.find((candidate) => candidate.name === 'orders') as OrdersWorker;
    const round = await worker.renewOnce();
    expect(round).toEqual({ renewed: 1, failed: 0, waiting: 0, later: 0 });
    const renewed = await okAlpha(SUBSCRIPTION, { id: subscription.id });
    expect(renewed.subscription).toMatchObject({ status: 'ACTIVE', period: 3 });
    const renewalOrderId = renewed.subscription.renewals[0].order.id;
    expect(renewalOrderId).not.toBe(placed.order.id);
    const order = await okAlpha(
      `query($id: ID!) { order(id: $id) { status paymentStatus total { amount } lines { sku quantity variant { id } } } }`,
      { id: renewalOrderId },
    );
    expect(order.order).toMatchObject({
      status: 'CREATED',
      paymentStatus: 'AUTHORIZED',
      total: placed.order.total,
      lines: [{ sku: 'COFFEE-SUB', quantity: 1, variant: { id: variantId } }],
    });
    // the shopper sees it among their orders; staff confirm it and fulfillment offers its shipment
    const theirs = await okAs(platform, ada)(`{ myOrders(first: 5) { totalCount } }`);
    expect(theirs.myOrders.totalCount).toBe(2);
    await okAlpha(`mutation($input: OrderTransitionInput!) { orderConfirm(input: $input) { errors { code } } }`, {
      input: { orderId: renewalOrderId },
    });
    const fulfillment = await until(async () => {
      const answer = await okAlpha(`query($id: ID!) { order(id: $id) { fulfillment { availableActions } } }`, {
        id: renewalOrderId,
      });
      return answer.order.fulfillment?.availableActions.includes('CREATE_SHIPMENT') ? answer.order.fulfillment : null;
    }, 'fulfillment to offer the renewal order a shipment');
    expect(fulfillment.availableActions).toContain('CREATE_SHIPMENT');

    // the shopper pauses it from their account
    const paused = await okAs(platform, ada)(
      `mutation($id: ID!) { subscriptionPause(input: { id: $id }) { subscription { status availableActions } errors { code } } }`,
      { id: subscription.id },
    );
    expect(paused.subscriptionPause).toEqual({
      subscription: { status: 'PAUSED', availableActions: ['RESUME', 'CANCEL'] },
      errors: [],
    });
  });

  it('a trial waives the first charge of the subscription line; the first renewal, at trial end, charges in full', async () => {
    // a shop of its own: sellableVariant sets up one price list and warehouse per shop
    const trialShop = await platform.tenant('subs-trial');
    const okShop = okAs(platform, trialShop.bearer);
    const key = await okShop(`mutation { storefrontKeyCreate(input: { name: "web" }) { secret } }`);
    const trialStorefront = { 'x-publishable-key': key.storefrontKeyCreate.secret };
    const { variantId } = await sellableVariant(okShop, {
      handle: 'tea-trial',
      title: 'Tea leaves',
      sku: 'TEA-TRIAL',
      amount: 2400,
      onHand: 20,
    });
    const plan = await okShop(
      `mutation($input: SubscriptionPlanSetInput!) { subscriptionPlanSet(input: $input) { errors { code } } }`,
      { input: { variantId, name: 'Tea, first month free', intervalUnit: 'MONTH', intervalCount: 1, trialDays: 14 } },
    );
    expect(plan.subscriptionPlanSet.errors).toEqual([]);
    const session = await registerShopperByMail(platform.gql, platform.mail, trialStorefront, {
      email: 'lin@shopper.example',
      password: 'Shopper-Password-2026',
    });
    const lin = { authorization: `Bearer ${session.accessToken}` };
    const placed = await checkout(lin, variantId);
    expect(placed.errors).toEqual([]);
    const ORDER = `query($id: ID!) { order(id: $id) {
      subtotal { amount } shipping { amount } total { amount } lines { sku quantity unitPrice { amount } } } }`;
    const first = (await okShop(ORDER, { id: placed.order.id })).order;
    // the line is not charged (it is still reserved and shipped); shipping is, as the shop's rules say
    expect(first).toMatchObject({
      subtotal: { amount: 0 },
      lines: [{ sku: 'TEA-TRIAL', quantity: 1, unitPrice: { amount: 0 } }],
    });
    expect(first.total.amount).toBe(placed.order.total.amount);
    const reserved = await okShop(`{ reservations(first: 50) { edges { node { reference } } } }`);
    expect(JSON.stringify(reserved)).toContain(
      Buffer.from(placed.order.id, 'base64url').toString('utf8').split(':')[1],
    );
    const mine = await okAs(
      platform,
      lin,
    )(`{ mySubscriptions(first: 5) { edges { node { id status nextRenewalAt } } } }`);
    const trial = mine.mySubscriptions.edges[0].node;
    expect(trial.status).toBe('TRIALING');
    expect(Math.round((Date.parse(trial.nextRenewalAt) - Date.now()) / 86_400_000)).toBe(14);

    // the trial ends: the worker renews it at catalog's full price
    const admin = new pg.Client({ connectionString: platform.db.adminUrl });
    await admin.connect();
    try {
      await admin.query(`update orders.subscriptions set next_renewal_at = now() - interval '1 minute' where id = $1`, [
        Buffer.from(trial.id, 'base64url').toString('utf8').split(':')[1],
      ]);
    } finally {
      await admin.end();
    }
    const worker = platform.workers.find((candidate) => candidate.name === 'orders') as OrdersWorker;
    expect((await worker.renewOnce()).renewed).toBe(1);
    const renewed = await okShop(SUBSCRIPTION, { id: trial.id });
    expect(renewed.subscription).toMatchObject({ status: 'ACTIVE', period: 3 });
    const renewal = (await okShop(ORDER, { id: renewed.subscription.renewals[0].order.id })).order;
    expect(renewal).toMatchObject({
      subtotal: { amount: 2400 },
      lines: [{ sku: 'TEA-TRIAL', quantity: 1, unitPrice: { amount: 2400 } }],
    });
    expect(renewal.total.amount).toBeGreaterThanOrEqual(first.total.amount + 2400);
  });

  it("seeds the demo's plan and subscription once, for a shopper who can then sign in", async () => {
    const okBeta = okAs(platform, beta.bearer);
    await sellableVariant(okBeta, { handle: 'demo-refill', title: 'Refill', sku: 'REFILL-1', amount: 900, onHand: 30 });
    const accessToken = beta.bearer.authorization!.replace('Bearer ', '');
    const password = 'Demo-Subscriber-2026';
    // as demoOwnerSession answers it: the tenant's own uuid
    const tenantId = Buffer.from(beta.tenantId, 'base64url').toString('utf8').split(':')[1] ?? beta.tenantId;
    const seeded = await seedDemoSubscriptions(
      platform.gatewayUrl,
      accessToken,
      tenantId,
      platform.db.adminUrl,
      password,
    );
    expect(seeded).toEqual([`subscription plan "Monthly refill" on REFILL-1, ${DEMO_SUBSCRIBER.email} subscribed`]);
    const listed = await okBeta(`{ subscriptions(first: 5) { totalCount edges { node { status plan { name } } } } }`);
    expect(listed.subscriptions).toEqual({
      totalCount: 1,
      edges: [{ node: { status: 'ACTIVE', plan: { name: 'Monthly refill' } } }],
    });
    // a restart adds nothing
    expect(
      await seedDemoSubscriptions(platform.gatewayUrl, accessToken, tenantId, platform.db.adminUrl, password),
    ).toEqual([]);
    expect((await okBeta(`{ subscriptions(first: 5) { totalCount } }`)).subscriptions.totalCount).toBe(1);
  });
});
