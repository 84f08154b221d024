import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUYER_ADDRESS, eurCartWith, mugShop, type Ok } from './platform-fixtures.ts';
import { RATES_FIXTURES } from './plugin-fixtures.ts';
import { installEnabled } from './plugin-install.ts';
import { startWholePlatform, type WholePlatform } from './whole-platform.ts';

/**
 * The plugin-backed shipping-rates adapter (issue 15 §2) through the real gateway and stores: a shop
 * that selects "Shipping-rate plugins" (Settings → Integrations) offers what its `shipping.rates`
 * plugin answers (the SDK's store-pickup example: a free pickup and a remote-area surcharge) on the
 * cart, in cartShippingMethodSet and at checkout, which charges exactly that; installing the plugin
 * alone changes nothing, deselecting the adapter takes its methods away, a fail-closed plugin that
 * crashes stops checkout, and another tenant runs none of it.
 */
let platform: WholePlatform;

beforeAll(async () => {
  platform = await startWholePlatform();
}, 120_000);
afterAll(() => platform?.close());

const SELECT = `mutation ($input: IntegrationConfigureInput!) {
  integrationConfigure(input: $input) { integration { adapterId enabled } errors { code message } } }`;
const METHODS = `query ($id: ID!, $country: String) { cart(id: $id) {
  shippingMethods(country: $country) { code name price { amount currency } estimatedDaysMin estimatedDaysMax } } }`;
const SET_METHOD = `mutation ($input: CartShippingMethodSetInput!) {
  cartShippingMethodSet(input: $input) { cart { shippingMethod { code } shipping { amount } } errors { code field message } } }`;
const CHECKOUT = `mutation ($input: CheckoutCompleteInput!) {
  checkoutComplete(input: $input) { order { id shipping { amount } shippingMethod { code name } } errors { code field message } } }`;

const selectPlugins = async (ok: Ok, enabled: boolean) => {
  const selected = await ok(SELECT, { input: { kind: 'SHIPPING_RATES', adapterId: 'plugin', enabled } });
  expect(selected.integrationConfigure).toEqual({ integration: { adapterId: 'plugin', enabled }, errors: [] });
};

const checkoutInput = (cartId: string, address: object, shippingMethod?: string) => ({
  input: {
    cartId,
    idempotencyKey: randomUUID(),
    email: 'buyer@example.com',
    shippingAddress: address,
    ...(shippingMethod ? { shippingMethod } : {}),
    payment: { provider: 'test', token: 'tok_ok' },
  },
});

const codesOf = (methods: { code: string }[]) => methods.map((method) => method.code);

const PICKUP_CONFIG = {
  pickup: { name: 'Collect at our Berlin store', countries: ['DE'], readyInDays: 1 },
  surcharges: [{ country: 'DE', postalPrefix: '185', amount: 900 }],
};

