import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cartWith,
  checkoutInput,
  type OrdersHarness,
  staff,
  startOrders,
  storefront,
  VARIANTS,
  vid,
} from './harness.ts';

/** The deployment's defaults: what a shop without zones is offered and seeded with. */
const DEFAULTS = [
  { code: 'standard', name: 'Standard', prices: { EUR: 499 }, estimatedDaysMin: 2, estimatedDaysMax: 5 },
  {
    code: 'pickup',
    name: 'Pick-up point',
    prices: { EUR: 299 },
    estimatedDaysMin: 3,
    estimatedDaysMax: 6,
    countries: ['DE', 'AT'],
  },
];

const ZONE_FIELDS =
  'id name countries restOfWorld methods { id code name price { amount currency } freeShippingThreshold { amount } estimatedDaysMin estimatedDaysMax }';
const ZONES = `query { shippingZones { ${ZONE_FIELDS} } }`;
const ZONE_CREATE = `mutation ($input: ShippingZoneCreateInput!) {
  shippingZoneCreate(input: $input) { zone { ${ZONE_FIELDS} } errors { code field message } } }`;
const ZONE_UPDATE = `mutation ($input: ShippingZoneUpdateInput!) {
  shippingZoneUpdate(input: $input) { zone { ${ZONE_FIELDS} } errors { code field message } } }`;
const ZONE_DELETE = `mutation ($input: ShippingZoneDeleteInput!) {
  shippingZoneDelete(input: $input) { deletedZoneId errors { code field message } } }`;
const METHOD_CREATE = `mutation ($input: ShippingZoneMethodCreateInput!) {
  shippingZoneMethodCreate(input: $input) { method { id code price { amount } } zone { id } errors { code field message } } }`;
const METHOD_UPDATE = `mutation ($input: ShippingZoneMethodUpdateInput!) {
  shippingZoneMethodUpdate(input: $input) { method { id code name price { amount } freeShippingThreshold { amount } } errors { code field message } } }`;
const METHOD_DELETE = `mutation ($input: ShippingZoneMethodDeleteInput!) {
  shippingZoneMethodDelete(input: $input) { zone { id methods { code } } errors { code field message } } }`;
const OFFER = `query ($id: ID!, $country: String) { cart(id: $id) { shippingMethods(country: $country) { code price { amount } } } }`;
const CHECKOUT = `mutation ($input: CheckoutCompleteInput!) {
  checkoutComplete(input: $input) { order { shipping { amount } shippingMethod { code name price { amount } } } errors { code field message } } }`;

type Zone = {
  id: string;
  name: string;
  countries: string[];
  restOfWorld: boolean;
  methods: { id: string; code: string; price: { amount: number; currency: string } }[];
};

