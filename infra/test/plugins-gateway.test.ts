import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUYER_ADDRESS, eurCartWith, type Ok, okAs, sellableVariant, until } from './platform-fixtures.ts';
import { PLUGIN_FIXTURES } from './plugin-fixtures.ts';
import { PLUGIN_CONFIGURE as CONFIGURE, installEnabled } from './plugin-install.ts';
import { startWholePlatform, type WholePlatform } from './whole-platform.ts';

/**
 * A tenant's validator plugins through the real gateway (issue 15 §1): the merchant uploads,
 * installs, configures and enables the minimum-order validator; the orders subgraph runs it at
 * checkout and add-to-cart. A crashing plugin with a fail-open policy lets checkout through and is
 * logged. Another tenant neither sees nor runs nor changes any of it.
 */
let platform: WholePlatform;
let alpha: { bearer: Record<string, string>; tenantId: string };
let beta: { bearer: Record<string, string>; tenantId: string };
let okAlpha: Ok;
let okBeta: Ok;

beforeAll(async () => {
  platform = await startWholePlatform();
  alpha = await platform.tenant('plug-alpha');
  beta = await platform.tenant('plug-beta');
  okAlpha = okAs(platform, alpha.bearer);
  okBeta = okAs(platform, beta.bearer);
}, 120_000);
afterAll(() => platform?.close());

const CHECKOUT = `mutation ($input: CheckoutCompleteInput!) {
  checkoutComplete(input: $input) { order { id } errors { code field message } } }`;
const ADD = `mutation ($input: CartLinesAddInput!) { cartLinesAdd(input: $input) { cart { id } errors { code field message } } }`;

const checkout = (bearer: Record<string, string>, cartId: string) =>
  platform.gql(
    CHECKOUT,
    {
      input: {
        cartId,
        idempotencyKey: randomUUID(),
        email: 'buyer@example.com',
        shippingAddress: BUYER_ADDRESS,
        payment: { provider: 'test', token: 'tok_ok' },
      },
    },
    bearer,
  );

const LOG = `query ($id: ID!) { pluginInstallation(id: $id) { enabled consecutiveFailures
  stats { calls failures refusals } invocations(first: 20) { outcome failure message logs { message } } } }`;