describe('shipping rates from a plugin, through the gateway', () => {
  it('the selected plugin adapter adds a free pickup and a remote-area surcharge that checkout charges', async () => {
    const { ok, bearer, variantId } = await mugShop(platform, 'rates-pickup');
    await installEnabled(ok, RATES_FIXTURES.storePickup, PICKUP_CONFIG);
    const cartId = await eurCartWith(ok, variantId, 1);

    // installed but not selected: the shop's zones alone
    const zones = (await ok(METHODS, { id: cartId, country: 'DE' })).cart.shippingMethods;
    expect(zones.length).toBeGreaterThan(0);
    expect(codesOf(zones)).not.toContain('pickup');
    const standard = zones[0];

    await selectPlugins(ok, true);
    const offered = (await ok(METHODS, { id: cartId, country: 'DE' })).cart.shippingMethods;
    // cheapest first: the free pickup leads, the zones' methods follow unchanged (no postal code yet)
    expect(offered).toEqual([
      {
        code: 'pickup',
        name: 'Collect at our Berlin store',
        price: { amount: 0, currency: 'EUR' },
        estimatedDaysMin: 1,
        estimatedDaysMax: 1,
      },
      ...zones,
    ]);
    // abroad the plugin offers no pickup
    const abroad = (await ok(METHODS, { id: cartId, country: 'AT' })).cart.shippingMethods;
    expect(codesOf(abroad)).not.toContain('pickup');

    const chosen = await ok(SET_METHOD, { input: { cartId, shippingMethod: 'pickup' } });
    expect(chosen.cartShippingMethodSet).toEqual({
      cart: { shippingMethod: { code: 'pickup' }, shipping: { amount: 0 } },
      errors: [],
    });
    const picked = await ok(CHECKOUT, checkoutInput(cartId, BUYER_ADDRESS));
    expect(picked.checkoutComplete.errors).toEqual([]);
    expect(picked.checkoutComplete.order).toMatchObject({
      shipping: { amount: 0 },
      shippingMethod: { code: 'pickup', name: 'Collect at our Berlin store' },
    });

    // an island address: the zones' method with the surcharge, priced at checkout from the postal code
    const islandCart = await eurCartWith(ok, variantId, 1);
    const island = { ...BUYER_ADDRESS, city: 'Hiddensee', postalCode: '18565' };
    const placed = await ok(CHECKOUT, checkoutInput(islandCart, island, standard.code));
    expect(placed.checkoutComplete.errors).toEqual([]);
    expect(placed.checkoutComplete.order).toMatchObject({
      shipping: { amount: standard.price.amount + 900 },
      shippingMethod: { code: standard.code, name: `${standard.name} (remote area)` },
    });

    // deselected: the pickup is gone again and checkout refuses it, storing nothing
    await selectPlugins(ok, false);
    const laterCart = await eurCartWith(ok, variantId, 1);
    expect(codesOf((await ok(METHODS, { id: laterCart, country: 'DE' })).cart.shippingMethods)).not.toContain('pickup');
    const refused = (await platform.gql(CHECKOUT, checkoutInput(laterCart, BUYER_ADDRESS, 'pickup'), bearer)).body.data;
    expect(refused.checkoutComplete.order).toBeNull();
    expect(refused.checkoutComplete.errors).toMatchObject([
      { code: 'SHIPPING_METHOD_UNAVAILABLE', field: ['input', 'shippingMethod'] },
    ]);

    // another tenant with the same adapter selected but no plugin: its zones only
    const other = await mugShop(platform, 'rates-other');
    await selectPlugins(other.ok, true);
    const untouched = (await other.ok(METHODS, { id: await eurCartWith(other.ok, other.variantId, 1), country: 'DE' }))
      .cart;
    expect(codesOf(untouched.shippingMethods)).toEqual(codesOf(zones));
  });

  it('a crashing fail-closed rates plugin: the cart shows the zones, choosing and checkout refuse, nothing is charged', async () => {
    const { ok, bearer, variantId } = await mugShop(platform, 'rates-closed');
    await installEnabled(ok, RATES_FIXTURES.crasherRefuse, {});
    await selectPlugins(ok, true);
    const cartId = await eurCartWith(ok, variantId, 1);
    const methods = (await ok(METHODS, { id: cartId, country: 'DE' })).cart.shippingMethods;
    expect(methods.length).toBeGreaterThan(0);
    const refusal = {
      code: 'PLUGIN_REFUSED',
      field: null,
      message: 'This cannot be checked right now. Please try again in a moment.',
    };
    const chosen = (await platform.gql(SET_METHOD, { input: { cartId, shippingMethod: methods[0].code } }, bearer)).body
      .data;
    expect(chosen.cartShippingMethodSet).toEqual({ cart: null, errors: [refusal] });
    const refused = (await platform.gql(CHECKOUT, checkoutInput(cartId, BUYER_ADDRESS), bearer)).body.data;
    expect(refused.checkoutComplete).toEqual({ order: null, errors: [refusal] });
    const still = await ok(`query ($id: ID!) { cart(id: $id) { status } }`, { id: cartId });
    expect(still.cart.status).toBe('OPEN');
  });
});