describe('shipping zones per shop', () => {
  let h: OrdersHarness;
  const shopA = randomUUID();
  const shopB = randomUUID();
  beforeAll(async () => {
    h = await startOrders({ env: { SHIPPING_METHODS: JSON.stringify(DEFAULTS) } });
    h.stock.available.set(VARIANTS.mug, 10_000);
    h.stock.available.set(VARIANTS.tee, 10_000);
  });
  afterAll(() => h?.close());

  const offer = async (shop: string, lines: { variantId: string; quantity: number }[], country: string | null) => {
    const auth = storefront(shop);
    const cart = await cartWith(h, auth, lines);
    const result = await h.call(OFFER, { id: cart.id, country }, auth);
    expect(result.errors).toBeUndefined();
    return {
      cart,
      methods: result.data?.cart.shippingMethods.map(
        (m: { code: string; price: { amount: number } }) => `${m.code}:${m.price.amount}`,
      ),
    };
  };
  const oneMug = [{ variantId: vid(VARIANTS.mug), quantity: 1 }]; // 12.50 EUR
  const fiveTees = [{ variantId: vid(VARIANTS.tee), quantity: 5 }]; // 100.00 EUR
  const rows = async (sql: string, values: unknown[] = []) => {
    const client = new pg.Client({ connectionString: h.db.adminUrl });
    await client.connect();
    try {
      return (await client.query(sql, values)).rows;
    } finally {
      await client.end();
    }
  };

  it('a shop that never configured shipping is offered the defaults, copied into its own zones on the first look', async () => {
    expect((await offer(shopA, oneMug, 'DE')).methods).toEqual(['pickup:299', 'standard:499']);
    expect((await offer(shopA, oneMug, 'FR')).methods).toEqual(['standard:499']);
    expect(await rows('select * from orders.shipping_zones where tenant_id = $1', [shopA])).toEqual([]);

    const listed = await h.call(ZONES, {}, staff(shopA));
    expect(listed.errors).toBeUndefined();
    const zones: Zone[] = listed.data?.shippingZones;
    expect(zones.map((zone) => [zone.name, zone.countries, zone.restOfWorld, zone.methods.map((m) => m.code)])).toEqual(
      [
        ['DE, AT', ['AT', 'DE'], false, ['standard', 'pickup']],
        ['Rest of world', [], true, ['standard']],
      ],
    );
    // the copy is made once, however often and concurrently staff look
    await Promise.all([1, 2, 3].map(() => h.call(ZONES, {}, staff(shopA))));
    expect(await rows('select count(*)::int as n from orders.shipping_zones where tenant_id = $1', [shopA])).toEqual([
      { n: 2 },
    ]);
    expect((await offer(shopA, oneMug, 'DE')).methods).toEqual(['pickup:299', 'standard:499']);
  });

  it("a zone and method the shop adds change what its carts offer and charge, with the free-shipping threshold; another shop's do not change", async () => {
    const created = await h.call(ZONE_CREATE, { input: { name: 'Nordics', countries: ['se', 'NO'] } }, staff(shopA));
    expect(created.data?.shippingZoneCreate.errors).toEqual([]);
    const zone: Zone = created.data?.shippingZoneCreate.zone;
    expect(zone).toMatchObject({ name: 'Nordics', countries: ['NO', 'SE'], restOfWorld: false, methods: [] });
    // a zone without methods ships nowhere: its countries no longer fall back to the rest of world
    expect((await offer(shopA, oneMug, 'SE')).methods).toEqual([]);

    const method = await h.call(
      METHOD_CREATE,
      {
        input: {
          zoneId: zone.id,
          code: 'boat',
          name: 'By boat',
          currency: 'EUR',
          amount: 999,
          freeFrom: 10_000,
          estimatedDaysMin: 3,
          estimatedDaysMax: 7,
        },
      },
      staff(shopA),
    );
    expect(method.data?.shippingZoneMethodCreate).toMatchObject({
      errors: [],
      method: { code: 'boat', price: { amount: 999 } },
      zone: { id: zone.id },
    });
    expect((await offer(shopA, oneMug, 'SE')).methods).toEqual(['boat:999']);
    expect((await offer(shopA, fiveTees, 'SE')).methods).toEqual(['boat:0']); // 100 EUR reaches the threshold
    expect((await offer(shopA, oneMug, 'DE')).methods).toEqual(['pickup:299', 'standard:499']);
    // before the address is known every zone's methods are estimates
    expect((await offer(shopA, oneMug, null)).methods).toEqual(['pickup:299', 'standard:499', 'boat:999']);

    // checkout charges the shop's method, priced for the destination
    const { cart } = await offer(shopA, oneMug, 'SE');
    const address = { name: 'Greta', line1: 'Gatan 1', city: 'Stockholm', postalCode: '11122', country: 'SE' };
    const placed = await h.call(
      CHECKOUT,
      { input: checkoutInput(cart.id, { shippingAddress: address, shippingMethod: 'boat' }) },
      storefront(shopA),
    );
    expect(placed.data?.checkoutComplete).toEqual({
      errors: [],
      order: { shipping: { amount: 999 }, shippingMethod: { code: 'boat', name: 'By boat', price: { amount: 999 } } },
    });
    // standard is not offered in the Nordics zone
    const { cart: other } = await offer(shopA, oneMug, 'SE');
    const refused = await h.call(
      CHECKOUT,
      { input: checkoutInput(other.id, { shippingAddress: address, shippingMethod: 'standard' }) },
      storefront(shopA),
    );
    expect(refused.data?.checkoutComplete.errors).toMatchObject([
      { code: 'SHIPPING_METHOD_UNAVAILABLE', field: ['input', 'shippingMethod'] },
    ]);

    // shop B still has the defaults and sees none of shop A's zones
    expect((await offer(shopB, oneMug, 'SE')).methods).toEqual(['standard:499']);
    const zonesOfB: Zone[] = (await h.call(ZONES, {}, staff(shopB))).data?.shippingZones;
    expect(zonesOfB.map((z) => z.name)).toEqual(['DE, AT', 'Rest of world']);
    expect(zonesOfB.some((z) => z.id === zone.id)).toBe(false);
  });

  it("editing a method's price and threshold and deleting methods and zones changes the offer", async () => {
    const zones: Zone[] = (await h.call(ZONES, {}, staff(shopA))).data?.shippingZones;
    const nordics = zones.find((zone) => zone.name === 'Nordics') as Zone;
    const boat = nordics.methods[0] as Zone['methods'][number];
    const updated = await h.call(
      METHOD_UPDATE,
      { input: { id: boat.id, amount: 1299, freeFrom: null, name: 'Ferry' } },
      staff(shopA),
    );
    expect(updated.data?.shippingZoneMethodUpdate).toEqual({
      errors: [],
      method: { id: boat.id, code: 'boat', name: 'Ferry', price: { amount: 1299 }, freeShippingThreshold: null },
    });
    expect((await offer(shopA, fiveTees, 'SE')).methods).toEqual(['boat:1299']);

    const renamed = await h.call(
      ZONE_UPDATE,
      { input: { id: nordics.id, countries: ['SE', 'NO', 'FI'] } },
      staff(shopA),
    );
    expect(renamed.data?.shippingZoneUpdate.zone).toMatchObject({ name: 'Nordics', countries: ['FI', 'NO', 'SE'] });
    expect((await offer(shopA, oneMug, 'FI')).methods).toEqual(['boat:1299']);

    const removed = await h.call(METHOD_DELETE, { input: { id: boat.id } }, staff(shopA));
    expect(removed.data?.shippingZoneMethodDelete).toEqual({ errors: [], zone: { id: nordics.id, methods: [] } });
    expect((await offer(shopA, oneMug, 'SE')).methods).toEqual([]);

    const deleted = await h.call(ZONE_DELETE, { input: { id: nordics.id } }, staff(shopA));
    expect(deleted.data?.shippingZoneDelete).toEqual({ errors: [], deletedZoneId: nordics.id });
    // back in the rest of world
    expect((await offer(shopA, oneMug, 'SE')).methods).toEqual(['standard:499']);

    // deleting every zone means shipping nowhere, not the defaults again
    for (const zone of zones.filter((z) => z.id !== nordics.id)) {
      expect(
        (await h.call(ZONE_DELETE, { input: { id: zone.id } }, staff(shopA))).data?.shippingZoneDelete.errors,
      ).toEqual([]);
    }
    expect((await offer(shopA, oneMug, 'DE')).methods).toEqual([]);
    expect((await h.call(ZONES, {}, staff(shopA))).data?.shippingZones).toEqual([]);
  });

  it('bad input is a typed error naming the field, and nothing is stored', async () => {
    const shop = randomUUID();
    const zones: Zone[] = (await h.call(ZONES, {}, staff(shop))).data?.shippingZones;
    const restOfWorld = zones.find((zone) => zone.restOfWorld) as Zone;
    const createZone = async (input: Record<string, unknown>) =>
      (await h.call(ZONE_CREATE, { input }, staff(shop))).data?.shippingZoneCreate;
    expect(await createZone({ name: 'Europe', countries: ['Germany'] })).toMatchObject({
      zone: null,
      errors: [{ code: 'INVALID_INPUT', field: ['input', 'countries', '0'] }],
    });
    expect(await createZone({ name: '  ', countries: ['FR'] })).toMatchObject({
      errors: [{ code: 'INVALID_INPUT', field: ['input', 'name'] }],
    });
    expect(await createZone({ name: 'Twice', countries: ['FR', 'fr'] })).toMatchObject({
      errors: [{ code: 'INVALID_INPUT', field: ['input', 'countries'] }],
    });
    const taken = await createZone({ name: 'Germany', countries: ['FR', 'DE'] });
    expect(taken).toMatchObject({
      zone: null,
      errors: [{ code: 'COUNTRY_IN_ANOTHER_ZONE', field: ['input', 'countries'] }],
    });
    expect(taken.errors[0].message).toContain('DE (DE, AT)');
    expect(await createZone({ name: 'Elsewhere', countries: [] })).toMatchObject({
      errors: [{ code: 'REST_OF_WORLD_EXISTS', field: ['input', 'countries'] }],
    });

    const createMethod = async (input: Record<string, unknown>) =>
      (
        await h.call(
          METHOD_CREATE,
          {
            input: {
              zoneId: restOfWorld.id,
              code: 'courier',
              name: 'Courier',
              currency: 'EUR',
              amount: 2500,
              estimatedDaysMin: 1,
              estimatedDaysMax: 1,
              ...input,
            },
          },
          staff(shop),
        )
      ).data?.shippingZoneMethodCreate;
    expect(await createMethod({ currency: 'eur' })).toMatchObject({
      method: null,
      errors: [{ code: 'INVALID_CURRENCY', field: ['input', 'currency'] }],
    });
    expect(await createMethod({ amount: -1 })).toMatchObject({
      errors: [{ code: 'INVALID_AMOUNT', field: ['input', 'amount'] }],
    });
    expect(await createMethod({ freeFrom: -5 })).toMatchObject({
      errors: [{ code: 'INVALID_AMOUNT', field: ['input', 'freeFrom'] }],
    });
    expect(await createMethod({ code: 'Next Day!' })).toMatchObject({
      errors: [{ code: 'INVALID_INPUT', field: ['input', 'code'] }],
    });
    expect(await createMethod({ name: ' ' })).toMatchObject({
      errors: [{ code: 'INVALID_INPUT', field: ['input', 'name'] }],
    });
    // over the schema's length cap: refused before anything runs (the kit's input rules)
    const tooLong = await h.call(
      METHOD_CREATE,
      {
        input: {
          zoneId: restOfWorld.id,
          code: 'courier',
          name: 'x'.repeat(201),
          currency: 'EUR',
          amount: 1,
          estimatedDaysMin: 1,
          estimatedDaysMax: 1,
        },
      },
      staff(shop),
    );
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', 'name'] });
    expect(await createMethod({ estimatedDaysMin: 5, estimatedDaysMax: 2 })).toMatchObject({
      errors: [{ code: 'INVALID_INPUT', field: ['input', 'estimatedDaysMax'] }],
    });
    expect(await createMethod({ code: 'standard' })).toMatchObject({
      errors: [{ code: 'SHIPPING_METHOD_EXISTS', field: ['input', 'code'] }],
    });
    expect(
      await createMethod({ zoneId: Buffer.from(`ShippingZone:${randomUUID()}`).toString('base64url') }),
    ).toMatchObject({
      errors: [{ code: 'NOT_FOUND', field: ['input', 'zoneId'] }],
    });
    // the same refusals when an update would break the rules (the database's constraints, mapped)
    const other = zones.find((zone) => !zone.restOfWorld) as Zone;
    expect(
      (await h.call(ZONE_UPDATE, { input: { id: other.id, countries: [] } }, staff(shop))).data?.shippingZoneUpdate,
    ).toMatchObject({
      zone: null,
      errors: [{ code: 'REST_OF_WORLD_EXISTS', field: ['input', 'countries'] }],
    });
    const pickup = other.methods.find((method) => method.code === 'pickup') as Zone['methods'][number];
    expect(
      (await h.call(METHOD_UPDATE, { input: { id: pickup.id, code: 'standard' } }, staff(shop))).data
        ?.shippingZoneMethodUpdate,
    ).toMatchObject({
      method: null,
      errors: [{ code: 'SHIPPING_METHOD_EXISTS', field: ['input', 'code'] }],
    });
    expect(
      (await h.call(METHOD_UPDATE, { input: { id: pickup.id, estimatedDaysMin: 9 } }, staff(shop))).data
        ?.shippingZoneMethodUpdate,
    ).toMatchObject({
      errors: [{ code: 'INVALID_INPUT', field: ['input', 'estimatedDaysMax'] }],
    });
    const after: Zone[] = (await h.call(ZONES, {}, staff(shop))).data?.shippingZones;
    expect(after).toEqual(zones);
  });

  it("estimates a cart for the shop's own country until the shopper gives an address", async () => {
    const shop = randomUUID();
    const auth = storefront(shop);
    const cart = await cartWith(h, auth, oneMug);
    const estimate = async () =>
      (
        await h.call(
          `query ($id: ID!) { cart(id: $id) { shippingMethod { code } shipping { amount } } }`,
          { id: cart.id },
          auth,
        )
      ).data?.cart;
    const originIn = async (country: string) => {
      const set = await h.call(
        `mutation ($c: String) { taxSettingsUpdate(input: { originCountry: $c }) { errors { code } } }`,
        { c: country },
        staff(shop),
      );
      expect(set.data?.taxSettingsUpdate.errors).toEqual([]);
    };
    // no origin: every method counts, and the cheapest is the pick-up point (Germany and Austria only)
    expect(await estimate()).toEqual({ shippingMethod: { code: 'pickup' }, shipping: { amount: 299 } });
    // a French shop's shoppers are not promised a pick-up point they cannot use
    await originIn('FR');
    expect(await estimate()).toEqual({ shippingMethod: { code: 'standard' }, shipping: { amount: 499 } });
    await originIn('AT');
    expect(await estimate()).toEqual({ shippingMethod: { code: 'pickup' }, shipping: { amount: 299 } });
    // checkout to France still charges what France costs
    const placed = await h.call(
      CHECKOUT,
      {
        input: checkoutInput(cart.id, {
          shippingAddress: {
            name: 'Claire',
            line1: '1 rue de Rivoli',
            city: 'Paris',
            postalCode: '75001',
            country: 'FR',
          },
        }),
      },
      auth,
    );
    expect(placed.data?.checkoutComplete).toMatchObject({ errors: [], order: { shipping: { amount: 499 } } });
  });

  it("another shop's zones and methods are not found, and shoppers and readers cannot change them", async () => {
    const owner = randomUUID();
    const zones: Zone[] = (await h.call(ZONES, {}, staff(owner))).data?.shippingZones;
    const zone = zones[0] as Zone;
    const method = zone.methods[0] as Zone['methods'][number];
    const intruder = staff(randomUUID());
    expect(
      (await h.call(ZONE_UPDATE, { input: { id: zone.id, name: 'Mine' } }, intruder)).data?.shippingZoneUpdate,
    ).toMatchObject({
      zone: null,
      errors: [{ code: 'NOT_FOUND' }],
    });
    expect(
      (await h.call(ZONE_DELETE, { input: { id: zone.id } }, intruder)).data?.shippingZoneDelete.errors,
    ).toMatchObject([{ code: 'NOT_FOUND' }]);
    expect(
      (await h.call(METHOD_UPDATE, { input: { id: method.id, amount: 1 } }, intruder)).data?.shippingZoneMethodUpdate
        .errors,
    ).toMatchObject([{ code: 'NOT_FOUND' }]);
    expect(
      (await h.call(METHOD_DELETE, { input: { id: method.id } }, intruder)).data?.shippingZoneMethodDelete.errors,
    ).toMatchObject([{ code: 'NOT_FOUND' }]);
    expect(
      (
        await h.call(
          METHOD_CREATE,
          {
            input: {
              zoneId: zone.id,
              code: 'x',
              name: 'X',
              currency: 'EUR',
              amount: 1,
              estimatedDaysMin: 1,
              estimatedDaysMax: 1,
            },
          },
          intruder,
        )
      ).data?.shippingZoneMethodCreate.errors,
    ).toMatchObject([{ code: 'NOT_FOUND' }]);

    for (const caller of [storefront(owner), staff(owner, ['orders:read'])]) {
      const denied = await h.call(ZONE_DELETE, { input: { id: zone.id } }, caller);
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await h.call(ZONES, {}, storefront(owner))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.call(ZONES, {}, staff(owner))).data?.shippingZones).toEqual(zones);
  });
});
