import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { assertTenantTablesProtected, createLogger, type EventBus, type EventEnvelope } from '@ucos/kit';
import type { TestDatabase } from '@ucos/kit/testing';
import { inProcessCaller } from '@ucos/kit/testing';
import { suiteFixture } from '@ucos/kit/testing/suite';
import { describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../../packages/partner-sdk/src/index.ts';
import { isPrivateAddress, urlProblem } from '../src/data/destinations.ts';
import { httpSender } from '../src/ports/http-sender.ts';
import { createWebhooksWorker } from '../src/worker.ts';
import { createWebhooksServer } from '../src/yoga.ts';
import {
  createTestDatabase,
  domainEvent,
  MIGRATIONS,
  manager,
  newBus,
  receiverOfTest,
  SECRET,
  startWebhooks,
  testEnv,
  type WebhooksHarness,
  waitFor,
} from './harness.ts';

let db: TestDatabase;
let bus: EventBus;
let hooks: WebhooksHarness;
const tenant = randomUUID();
const otherTenant = randomUUID();
const published: EventEnvelope[] = [];

suiteFixture(async (own) => {
  db = own(await createTestDatabase([{ schema: 'webhooks', directory: MIGRATIONS }]));
  bus = own(newBus());
  hooks = own(await startWebhooks(db, bus));
  await bus.subscribe({
    consumer: 'test-webhooks-out',
    subjects: ['ucos.webhooks.>'],
    handler: (envelope) => {
      published.push(envelope);
    },
  });
});

const CREATE = /* GraphQL */ `
  mutation ($input: WebhookEndpointCreateInput!) {
    webhookEndpointCreate(input: $input) { secret endpoint { id url enabled eventTypes } errors { code field message } }
  }`;
const DELIVERIES = /* GraphQL */ `
  query ($id: ID!) {
    webhookDeliveries(endpointId: $id, first: 100) {
      totalCount
      edges { node { id eventId eventType status attempts responseStatus latencyMs responseBody error nextAttemptAt } }
    }
  }`;

async function createEndpoint(url: string, eventTypes: string[], tenantId = tenant) {
  const result = await hooks.call(CREATE, { input: { url, eventTypes, description: 'test' } }, manager(tenantId));
  const payload = result.data?.webhookEndpointCreate;
  expect(payload?.errors).toEqual([]);
  return { id: payload.endpoint.id as string, secret: payload.secret as string };
}

type Delivery = Record<string, any>;

async function deliveries(endpointId: string, tenantId = tenant) {
  const result = await hooks.call(DELIVERIES, { id: endpointId }, manager(tenantId));
  return (result.data?.webhookDeliveries.edges ?? []).map((edge: { node: Delivery }) => edge.node);
}

/** The endpoint's delivery log, newest first, once `ready` holds for it. */
const deliveriesOnce = (endpointId: string, ready: (rows: Delivery[]) => boolean) =>
  waitFor(async () => {
    const rows = await deliveries(endpointId);
    return ready(rows) && rows;
  });

const latestSucceeded = (rows: Delivery[]) => rows[0]?.status === 'SUCCEEDED';

describe('webhooks', () => {
  it('protects every tenant table', async () => {
    await assertTenantTablesProtected(db.adminUrl, 'webhooks');
  });

  it('sends a signed envelope that the SDK helper verifies, and logs the delivery', async () => {
    const receiver = await receiverOfTest();
    const { id, secret } = await createEndpoint(receiver.url, ['orders.order.*']);
    expect(secret).toMatch(/^whsec_/);
    const event = domainEvent(tenant, 'orders.order.created', randomUUID(), { orderId: 'o-1' });
    await bus.publish(event);
    await bus.publish(domainEvent(tenant, 'catalog.product.created', randomUUID())); // not subscribed
    const [delivery] = await waitFor(() => receiver.received.length > 0 && receiver.received);
    expect(delivery?.headers['ucos-event-id']).toBe(event.id);
    expect(delivery?.headers['ucos-event-type']).toBe('orders.order.created');
    const verified = await verifyWebhook(
      { headers: delivery!.headers as Record<string, string>, body: delivery!.body },
      secret,
    );
    expect(verified).toMatchObject({
      ok: true,
      event: { id: event.id, tenantId: tenant, payload: { orderId: 'o-1' } },
    });
    expect(
      (
        await verifyWebhook(
          { headers: delivery!.headers as Record<string, string>, body: delivery!.body },
          'whsec_wrong',
        )
      ).ok,
    ).toBe(false);
    const log = await deliveriesOnce(id, latestSucceeded);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ eventId: event.id, attempts: 1, responseStatus: 204, error: null });
    expect(receiver.received).toHaveLength(1); // catalog.product.created matches no filter
    expect(log[0].latencyMs).toBeGreaterThanOrEqual(0);
    // the secret is never readable again
    const read = await hooks.call(`query ($id: ID!) { webhookEndpoint(id: $id) { id url } }`, { id }, manager(tenant));
    expect(JSON.stringify(read.data)).not.toContain(secret);
  });

  it('retries a receiver that is down and, once it is back, delivers everything in order per aggregate', async () => {
    let down = true;
    const receiver = await receiverOfTest(() => (down ? 503 : 200));
    const { id } = await createEndpoint(receiver.url, ['inventory.*']);
    const a = randomUUID();
    const b = randomUUID();
    const events = [
      domainEvent(tenant, 'inventory.stock.changed', a, { n: 1 }),
      domainEvent(tenant, 'inventory.stock.changed', b, { n: 1 }),
      domainEvent(tenant, 'inventory.stock.changed', a, { n: 2 }),
      domainEvent(tenant, 'inventory.stock.low', a, { n: 3 }),
      domainEvent(tenant, 'inventory.stock.changed', b, { n: 2 }),
    ];
    for (const event of events) await bus.publish(event);
    const during = await deliveriesOnce(id, (rows) => receiver.requests >= 3 && rows.length === 5);
    expect(during.every((row: { status: string }) => row.status === 'PENDING')).toBe(true);
    // only the head of each aggregate was attempted: later ones wait behind it
    expect(during.filter((row: { attempts: number }) => row.attempts > 0).length).toBeLessThanOrEqual(2);
    down = false;
    await waitFor(() => receiver.received.length === 5);
    const order = (aggregate: string) =>
      receiver.received
        .map((entry) => JSON.parse(entry.body) as EventEnvelope<{ n: number }>)
        .filter((envelope) => envelope.aggregateId === aggregate)
        .map((envelope) => envelope.payload.n);
    expect(order(a)).toEqual([1, 2, 3]);
    expect(order(b)).toEqual([1, 2]);
    const after = await deliveriesOnce(id, (rows) => rows.every((row) => row.status === 'SUCCEEDED'));
    const retried = after.find((row: { attempts: number }) => row.attempts > 1);
    expect(retried).toBeDefined();
  });

  it('disables an endpoint after repeated failures and announces it; enabling sends what waited', async () => {
    let failing = true;
    const receiver = await receiverOfTest(() => (failing ? 500 : 200));
    const { id } = await createEndpoint(receiver.url, ['orders.order.cancelled']);
    await bus.publish(domainEvent(tenant, 'orders.order.cancelled', randomUUID()));
    const announced = await waitFor(() =>
      published.find(
        (event) =>
          event.type === 'webhooks.endpoint.disabled' && (event.payload as { url?: string }).url === receiver.url,
      ),
    );
    expect(announced.payload).toMatchObject({ url: receiver.url, failures: 8 });
    const endpoint = await hooks.call(
      `query ($id: ID!) { webhookEndpoint(id: $id) { enabled disabledReason consecutiveFailures } }`,
      { id },
      manager(tenant),
    );
    expect(endpoint.data?.webhookEndpoint).toMatchObject({ enabled: false, consecutiveFailures: 8 });
    const [row] = await deliveries(id);
    expect(row).toMatchObject({ status: 'PENDING', attempts: 8, responseStatus: 500 });
    expect(row.responseBody.length).toBeLessThanOrEqual(2048);
    failing = false;
    const enabled = await hooks.call(
      `mutation ($id: ID!) { webhookEndpointEnable(input: { endpointId: $id }) { endpoint { enabled consecutiveFailures } errors { code } } }`,
      { id },
      manager(tenant),
    );
    expect(enabled.data?.webhookEndpointEnable.endpoint).toEqual({ enabled: true, consecutiveFailures: 0 });
    await waitFor(() => receiver.received.length === 1);
  });

  it('signs with both secrets during a rotation overlap, with the new one only after an immediate rotation', async () => {
    const receiver = await receiverOfTest();
    const { id, secret: first } = await createEndpoint(receiver.url, ['catalog.product.updated']);
    const ROTATE = `mutation ($id: ID!, $hours: Int!) { webhookEndpointSecretRotate(input: { endpointId: $id, overlapHours: $hours }) {
      secret endpoint { previousSecretExpiresAt } errors { code field } } }`;
    const rotated = await hooks.call(ROTATE, { id, hours: 24 }, manager(tenant));
    const second: string = rotated.data?.webhookEndpointSecretRotate.secret;
    expect(second).toMatch(/^whsec_/);
    expect(second).not.toBe(first);
    expect(rotated.data?.webhookEndpointSecretRotate.endpoint.previousSecretExpiresAt).not.toBeNull();
    await bus.publish(domainEvent(tenant, 'catalog.product.updated', randomUUID()));
    const [overlap] = await waitFor(() => receiver.received.length === 1 && receiver.received);
    const header = String(overlap!.headers['ucos-signature']);
    expect(header.match(/v1=/g)).toHaveLength(2);
    for (const secret of [first, second]) {
      expect(
        (await verifyWebhook({ headers: overlap!.headers as Record<string, string>, body: overlap!.body }, secret)).ok,
      ).toBe(true);
    }
    const immediate = await hooks.call(ROTATE, { id, hours: 0 }, manager(tenant));
    const third: string = immediate.data?.webhookEndpointSecretRotate.secret;
    await bus.publish(domainEvent(tenant, 'catalog.product.updated', randomUUID()));
    const after = await waitFor(() => receiver.received.length === 2 && receiver.received[1]);
    const request = { headers: after.headers as Record<string, string>, body: after.body };
    expect((await verifyWebhook(request, third)).ok).toBe(true);
    expect((await verifyWebhook(request, first)).ok).toBe(false);
    expect((await verifyWebhook(request, second)).ok).toBe(false);
    const invalid = await hooks.call(ROTATE, { id, hours: 1000 }, manager(tenant));
    expect(invalid.data?.webhookEndpointSecretRotate.errors[0]).toMatchObject({ code: 'INVALID_INPUT' });
  });

  it("never delivers identity's account mail events, not even to `*` (they carry a sealed link, tell who has an account)", async () => {
    const receiver = await receiverOfTest();
    const own = randomUUID();
    await createEndpoint(receiver.url, ['*'], own);
    const refused = await hooks.call(
      CREATE,
      { input: { url: receiver.url, eventTypes: ['identity.mail.requested'], description: 'x' } },
      manager(own),
    );
    expect(refused.data?.webhookEndpointCreate.errors[0]).toMatchObject({ code: 'INVALID_EVENT_TYPE' });
    await bus.publish(
      domainEvent(own, 'identity.mail.requested', randomUUID(), {
        template: 'account.password_reset',
        to: 'someone@example.com',
        sealedLink: 'v1.sealed',
      }),
    );
    await bus.publish(domainEvent(own, 'identity.account.password_reset_requested', randomUUID(), { email: 'x@y.z' }));
    await bus.publish(domainEvent(own, 'catalog.product.updated', randomUUID()));
    // the fan-out takes events one at a time, in order: when the public one after them arrives, they were skipped
    const [only] = await waitFor(() => receiver.received.length >= 1 && receiver.received);
    expect(JSON.parse(only!.body).type).toBe('catalog.product.updated');
    expect(receiver.received.map((entry) => JSON.parse(entry.body).type)).toEqual(['catalog.product.updated']);
  });

  it('pings one endpoint on webhookEndpointTest and redelivers a finished delivery', async () => {
    const receiver = await receiverOfTest();
    const bystander = await receiverOfTest();
    const { id } = await createEndpoint(receiver.url, ['orders.order.completed']);
    await createEndpoint(bystander.url, ['*']);
    const test = await hooks.call(
      `mutation ($id: ID!) { webhookEndpointTest(input: { endpointId: $id }) { endpoint { id } errors { code } } }`,
      { id },
      manager(tenant),
    );
    expect(test.data?.webhookEndpointTest.errors).toEqual([]);
    const [ping] = await waitFor(() => receiver.received.length === 1 && receiver.received);
    expect(JSON.parse(ping!.body)).toMatchObject({
      type: 'webhooks.test.ping',
      payload: { endpointId: expect.any(String) },
    });
    const [row] = await deliveriesOnce(id, latestSucceeded);
    const again = await hooks.call(
      `mutation ($id: ID!) { webhookDeliveryRedeliver(input: { deliveryId: $id }) { delivery { status } errors { code } } }`,
      { id: row.id },
      manager(tenant),
    );
    expect(again.data?.webhookDeliveryRedeliver.delivery.status).toBe('PENDING');
    await waitFor(() => receiver.received.length === 2);
    const [redelivered] = await deliveriesOnce(id, latestSucceeded);
    expect(redelivered.attempts).toBe(2);
    expect(bystander.received.some((entry) => entry.body.includes('webhooks.test.ping'))).toBe(false);
  });

  it('refuses bad URLs, private destinations and unknown event types with typed errors', async () => {
    const strictEnv = testEnv(db, { WEBHOOKS_ALLOW_PRIVATE_DESTINATIONS: 'false' });
    const strict = await createWebhooksServer(strictEnv, createLogger('webhooks', 'silent'), bus);
    const call = inProcessCaller(strict.yoga, SECRET);
    try {
      for (const [url, code] of [
        ['ftp://example.com/hook', 'INVALID_URL'],
        ['not a url', 'INVALID_URL'],
        ['http://127.0.0.1:9/hook', 'DESTINATION_NOT_ALLOWED'],
        ['http://localhost/hook', 'DESTINATION_NOT_ALLOWED'],
        ['http://10.1.2.3/hook', 'DESTINATION_NOT_ALLOWED'],
        ['http://192.168.1.1/hook', 'DESTINATION_NOT_ALLOWED'],
        ['http://169.254.169.254/latest/meta-data', 'DESTINATION_NOT_ALLOWED'],
        ['http://100.64.0.1/hook', 'DESTINATION_NOT_ALLOWED'],
        ['http://[::1]/hook', 'DESTINATION_NOT_ALLOWED'],
        ['http://[fd00::1]/hook', 'DESTINATION_NOT_ALLOWED'],
        ['http://[::ffff:127.0.0.1]/hook', 'DESTINATION_NOT_ALLOWED'],
      ] as const) {
        const result = await call(CREATE, { input: { url, eventTypes: ['orders.order.created'] } }, manager(tenant));
        expect([url, result.data?.webhookEndpointCreate.errors[0]?.code]).toEqual([url, code]);
      }
      const unknown = await call(
        CREATE,
        { input: { url: 'https://example.com/hook', eventTypes: ['orders.nope'] } },
        manager(tenant),
      );
      expect(unknown.data?.webhookEndpointCreate.errors[0]).toMatchObject({
        code: 'INVALID_EVENT_TYPE',
        field: ['input', 'eventTypes', '0'],
      });
      const accepted = await call(
        CREATE,
        { input: { url: 'https://example.com/hook', eventTypes: ['orders.order.*'] } },
        manager(tenant),
      );
      expect(accepted.data?.webhookEndpointCreate.errors).toEqual([]);
      await hooks.call(
        `mutation ($id: ID!) { webhookEndpointDelete(input: { endpointId: $id }) { errors { code } } }`,
        { id: accepted.data?.webhookEndpointCreate.endpoint.id },
        manager(tenant),
      );
    } finally {
      await strict.close();
    }
    expect(urlProblem('https://example.com/x', { allowPrivate: false })).toBeNull();
    expect(isPrivateAddress('8.8.8.8')).toBe(false);
    expect(isPrivateAddress('172.31.255.255')).toBe(true);
  });

  it('refuses a private destination at delivery time, after DNS resolution', async () => {
    const receiver = await receiverOfTest();
    const send = httpSender({ allowPrivate: false }, 2_000);
    try {
      // a name, not an IP literal: only resolution tells where it goes
      const outcome = await send({ url: receiver.url.replace('127.0.0.1', 'localhost'), body: '{}', headers: {} });
      expect(outcome.status).toBeNull();
      expect(outcome.error).toMatch(/destination refused/);
      expect(receiver.requests).toBe(0);
    } finally {
      send.close();
    }
  });

  it('never sends one delivery twice when two worker replicas dispatch at once', async () => {
    const receiver = await receiverOfTest();
    // a second replica: its own pool and dispatcher on the same database (its fan-out listens on another bus)
    const replica = await createWebhooksWorker(testEnv(db), createLogger('replica', 'silent'), newBus());
    await replica.start();
    try {
      await createEndpoint(receiver.url, ['orders.order.payment_status_changed']);
      const events = Array.from({ length: 40 }, (_, n) =>
        domainEvent(tenant, 'orders.order.payment_status_changed', randomUUID(), { n }),
      );
      for (const event of events) await bus.publish(event);
      await waitFor(() => receiver.received.length >= 40);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const ids = receiver.received.map((entry) => String(entry.headers['ucos-event-id']));
      expect(ids.length).toBe(40);
      expect(new Set(ids).size).toBe(40);
    } finally {
      await replica.close();
    }
  });

  it('gives up an attempt at the timeout and records why', async () => {
    const hanging = createServer(() => {
      // never answers
    });
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    const send = httpSender({ allowPrivate: true }, 200);
    try {
      const started = Date.now();
      const outcome = await send({
        url: `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/`,
        body: '{}',
        headers: {},
      });
      expect(outcome).toMatchObject({ status: null, error: 'timed out after 200 ms' });
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      send.close();
      hanging.closeAllConnections();
      hanging.close();
    }
  });

  it("isolates tenants: another tenant sees none of the endpoints or deliveries, and its events don't reach them", async () => {
    const receiver = await receiverOfTest();
    const { id } = await createEndpoint(receiver.url, ['orders.order.edited']);
    await bus.publish(domainEvent(otherTenant, 'orders.order.edited', randomUUID()));
    await bus.publish(domainEvent(tenant, 'orders.order.edited', randomUUID()));
    await waitFor(() => receiver.received.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.received).toHaveLength(1);
    expect(JSON.parse(receiver.received[0]!.body).tenantId).toBe(tenant);
    const [row] = await deliveries(id);
    const other = manager(otherTenant);
    const list = await hooks.call(`{ webhookEndpoints(first: 50) { totalCount } }`, {}, other);
    expect(list.data?.webhookEndpoints.totalCount).toBe(0);
    expect(
      (await hooks.call(`query ($id: ID!) { webhookEndpoint(id: $id) { id } }`, { id }, other)).data?.webhookEndpoint,
    ).toBeNull();
    expect(await deliveries(id, otherTenant)).toEqual([]);
    const redeliver = await hooks.call(
      `mutation ($id: ID!) { webhookDeliveryRedeliver(input: { deliveryId: $id }) { errors { code } } }`,
      { id: row.id },
      other,
    );
    expect(redeliver.data?.webhookDeliveryRedeliver.errors[0].code).toBe('NOT_FOUND');
    const update = await hooks.call(
      `mutation ($id: ID!) { webhookEndpointUpdate(input: { endpointId: $id, url: "https://evil.example/x" }) { errors { code } } }`,
      { id },
      other,
    );
    expect(update.data?.webhookEndpointUpdate.errors[0].code).toBe('NOT_FOUND');
    const forbidden = await hooks.call(
      `{ webhookEndpoints(first: 1) { totalCount } }`,
      {},
      { ...other, scopes: ['orders:read'] },
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
