import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWholePlatform, type WholePlatform } from './whole-platform.ts';

/**
 * Webhook endpoints through the gateway: a tenant's owner manages them; another tenant sees none of
 * them, nor their delivery log, and cannot change them. Production rules apply here (no
 * WEBHOOKS_ALLOW_PRIVATE_DESTINATIONS): a loopback URL is refused.
 */
let platform: WholePlatform;
let alpha: { bearer: Record<string, string>; tenantId: string };
let beta: { bearer: Record<string, string>; tenantId: string };

beforeAll(async () => {
  platform = await startWholePlatform();
  alpha = await platform.tenant('hooks-alpha');
  beta = await platform.tenant('hooks-beta');
}, 120_000);
afterAll(() => platform?.close());

const CREATE = `mutation ($input: WebhookEndpointCreateInput!) {
  webhookEndpointCreate(input: $input) { secret endpoint { id url } errors { code field } } }`;

describe('webhooks through the gateway', () => {
  it("keeps one tenant's endpoints and deliveries from another", async () => {
    const created = await platform.gql(
      CREATE,
      { input: { url: 'https://hooks.example.com/ucos', eventTypes: ['orders.order.*'] } },
      alpha.bearer,
    );
    const payload = created.body.data?.webhookEndpointCreate;
    expect(payload?.errors, JSON.stringify(created.body)).toEqual([]);
    expect(payload.secret).toMatch(/^whsec_/);
    const id: string = payload.endpoint.id;

    const own = await platform.gql(`{ webhookEndpoints(first: 10) { totalCount } }`, {}, alpha.bearer);
    expect(own.body.data?.webhookEndpoints.totalCount).toBe(1);
    const theirs = await platform.gql(`{ webhookEndpoints(first: 10) { totalCount } }`, {}, beta.bearer);
    expect(theirs.body.data?.webhookEndpoints.totalCount).toBe(0);
    const byId = await platform.gql(`query ($id: ID!) { webhookEndpoint(id: $id) { id } }`, { id }, beta.bearer);
    expect(byId.body.data?.webhookEndpoint).toBeNull();
    const log = await platform.gql(
      `query ($id: ID!) { webhookDeliveries(endpointId: $id, first: 10) { totalCount } }`,
      { id },
      beta.bearer,
    );
    expect(log.body.data?.webhookDeliveries.totalCount).toBe(0);
    for (const mutation of ['webhookEndpointDisable', 'webhookEndpointDelete', 'webhookEndpointTest']) {
      const answer = await platform.gql(
        `mutation ($id: ID!) { ${mutation}(input: { endpointId: $id }) { errors { code } } }`,
        { id },
        beta.bearer,
      );
      expect([mutation, answer.body.data?.[mutation].errors]).toEqual([mutation, [{ code: 'NOT_FOUND' }]]);
    }
  });

  it('refuses loopback destinations outside development', async () => {
    const answer = await platform.gql(
      CREATE,
      { input: { url: 'http://127.0.0.1:8080/hook', eventTypes: ['orders.order.created'] } },
      alpha.bearer,
    );
    expect(answer.body.data?.webhookEndpointCreate.errors).toEqual([
      { code: 'DESTINATION_NOT_ALLOWED', field: ['input', 'url'] },
    ]);
  });
});