describe('plugins through the gateway', () => {
  let minimum: { pluginId: string; installationId: string };
  let variantId: string;

  it('the minimum-order validator refuses a checkout below the minimum with its message, and lets one above it through', async () => {
    ({ variantId } = await sellableVariant(okAlpha, {
      handle: 'plug-mug',
      title: 'Mug',
      sku: 'PLUG-MUG',
      amount: 2000,
      onHand: 100,
    }));
    minimum = await installEnabled(okAlpha, PLUGIN_FIXTURES.minimumOrder, { minimumAmount: 5000, currency: 'EUR' });

    const small = await checkout(alpha.bearer, await eurCartWith(okAlpha, variantId, 1));
    expect(small.body.errors).toBeUndefined();
    expect(small.body.data.checkoutComplete.order).toBeNull();
    expect(small.body.data.checkoutComplete.errors).toEqual([
      {
        code: 'PLUGIN_REFUSED',
        field: ['input', 'lines'],
        message: 'Orders start at 50.00 EUR: add 30.00 EUR more to check out.',
      },
    ]);

    const large = await checkout(alpha.bearer, await eurCartWith(okAlpha, variantId, 3));
    expect(large.body.data.checkoutComplete.errors).toEqual([]);
    expect(large.body.data.checkoutComplete.order.id).toBeTruthy();

    // the runner reports both calls after the fact: the merchant sees them in the log
    const log = await until(async () => {
      const read = await okAlpha(LOG, { id: minimum.installationId });
      return read.pluginInstallation.stats[0]?.calls >= 2 ? read.pluginInstallation : null;
    }, 'the minimum-order calls in the log');
    expect(log.stats[0]).toMatchObject({ refusals: 1, failures: 0 });
    expect(log.invocations.map((call: { outcome: string }) => call.outcome).sort()).toEqual(['allowed', 'refused']);
  });

  it('a crashing plugin with a fail-open policy lets checkout proceed, and its failure is logged', async () => {
    const crasher = await installEnabled(okAlpha, PLUGIN_FIXTURES.crasher, {});
    const placed = await checkout(alpha.bearer, await eurCartWith(okAlpha, variantId, 3));
    expect(placed.body.data.checkoutComplete.errors).toEqual([]);
    expect(placed.body.data.checkoutComplete.order.id).toBeTruthy();
    const log = await until(async () => {
      const read = await okAlpha(LOG, { id: crasher.installationId });
      // the installation row and its log are separate reads of one answer: wait until both saw the report
      const installation = read.pluginInstallation;
      return installation.invocations.length > 0 && installation.consecutiveFailures > 0 ? installation : null;
    }, 'the crash in the log');
    expect(log.invocations[0]).toMatchObject({ outcome: 'failed', failure: 'error' });
    expect(log.invocations[0].message).toContain('inventory sync is down');
    expect(log.enabled).toBe(true);
    expect(log.consecutiveFailures).toBe(1);
  });

  it('a cart line validator refuses an add-to-cart with its message', async () => {
    await installEnabled(okAlpha, PLUGIN_FIXTURES.maxQuantity, { maxQuantity: 5 });
    const cart = await okAlpha(
      `mutation { cartCreate(input: { currency: "EUR" }) { cart { id } errors { code message } } }`,
    );
    const refused = await platform.gql(
      ADD,
      { input: { cartId: cart.cartCreate.cart.id, lines: [{ variantId, quantity: 6 }] } },
      alpha.bearer,
    );
    expect(refused.body.data.cartLinesAdd).toEqual({
      cart: null,
      errors: [{ code: 'PLUGIN_REFUSED', field: ['input', 'lines'], message: 'At most 5 per order line' }],
    });
    await okAlpha(ADD, { input: { cartId: cart.cartCreate.cart.id, lines: [{ variantId, quantity: 5 }] } });
  });

  it("another tenant neither sees, changes nor runs a tenant's plugins, installations or kv", async () => {
    const plugin = await okBeta(`query ($id: ID!) { plugin(id: $id) { id } }`, { id: minimum.pluginId });
    expect(plugin.plugin).toBeNull();
    const installation = await okBeta(`query ($id: ID!) { pluginInstallation(id: $id) { id } }`, {
      id: minimum.installationId,
    });
    expect(installation.pluginInstallation).toBeNull();
    expect((await okBeta(`{ plugins(first: 10) { totalCount } pluginInstallations { id } }`)).plugins.totalCount).toBe(
      0,
    );
    const configure = await platform.gql(
      CONFIGURE,
      { input: { installationId: minimum.installationId, config: '{"minimumAmount":0}' } },
      beta.bearer,
    );
    expect(configure.body.data.pluginConfigure.errors[0].code).toBe('NOT_INSTALLED');
    const disable = await platform.gql(
      `mutation ($input: PluginInstallationIdInput!) { pluginDisable(input: $input) { errors { code } } }`,
      { input: { installationId: minimum.installationId } },
      beta.bearer,
    );
    expect(disable.body.data.pluginDisable.errors[0].code).toBe('NOT_INSTALLED');
    // the hook runners' fields answer service tokens only: no staff member reaches kv or the hook list
    const kv = await platform.gql(
      `query { pluginKvGet(installationId: "${randomUUID()}", key: "k") }`,
      {},
      alpha.bearer,
    );
    expect(kv.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const hooks = await platform.gql(
      `query { pluginHookInstallations(hook: "checkout.validate") { code } }`,
      {},
      beta.bearer,
    );
    expect(hooks.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // beta's checkout below alpha's minimum goes through: alpha's plugins never run for beta
    const { variantId: betaVariant } = await sellableVariant(okBeta, {
      handle: 'beta-mug',
      title: 'Mug',
      sku: 'BETA-MUG',
      amount: 2000,
      onHand: 10,
    });
    const placed = await checkout(beta.bearer, await eurCartWith(okBeta, betaVariant, 1));
    expect(placed.body.data.checkoutComplete.errors).toEqual([]);
    // and alpha's installation is unchanged
    const alphaLog = await okAlpha(`query ($id: ID!) { pluginInstallation(id: $id) { enabled config } }`, {
      id: minimum.installationId,
    });
    expect(alphaLog.pluginInstallation.enabled).toBe(true);
    expect(JSON.parse(alphaLog.pluginInstallation.config).minimumAmount).toBe(5000);
  });
});
