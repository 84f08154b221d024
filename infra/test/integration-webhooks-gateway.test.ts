import { createHmac, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Ok, okAs } from './platform-fixtures.ts';
import { startWholePlatform, type WholePlatform } from './whole-platform.ts';

/**
 * Stripe reaches a shop through the gateway, the platform's only door: `POST
 * /integrations/stripe/webhook?tenant=<id>` is forwarded byte for byte to orders, which verifies the
 * signature with the shop's signing secret. A forged or foreign delivery changes nothing and says
 * no more than "the signature does not verify"; other methods and paths are refused at the gateway.
 */
/** what Stripe sends: `t=<unix>,v1=<HMAC-SHA256 of "<t>.<raw body>" with the endpoint's secret>` */
const stripeSignatureHeader = (rawBody: string, secret: string, timestamp = Math.floor(Date.now() / 1000)) =>
  `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`, 'utf8').digest('hex')}`;
const WEBHOOK_SECRET = 'whsec_GatewayForwarding0042';
let platform: WholePlatform;
let shop: { bearer: Record<string, string>; tenantId: string };
/** the shop's own id, as Settings → Integrations prints it in the webhook URL (inside the global id) */
let tenantUuid: string;
let ok: Ok;

const deliver = (path: string, body: string, headers: Record<string, string> = {}, method = 'POST') =>
  fetch(new URL(path, platform.gatewayUrl), {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    ...(method === 'POST' ? { body } : {}),
  });

beforeAll(async () => {
  platform = await startWholePlatform();
  shop = await platform.tenant(`hooks-${randomUUID().slice(0, 6)}`);
  ok = okAs(platform, shop.bearer);
  tenantUuid = Buffer.from(shop.tenantId, 'base64url').toString('utf8').split(':')[1]!;
  await ok(
    `mutation($input: IntegrationConfigureInput!) { integrationConfigure(input: $input) { errors { code message } } }`,
    {
      input: {
        kind: 'PAYMENT',
        adapterId: 'stripe',
        enabled: false,
        settings: [
          { key: 'secretKey', value: 'sk_test_51GatewayForwarding0042' },
          { key: 'webhookSecret', value: WEBHOOK_SECRET },
        ],
      },
    },
  );
}, 120_000);
afterAll(() => platform?.close());

describe('integration webhooks through the gateway', () => {
  it('forwards a signed Stripe event to orders, which applies it once', async () => {
    const body = JSON.stringify({ id: `evt_${randomUUID()}`, type: 'customer.created', data: { object: {} } });
    const path = `/integrations/stripe/webhook?tenant=${tenantUuid}`;
    const signed = await deliver(path, body, { 'stripe-signature': stripeSignatureHeader(body, WEBHOOK_SECRET) });
    expect(signed.status).toBe(200);
    expect(await signed.json()).toMatchObject({ received: true });
    const again = await deliver(path, body, { 'stripe-signature': stripeSignatureHeader(body, WEBHOOK_SECRET) });
    expect(await again.json()).toEqual({ received: true, outcome: 'duplicate' });
  });

  it('refuses a forged signature and a shop that never configured Stripe with the same answer', async () => {
    const body = JSON.stringify({ id: `evt_${randomUUID()}`, type: 'payment_intent.succeeded', data: { object: {} } });
    const forged = await deliver(`/integrations/stripe/webhook?tenant=${tenantUuid}`, body, {
      'stripe-signature': stripeSignatureHeader(body, 'whsec_NotTheShopsSecret'),
    });
    const stranger = await deliver(`/integrations/stripe/webhook?tenant=${randomUUID()}`, body, {
      'stripe-signature': stripeSignatureHeader(body, WEBHOOK_SECRET),
    });
    expect(forged.status).toBe(400);
    expect(stranger.status).toBe(400);
    expect(await forged.json()).toEqual(await stranger.json());
  });

  it('refuses other methods, unknown paths and oversized bodies at the gateway', async () => {
    const path = `/integrations/stripe/webhook?tenant=${tenantUuid}`;
    expect((await deliver(path, '', {}, 'GET')).status).toBe(405);
    expect((await deliver('/integrations/stripe/other', '{}')).status).toBe(404);
    expect((await deliver('/integrations/../graphql/webhook', '{}')).status).toBe(404);
    expect((await deliver(path, 'x'.repeat(600 * 1024))).status).toBe(413);
  });
});
