import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUYER_ADDRESS, eurCartWith, type Ok, okAs, sellableVariant } from './platform-fixtures.ts';
import { startWholePlatform, type WholePlatform } from './whole-platform.ts';

/**
 * A shop's shipping zones through the real gateway and the committed supergraph: what its staff set
 * decides what its carts offer and its checkout charges; another shop neither sees nor changes them.
 */
let platform: WholePlatform;
let alpha: { bearer: Record<string, string>; tenantId: string };
let beta: { bearer: Record<string, string>; tenantId: string };
let okAlpha: Ok;
let okBeta: Ok;

beforeAll(async () => {
  platform = await startWholePlatform();
  alpha = await platform.tenant('ship-alpha');
  beta = await platform.tenant('ship-beta');
  okAlpha = okAs(platform, alpha.bearer);
  okBeta = okAs(platform, beta.bearer);
}, 120_000);
afterAll(() => platform?.close());

const OFFER = `query ($id: ID!, $country: String) { cart(id: $id) { shippingMethods(country: $country) { code price { amount } } } }`;

const offered = async (ok: Ok, cartId: string, country: string) =>
  (await ok(OFFER, { id: cartId, country })).cart.shippingMethods.map(
    (method: { code: string; price: { amount: number } }) => `${method.code}:${method.price.amount}`,
  );

describe('shipping zones through the gateway', () => {
  it("a shop's zone and method decide its offer and its checkout; another shop neither sees nor changes them", async () => {
    const { variantId } = await sellableVariant(okAlpha, {
      handle: 'ship-mug',
      title: 'Mug',
      sku: 'SHIP-MUG',
      amount: 2000,
      onHand: 50,
    });
    const zone = await okAlpha(
      `mutation { shippingZoneCreate(input: { name: "Nordics", countries: ["SE", "NO"] }) { zone { id } errors { code message } } }`,
    );
    const zoneId = zone.shippingZoneCreate.zone.id;
    const method = await okAlpha(
      `mutation($input: ShippingZoneMethodCreateInput!) { shippingZoneMethodCreate(input: $input) {
        method { id } errors { code message } } }`,
      {
        input: {
          zoneId,
          code: 'boat',
          name: 'By boat',
          currency: 'EUR',
          amount: 900,
          freeFrom: 5000,
          estimatedDaysMin: 3,
          estimatedDaysMax: 6,
        },
      },
    );
    const methodId = method.shippingZoneMethodCreate.method.id;

    expect(await offered(okAlpha, await eurCartWith(okAlpha, variantId, 1), 'SE')).toEqual(['boat:900']);
    const freeCart = await eurCartWith(okAlpha, variantId, 3); // 60.00 EUR reaches the threshold
    expect(await offered(okAlpha, freeCart, 'SE')).toEqual(['boat:0']);
    const placed = await okAlpha(
      `mutation($input: CheckoutCompleteInput!) { checkoutComplete(input: $input) {
        order { shipping { amount } shippingMethod { code } displayNumber } errors { code message } } }`,
      {
        input: {
          cartId: freeCart,
          idempotencyKey: randomUUID(),
          email: 'buyer@example.com',
          shippingAddress: { ...BUYER_ADDRESS, country: 'SE' },
          payment: { provider: 'test', token: 'tok_ok' },
        },
      },
    );
    expect(placed.checkoutComplete.order).toEqual({
      shipping: { amount: 0 },
      shippingMethod: { code: 'boat' },
      displayNumber: '1001',
    });

    // beta: its own defaults, and alpha's zone and method are not found
    const betaZones = await okBeta('{ shippingZones { id name } }');
    expect(betaZones.shippingZones.map((z: { name: string }) => z.name)).toEqual(['Rest of world']);
    for (const [mutation, input] of [
      ['shippingZoneUpdate', { id: zoneId, name: 'Taken' }],
      ['shippingZoneDelete', { id: zoneId }],
      ['shippingZoneMethodUpdate', { id: methodId, amount: 1 }],
      ['shippingZoneMethodDelete', { id: methodId }],
    ] as const) {
      const inputType = `${mutation.charAt(0).toUpperCase()}${mutation.slice(1)}Input`;
      const answer = await platform.gql(
        `mutation($input: ${inputType}!) { ${mutation}(input: $input) { errors { code } } }`,
        { input },
        beta.bearer,
      );
      expect(answer.body.data?.[mutation].errors, `${mutation}: ${JSON.stringify(answer.body)}`).toEqual([
        { code: 'NOT_FOUND' },
      ]);
    }
    const alphaZones = await okAlpha('{ shippingZones { name methods { code price { amount } } } }');
    expect(alphaZones.shippingZones).toContainEqual({
      name: 'Nordics',
      methods: [{ code: 'boat', price: { amount: 900 } }],
    });
  });
});
