import { createInternalClient, createLogger, internalTokenKey } from '@ucos/kit';
import { identityRecipients } from '@ucos/notifications/ports/identity-recipients';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWholePlatform, type WholePlatform } from './whole-platform.ts';

/**
 * Notifications through the gateway: one tenant's template override and log are not another's; the
 * recipients of staff notifications come from identity (a typed internal query), per tenant.
 */
let platform: WholePlatform;
let alpha: { bearer: Record<string, string>; tenantId: string };
let beta: { bearer: Record<string, string>; tenantId: string };

beforeAll(async () => {
  platform = await startWholePlatform();
  alpha = await platform.tenant('notify-alpha');
  beta = await platform.tenant('notify-beta');
}, 120_000);
afterAll(() => platform?.close());

describe('notifications across tenants', () => {
  it("an override and the log are the tenant's own", async () => {
    const upsert = await platform.gql(
      `mutation { notificationTemplateUpsert(input: { key: "stock.low", locale: "en", subject: "Alpha low {{ stock.available }}",
         mjml: "<mjml><mj-body></mj-body></mjml>", text: "alpha" }) { template { overridden } errors { code } } }`,
      {},
      alpha.bearer,
    );
    expect(upsert.body.data.notificationTemplateUpsert).toEqual({ template: { overridden: true }, errors: [] });
    const mine = await platform.gql(
      `{ notificationTemplate(key: "stock.low") { subject overridden } }`,
      {},
      alpha.bearer,
    );
    expect(mine.body.data.notificationTemplate).toEqual({
      subject: 'Alpha low {{ stock.available }}',
      overridden: true,
    });
    const theirs = await platform.gql(
      `{ notificationTemplate(key: "stock.low") { subject overridden } }`,
      {},
      beta.bearer,
    );
    expect(theirs.body.data.notificationTemplate).toEqual({
      subject: 'Low stock: {{ stock.available }} left',
      overridden: false,
    });
    // each tenant's log holds its own mail only: here the confirmation of its sign-up, to its owner
    const log = await platform.gql(
      `{ notifications(first: 5) { edges { node { template recipient } } } }`,
      {},
      beta.bearer,
    );
    expect(log.body.data.notifications.edges.map((edge: { node: unknown }) => edge.node)).toEqual([
      { template: 'account.sign_up', recipient: 'notify-beta@example.com' },
    ]);
    const anonymous = await platform.gql(`{ notifications(first: 5) { totalCount } }`);
    expect(anonymous.body.data?.notifications ?? null).toBeNull();
  });

  it("staff recipients are the tenant's members holding the scope, asked of identity", async () => {
    const client = createInternalClient(
      platform.subgraphUrls.identity as string,
      internalTokenKey(platform.internalSecret),
      { service: 'identity', logger: createLogger('test', 'silent') },
    );
    const directory = identityRecipients(client);
    // the platform hands out global ids; internal calls carry the local tenant uuid
    const local = (tenant: typeof alpha) =>
      Buffer.from(tenant.tenantId, 'base64url').toString().split(':')[1] as string;
    expect(await directory.emailsWithScope(local(alpha), 'inventory:adjust')).toEqual(['notify-alpha@example.com']);
    expect(await directory.emailsWithScope(local(beta), 'inventory:adjust')).toEqual(['notify-beta@example.com']);
  });
});
