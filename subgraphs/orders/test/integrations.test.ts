import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  STRIPE_SIGNATURE_TOLERANCE_SECONDS,
  StripePaymentProvider,
  stripeForm,
  stripeSignatureHeader,
  verifyStripeSignature,
} from '../src/ports/stripe.ts';
import { STRIPE_WEBHOOK_ROUTE } from '../src/stripe-webhooks.ts';
import { type Caller, cartWith, customer, type OrdersHarness, staff, startOrders, VARIANTS, vid } from './harness.ts';
import { type StripeFake, startStripeFake } from './stripe-fake.ts';

const SECRET_KEY = 'sk_test_51FakeSecretKey1234';
const MASTER_KEY = randomBytes(32).toString('base64');
const WEBHOOK_SECRET = 'whsec_FakeSigningSecret9876';

const ADAPTERS = /* GraphQL */ `
  query { integrationAdapters { kind label defaultAdapterId adapters { id label builtIn settingsSchema fields { key secret required } } } }`;
const INTEGRATIONS = /* GraphQL */ `
  query { integrations { kind adapterId label enabled settings { key value } secrets { key set hint } } integrationKey { version currentMasterKey } }`;
const CONFIGURE = /* GraphQL */ `
  mutation ($input: IntegrationConfigureInput!) {
    integrationConfigure(input: $input) {
      integration { kind adapterId enabled settings { key value } secrets { key set hint } }
      errors { code field message }
    }
  }`;
const ROTATE = /* GraphQL */ `
  mutation { integrationKeyRotate { key { version currentMasterKey reencrypted } errors { code message } } }`;
const CAPTURE = /* GraphQL */ `
  mutation ($id: ID!) { r: orderPaymentCapture(input: { orderId: $id }) { order { paymentStatus } errors { code message } } }`;
const CANCEL = /* GraphQL */ `
  mutation ($id: ID!) { r: orderCancel(input: { orderId: $id }) { order { paymentStatus } errors { code message } } }`;
const PAYMENT_STATUS = 'query ($id: ID!) { order(id: $id) { paymentStatus } }';

const stripeSettings = (settings: Record<string, string>) =>
  Object.entries(settings).map(([key, value]) => ({ key, value }));

let h: OrdersHarness;
let fake: StripeFake;
let admin: pg.Client;
let tenantId: string;
let owner: Caller;

beforeAll(async () => {
  fake = await startStripeFake(SECRET_KEY);
  h = await startOrders({
    env: { STRIPE_API_BASE: fake.url, INTEGRATIONS_MASTER_KEY: MASTER_KEY },
  });
  admin = new pg.Client({ connectionString: h.db.adminUrl });
  await admin.connect();
  tenantId = randomUUID();
  owner = staff(tenantId, ['identity:tenant', 'orders:manage', 'orders:read']);
  h.stock.available.set(VARIANTS.mug, 1_000_000);
});
afterAll(async () => {
  await admin.end();
  await h.close();
  await fake.close();
});

const configure = async (input: Record<string, unknown>, auth: Caller = owner) => {
  const result = await h.call(CONFIGURE, { input }, auth);
  expect(result.errors).toBeUndefined();
  return result.data?.integrationConfigure;
};

async function checkout(provider: string, token: string, auth: Caller = customer(tenantId)) {
  const cart = await cartWith(h, auth, [{ variantId: vid(VARIANTS.mug), quantity: 2 }]);
  const placed = await h.checkout(cart.id, auth, { payment: { provider, token } });
  expect(placed.errors).toBeUndefined();
  return placed.data?.checkoutComplete;
}

function webhook(tenant: string, event: Record<string, unknown>, signature?: string) {
  const body = JSON.stringify(event);
  return h.server.yoga.fetch(`http://orders.local${STRIPE_WEBHOOK_ROUTE}?tenant=${tenant}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'stripe-signature': signature ?? stripeSignatureHeader(body, WEBHOOK_SECRET),
    },
    body,
  });
}

describe('the Stripe adapter against a local fake of its API', () => {
  it('form-encodes nested parameters as Stripe does', () => {
    expect(stripeForm({ amount: 2500, confirm: true, metadata: { tenant: 't 1' }, types: ['card'], skip: null })).toBe(
      'amount=2500&confirm=true&metadata%5Btenant%5D=t%201&types%5B0%5D=card',
    );
  });

  it('authorises with a confirmed manual-capture PaymentIntent, idempotently, then captures, cancels and refunds', async () => {
    const stripe = new StripePaymentProvider({ secretKey: SECRET_KEY, apiBase: fake.url });
    const request = { tenantId, amount: 2500, currency: 'EUR', token: 'pm_card_visa', idempotencyKey: randomUUID() };
    const first = await stripe.authorize(request);
    const again = await stripe.authorize(request);
    expect(first).toEqual({ ok: true, reference: expect.stringMatching(/^pi_fake/) });
    expect(again).toEqual(first);
    const created = fake.calls.filter((call) => call.path === '/v1/payment_intents').at(-1)!;
    expect(created).toMatchObject({
      authorization: `Bearer ${SECRET_KEY}`,
      contentType: 'application/x-www-form-urlencoded',
      idempotencyKey: request.idempotencyKey,
      form: {
        amount: '2500',
        currency: 'eur',
        payment_method: 'pm_card_visa',
        capture_method: 'manual',
        confirm: 'true',
        'metadata[tenant]': tenantId,
      },
    });
    const reference = first.ok ? first.reference : '';
    await stripe.capture(reference, 2000, 'EUR');
    expect(fake.calls.at(-1)).toMatchObject({
      path: `/v1/payment_intents/${reference}/capture`,
      form: { amount_to_capture: '2000' },
    });
    expect(fake.intents.get(reference)?.status).toBe('succeeded');
    await stripe.refund(reference, 500, 'EUR', 'return:1');
    expect(fake.calls.at(-1)).toMatchObject({
      path: '/v1/refunds',
      idempotencyKey: 'refund:return:1',
      form: { payment_intent: reference, amount: '500' },
    });

    const declined = await stripe.authorize({
      ...request,
      token: 'pm_card_chargeDeclined',
      idempotencyKey: randomUUID(),
    });
    expect(declined).toEqual({ ok: false, reason: 'Your card was declined.' });
    // a wrong key is the shop's failure, not a decline: it throws
    const wrongKey = new StripePaymentProvider({ secretKey: 'sk_test_wrong123456', apiBase: fake.url });
    await expect(wrongKey.authorize({ ...request, idempotencyKey: randomUUID() })).rejects.toThrow(/Invalid API Key/);
  });

  it('saves a method for subscriptions (a Customer with it attached) and charges it off-session', async () => {
    const stripe = new StripePaymentProvider({ secretKey: SECRET_KEY, apiBase: fake.url });
    const key = randomUUID();
    const saved = await stripe.saveMethod({
      tenantId,
      token: 'pm_card_visa',
      customerId: randomUUID(),
      email: 'subscriber@example.com',
      idempotencyKey: key,
    });
    expect(saved).toEqual({ ok: true, reference: expect.stringMatching(/^cus_fake\d+\/pm_card_visa$/) });
    expect(fake.calls.at(-1)).toMatchObject({
      path: '/v1/customers',
      idempotencyKey: `save:${key}`,
      form: {
        email: 'subscriber@example.com',
        payment_method: 'pm_card_visa',
        'invoice_settings[default_payment_method]': 'pm_card_visa',
      },
    });
    const reference = saved.ok ? saved.reference : '';
    const renewal = await stripe.authorize({
      tenantId,
      amount: 1500,
      currency: 'EUR',
      token: reference,
      idempotencyKey: randomUUID(),
      saved: true,
      offSession: true,
    });
    expect(renewal).toEqual({ ok: true, reference: expect.stringMatching(/^pi_fake/) });
    expect(fake.calls.at(-1)?.form).toMatchObject({
      customer: reference.split('/')[0],
      payment_method: 'pm_card_visa',
      off_session: 'true',
      capture_method: 'manual',
    });
    // a declined card is not saved; a saved reference that is not Stripe's is refused, nothing sent
    const declined = await stripe.saveMethod({
      tenantId,
      token: 'pm_card_chargeDeclined',
      customerId: randomUUID(),
      email: 'x@example.com',
      idempotencyKey: randomUUID(),
    });
    expect(declined).toEqual({ ok: false, reason: 'Your card was declined.' });
    const calls = fake.calls.length;
    const malformed = await stripe.authorize({
      tenantId,
      amount: 1500,
      currency: 'EUR',
      token: 'pm_card_visa',
      idempotencyKey: randomUUID(),
      saved: true,
      offSession: true,
    });
    expect(malformed.ok).toBe(false);
    expect(fake.calls.length).toBe(calls);
  });

  it('verifies webhook signatures: HMAC-SHA256 over timestamp and body, any v1, within the tolerance', () => {
    const body = '{"id":"evt_1"}';
    const now = Math.floor(Date.now() / 1000);
    const header = stripeSignatureHeader(body, WEBHOOK_SECRET, now);
    expect(verifyStripeSignature(body, header, WEBHOOK_SECRET, { now })).toEqual({ ok: true });
    // a rolled secret: Stripe sends one v1 per secret
    const rolled = `${header},v1=${'0'.repeat(64)}`;
    expect(verifyStripeSignature(body, rolled, WEBHOOK_SECRET, { now })).toEqual({ ok: true });
    expect(verifyStripeSignature(`${body} `, header, WEBHOOK_SECRET, { now }).ok).toBe(false);
    expect(verifyStripeSignature(body, header, 'whsec_other123456', { now }).ok).toBe(false);
    expect(
      verifyStripeSignature(body, header, WEBHOOK_SECRET, { now: now + STRIPE_SIGNATURE_TOLERANCE_SECONDS + 1 }),
    ).toEqual({
      ok: false,
      reason: 'the signature timestamp is outside the tolerance',
    });
    expect(verifyStripeSignature(body, null, WEBHOOK_SECRET).ok).toBe(false);
    expect(verifyStripeSignature(body, 'v1=abc', WEBHOOK_SECRET).ok).toBe(false);
    expect(verifyStripeSignature(body, `t=${now}`, WEBHOOK_SECRET, { now }).ok).toBe(false);
  });
});

describe('integrations through the API', () => {
  it('lists every kind with its adapters and settings schema; the test provider is the payment default', async () => {
    const result = await h.call(ADAPTERS, {}, owner);
    expect(result.errors).toBeUndefined();
    const kinds = result.data?.integrationAdapters as {
      kind: string;
      defaultAdapterId: string | null;
      adapters: any[];
    }[];
    expect(kinds.map((kind) => kind.kind)).toEqual(['PAYMENT', 'TAX', 'SHIPPING_RATES', 'CARRIER', 'ERP_EXPORT']);
    const payment = kinds[0]!;
    expect(payment.defaultAdapterId).toBe('test');
    const stripe = payment.adapters.find((adapter) => adapter.id === 'stripe');
    expect(stripe.fields).toContainEqual({ key: 'secretKey', secret: true, required: true });
    expect(JSON.parse(stripe.settingsSchema).properties.secretKey).toMatchObject({ writeOnly: true });
  });

  it('refuses callers without the tenant settings permission', async () => {
    const manager = staff(tenantId);
    const listed = await h.call(INTEGRATIONS, {}, manager);
    expect(listed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const configured = await h.call(CONFIGURE, { input: { kind: 'PAYMENT', adapterId: 'stripe' } }, customer(tenantId));
    expect(configured.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('answers typed errors for an unknown adapter and invalid settings, each on its field', async () => {
    expect((await configure({ kind: 'PAYMENT', adapterId: 'paypal' })).errors).toEqual([
      { code: 'UNKNOWN_ADAPTER', field: ['input', 'adapterId'], message: 'There is no payment adapter "paypal"' },
    ]);
    const invalid = await configure({
      kind: 'PAYMENT',
      adapterId: 'stripe',
      settings: stripeSettings({ secretKey: 'not-a-key', colour: 'red' }),
    });
    expect(invalid.errors.map((error: { code: string; field: string[] }) => [error.code, error.field])).toEqual([
      ['INVALID_SETTINGS', ['input', 'settings', 'colour']],
    ]);
    const badKey = await configure({
      kind: 'PAYMENT',
      adapterId: 'stripe',
      settings: stripeSettings({ secretKey: 'nope' }),
    });
    expect(badKey.errors).toEqual([
      {
        code: 'INVALID_SETTINGS',
        field: ['input', 'settings', 'secretKey'],
        message: 'A Stripe secret key looks like sk_test_…',
      },
    ]);
    const missing = await configure({ kind: 'PAYMENT', adapterId: 'stripe', settings: [] });
    expect(missing.errors[0]).toMatchObject({ code: 'INVALID_SETTINGS', field: ['input', 'settings', 'secretKey'] });
  });

  it('stores credentials encrypted and never answers a secret, only that it is set and its last 4', async () => {
    const configured = await configure({
      kind: 'PAYMENT',
      adapterId: 'stripe',
      settings: stripeSettings({ secretKey: SECRET_KEY, publishableKey: 'pk_test_Publishable1' }),
    });
    expect(configured.errors).toEqual([]);
    expect(configured.integration).toEqual({
      kind: 'PAYMENT',
      adapterId: 'stripe',
      enabled: false,
      settings: [{ key: 'publishableKey', value: 'pk_test_Publishable1' }],
      secrets: [
        { key: 'secretKey', set: true, hint: '1234' },
        { key: 'webhookSecret', set: false, hint: null },
      ],
    });
    // an empty secret keeps the stored one; enabling selects Stripe
    const enabled = await configure({
      kind: 'PAYMENT',
      adapterId: 'stripe',
      enabled: true,
      settings: stripeSettings({ secretKey: '', webhookSecret: WEBHOOK_SECRET }),
    });
    expect(enabled.errors).toEqual([]);
    expect(enabled.integration.secrets).toEqual([
      { key: 'secretKey', set: true, hint: '1234' },
      { key: 'webhookSecret', set: true, hint: '9876' },
    ]);
    const listed = await h.call(INTEGRATIONS, {}, owner);
    expect(JSON.stringify(listed)).not.toContain('FakeSecretKey');
    expect(JSON.stringify(listed)).not.toContain('FakeSigningSecret');
    expect(listed.data?.integrationKey).toEqual({ version: 1, currentMasterKey: true });
    const stored = await admin.query(
      `select i.credentials, i.public_settings::text, i.secret_hints::text, k.wrapped_key
         from orders.integrations i join orders.integration_keys k using (tenant_id) where i.tenant_id = $1`,
      [tenantId],
    );
    expect(stored.rows).toHaveLength(1);
    expect(JSON.stringify(stored.rows)).not.toContain('FakeSecretKey');
    expect(JSON.stringify(stored.rows)).not.toContain('FakeSigningSecret');
    // another tenant sees none of it
    const other = await h.call(INTEGRATIONS, {}, staff(randomUUID(), ['identity:tenant']));
    expect(other.data).toEqual({ integrations: [], integrationKey: null });
  });

  it('checks out through Stripe once the tenant selected it; capture and cancel go to Stripe too', async () => {
    const otherTenant = randomUUID();
    const refused = await checkout('stripe', 'pm_card_visa', customer(otherTenant));
    expect(refused.errors).toEqual([
      {
        code: 'INVALID_INPUT',
        field: ['input', 'payment', 'provider'],
        message:
          'Unknown payment provider "stripe", or one this shop has not configured and enabled (Settings → Integrations)',
      },
    ]);
    const before = fake.calls.length;
    const placed = await checkout('stripe', 'pm_card_visa');
    expect(placed.errors).toEqual([]);
    expect(placed.order.paymentStatus).toBe('AUTHORIZED');
    const created = fake.calls.slice(before).find((call) => call.path === '/v1/payment_intents')!;
    expect(created.form).toMatchObject({
      amount: String(placed.order.total.amount),
      currency: 'eur',
      capture_method: 'manual',
    });
    expect(created.authorization).toBe(`Bearer ${SECRET_KEY}`);

    const captured = await h.call(CAPTURE, { id: placed.order.id }, owner);
    expect(captured.data?.r).toEqual({ order: { paymentStatus: 'CAPTURED' }, errors: [] });
    expect(fake.calls.at(-1)?.path).toMatch(/^\/v1\/payment_intents\/pi_fake\d+\/capture$/);

    const declined = await checkout('stripe', 'pm_card_chargeDeclined');
    expect(declined.errors).toEqual([
      { code: 'PAYMENT_DECLINED', field: ['input', 'payment', 'token'], message: 'Your card was declined.' },
    ]);

    const toCancel = await checkout('stripe', 'pm_card_visa');
    const cancelled = await h.call(CANCEL, { id: toCancel.order.id }, owner);
    expect(cancelled.data?.r).toEqual({ order: { paymentStatus: 'VOIDED' }, errors: [] });
    await expect.poll(() => fake.calls.at(-1)?.path).toMatch(/\/cancel$/);

    // the built-in test provider stays available
    expect((await checkout('test', 'tok_ok')).errors).toEqual([]);
  });

  it('selecting the test provider again stops new Stripe payments, while earlier ones still capture through Stripe', async () => {
    const earlier = await checkout('stripe', 'pm_card_visa');
    const selected = await configure({ kind: 'PAYMENT', adapterId: 'test', enabled: true });
    expect(selected.integration).toMatchObject({ adapterId: 'test', enabled: true });
    const listed = await h.call(INTEGRATIONS, {}, owner);
    expect(
      listed.data?.integrations.map((row: { adapterId: string; enabled: boolean }) => [row.adapterId, row.enabled]),
    ).toEqual([
      ['stripe', false],
      ['test', true],
    ]);
    expect((await checkout('stripe', 'pm_card_visa')).errors[0]).toMatchObject({ code: 'INVALID_INPUT' });
    const captured = await h.call(CAPTURE, { id: earlier.order.id }, owner);
    expect(captured.data?.r).toEqual({ order: { paymentStatus: 'CAPTURED' }, errors: [] });
    expect(fake.calls.at(-1)?.path).toMatch(/\/capture$/);
    expect((await configure({ kind: 'PAYMENT', adapterId: 'stripe', enabled: true })).integration.enabled).toBe(true);
  });

  it('marks payments captured and refunded from signed webhooks, once per event', async () => {
    const placed = await checkout('stripe', 'pm_card_visa');
    const reference = [...fake.intents.keys()].at(-1)!;
    const event = { id: `evt_${randomUUID()}`, type: 'payment_intent.succeeded', data: { object: { id: reference } } };

    const forged = await webhook(tenantId, event, stripeSignatureHeader(JSON.stringify(event), 'whsec_NotTheSecret1'));
    expect(forged.status).toBe(400);
    const stale = await webhook(
      tenantId,
      event,
      stripeSignatureHeader(JSON.stringify(event), WEBHOOK_SECRET, Math.floor(Date.now() / 1000) - 3600),
    );
    expect(stale.status).toBe(400);
    // a tenant without Stripe answers exactly like a bad signature
    const elsewhere = await webhook(randomUUID(), event);
    expect(elsewhere.status).toBe(400);
    expect(await elsewhere.json()).toEqual(await (await webhook(tenantId, event, 'v1=00')).json());
    expect((await h.call(PAYMENT_STATUS, { id: placed.order.id }, owner)).data?.order.paymentStatus).toBe('AUTHORIZED');

    const applied = await webhook(tenantId, event);
    expect(applied.status).toBe(200);
    expect(await applied.json()).toEqual({ received: true, outcome: 'applied' });
    expect((await h.call(PAYMENT_STATUS, { id: placed.order.id }, owner)).data?.order.paymentStatus).toBe('CAPTURED');
    expect(await (await webhook(tenantId, event)).json()).toEqual({ received: true, outcome: 'duplicate' });

    const partial = {
      id: `evt_${randomUUID()}`,
      type: 'charge.refunded',
      data: { object: { payment_intent: reference, refunded: false } },
    };
    expect(await (await webhook(tenantId, partial)).json()).toEqual({ received: true, outcome: 'ignored' });
    const refund = {
      id: `evt_${randomUUID()}`,
      type: 'charge.refunded',
      data: { object: { payment_intent: reference, refunded: true } },
    };
    expect(await (await webhook(tenantId, refund)).json()).toEqual({ received: true, outcome: 'applied' });
    expect((await h.call(PAYMENT_STATUS, { id: placed.order.id }, owner)).data?.order.paymentStatus).toBe('REFUNDED');
    // the history says who moved the payment: Stripe, through its webhooks
    const transitions = await admin.query(
      `select from_state, to_state, actor_kind, actor_id from orders.order_transitions
        where order_id = (select id from orders.orders where payment_reference = $1) and machine = 'payment' order by id`,
      [reference],
    );
    expect(transitions.rows).toEqual([
      { from_state: null, to_state: 'authorized', actor_kind: 'customer', actor_id: expect.any(String) },
      { from_state: 'authorized', to_state: 'captured', actor_kind: 'service', actor_id: 'stripe' },
      { from_state: 'captured', to_state: 'refunded', actor_kind: 'service', actor_id: 'stripe' },
    ]);
  });

  it('rotates the tenant’s data key without losing a credential', async () => {
    const before = await admin.query(`select credentials from orders.integrations where tenant_id = $1`, [tenantId]);
    const rotated = await h.call(ROTATE, {}, owner);
    expect(rotated.data?.integrationKeyRotate).toEqual({
      key: { version: 2, currentMasterKey: true, reencrypted: 2 },
      errors: [],
    });
    const after = await admin.query(`select credentials from orders.integrations where tenant_id = $1`, [tenantId]);
    expect(after.rows[0].credentials).not.toBe(before.rows[0].credentials);
    // the re-encrypted key still reaches Stripe, and the hints are unchanged
    expect((await checkout('stripe', 'pm_card_visa')).errors).toEqual([]);
    expect(fake.calls.at(-1)?.authorization).toBe(`Bearer ${SECRET_KEY}`);
    const listed = await h.call(INTEGRATIONS, {}, owner);
    expect(listed.data?.integrations[0].secrets[0]).toEqual({ key: 'secretKey', set: true, hint: '1234' });
    // a tenant with nothing configured has nothing to rotate
    const none = await h.call(ROTATE, {}, staff(randomUUID(), ['identity:tenant']));
    expect(none.data?.integrationKeyRotate.errors[0].code).toBe('NOT_FOUND');
  });

  it('moves to a new master key: refused with a typed error without the old one, re-wrapped by a rotation with it', async () => {
    const newMaster = randomBytes(32).toString('base64');
    const env = { STRIPE_API_BASE: fake.url, INTEGRATIONS_MASTER_KEY: newMaster };
    const lost = await startOrders({ db: h.db, env });
    try {
      const refused = await lost.call(
        CONFIGURE,
        { input: { kind: 'PAYMENT', adapterId: 'stripe', enabled: true } },
        owner,
      );
      expect(refused.data?.integrationConfigure.errors.map((error: { code: string }) => error.code)).toEqual([
        'INTEGRATION_KEY_UNAVAILABLE',
      ]);
    } finally {
      await lost.close();
    }
    const moved = await startOrders({ db: h.db, env: { ...env, INTEGRATIONS_MASTER_KEY_PREVIOUS: MASTER_KEY } });
    try {
      expect((await moved.call(INTEGRATIONS, {}, owner)).data?.integrationKey).toEqual({
        version: 2,
        currentMasterKey: false,
      });
      const rotated = await moved.call(ROTATE, {}, owner);
      expect(rotated.data?.integrationKeyRotate.key).toEqual({ version: 3, currentMasterKey: true, reencrypted: 2 });
    } finally {
      await moved.close();
    }
    // only the new master key now: the credentials still open
    const after = await startOrders({ db: h.db, env });
    try {
      const reconfigured = await after.call(
        CONFIGURE,
        {
          input: {
            kind: 'PAYMENT',
            adapterId: 'stripe',
            settings: [{ key: 'publishableKey', value: 'pk_test_Rotated123' }],
          },
        },
        owner,
      );
      expect(reconfigured.data?.integrationConfigure.errors).toEqual([]);
      expect(reconfigured.data?.integrationConfigure.integration.secrets[0]).toEqual({
        key: 'secretKey',
        set: true,
        hint: '1234',
      });
    } finally {
      await after.close();
    }
  });
});
