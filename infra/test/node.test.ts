import { randomUUID } from 'node:crypto';
import { withoutBudget } from '@ucos/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkoutOrder, type Ok, okAs, sellableVariant } from './platform-fixtures.ts';
import { registerShopperByMail } from './sign-up.ts';
import { startWholePlatform, type WholePlatform } from './whole-platform.ts';

/**
 * `node(id:)` / `nodes(ids:)` through the real gateway: the id names its type, identity (the router
 * subgraph) checks it, and the owning subgraph resolves it through `_entities`. One type of every
 * subgraph; another tenant's id is null; a malformed id is BAD_USER_INPUT; a caller without the
 * type's read permission is refused as the type's own root field would refuse them.
 */
let platform: WholePlatform;
let alpha: { bearer: Record<string, string>; tenantId: string };
let beta: { bearer: Record<string, string>; tenantId: string };
let ok: Ok;
/** shoppers of tenant alpha: the subscriber, and another who must not see their subscription */
const shoppers: Record<'subscriber' | 'other', Record<string, string>> = { subscriber: {}, other: {} };

const codes = (answer: { body: { errors?: { extensions?: Record<string, any> }[] } }) =>
  (answer.body.errors ?? []).map((error) => error.extensions?.code);

/** One id of every subgraph's node types, all in tenant alpha. */
const ids: Record<string, string> = {};

const NODE = `query($id: ID!) { node(id: $id) {
  __typename id
  ... on User { email }
  ... on Tenant { slug }
  ... on Product { title }
  ... on ProductVariant { sku }
  ... on Collection { handle }
  ... on Warehouse { code }
  ... on Reservation { reference }
  ... on Order { number }
  ... on Shipment { status }
  ... on Category { name }
  ... on PriceList { name }
  ... on Role { name }
  ... on Invitation { email }
  ... on ApiKey { name }
  ... on Company { name }
  ... on Cart { currency }
  ... on ShippingZone { name }
  ... on CustomerSubscription { quantity }
} }`;

beforeAll(async () => {
  platform = await startWholePlatform();
  alpha = await platform.tenant('node-alpha');
  ok = okAs(platform, alpha.bearer);
  beta = await platform.tenant('node-beta');
  const viewer = await ok(`{ viewer { user { id } tenant { id } } }`);
  ids.User = viewer.viewer.user.id;
  ids.Tenant = viewer.viewer.tenant.id;
  const lamp = await sellableVariant(ok, { handle: 'lamp', title: 'Lamp', sku: 'LAMP-1', amount: 1999, onHand: 10 });
  ids.Product = lamp.productId;
  ids.ProductVariant = lamp.variantId;
  ids.PriceList = lamp.priceListId;
  ids.Warehouse = lamp.warehouseId;
  const collection = await ok(
    `mutation { collectionCreate(input: { handle: "lights", title: "Lights" }) { collection { id } errors { code message } } }`,
  );
  ids.Collection = collection.collectionCreate.collection.id;
  const category = await ok(
    `mutation { categoryCreate(input: { name: "Lighting" }) { category { id } errors { code message } } }`,
  );
  ids.Category = category.categoryCreate.category.id;
  const role = await ok(
    `mutation { roleCreate(input: { name: "packers", scopes: ["fulfillment:manage"] }) { role { id } errors { code message } } }`,
  );
  ids.Role = role.roleCreate.role.id;
  const invitation = await ok(
    `mutation { memberInvite(input: { email: "packer@example.com", roleNames: ["packers"] }) { invitation { id } errors { code message } } }`,
  );
  ids.Invitation = invitation.memberInvite.invitation.id;
  const apiKey = await ok(
    `mutation { apiKeyCreate(input: { name: "reporting", scopes: ["orders:read"] }) { apiKey { id } errors { code message } } }`,
  );
  ids.ApiKey = apiKey.apiKeyCreate.apiKey.id;
  const company = await ok(
    `mutation { companyCreate(input: { name: "Acme", customerGroup: "wholesale" }) { company { id } errors { code message } } }`,
  );
  ids.Company = company.companyCreate.company.id;
  const openCart = await ok(
    `mutation { cartCreate(input: { currency: "EUR" }) { cart { id } errors { code message } } }`,
  );
  ids.Cart = openCart.cartCreate.cart.id;
  const zone = await ok(
    `mutation { shippingZoneCreate(input: { name: "Iceland", countries: ["IS"] }) { zone { id } errors { code message } } }`,
  );
  ids.ShippingZone = zone.shippingZoneCreate.zone.id;
  ids.Order = await checkoutOrder(ok, ids.ProductVariant, 2);
  // a subscription: once the order above is placed, the lamp is sold by subscription and a shopper subscribes
  await ok(
    `mutation($input: SubscriptionPlanSetInput!) { subscriptionPlanSet(input: $input) { errors { code message } } }`,
    { input: { variantId: ids.ProductVariant, name: 'Lamp club', intervalUnit: 'MONTH', intervalCount: 1 } },
  );
  const key = await ok(`mutation { storefrontKeyCreate(input: { name: "web" }) { secret } }`);
  const storefront = { 'x-publishable-key': key.storefrontKeyCreate.secret };
  for (const name of ['subscriber', 'other'] as const) {
    const session = await registerShopperByMail(platform.gql, platform.mail, storefront, {
      email: `${name}@shopper.example`,
      password: 'Shopper-Password-2026',
    });
    shoppers[name] = { authorization: `Bearer ${session.accessToken}` };
  }
  await checkoutOrder(okAs(platform, shoppers.subscriber), ids.ProductVariant, 1);
  const subscribed = await okAs(
    platform,
    shoppers.subscriber,
  )(`{ mySubscriptions(first: 1) { edges { node { id } } } }`);
  ids.CustomerSubscription = subscribed.mySubscriptions.edges[0].node.id;
  const reservations = await ok(`{ reservations(first: 1) { edges { node { id } } } }`);
  ids.Reservation = reservations.reservations.edges[0].node.id;
  await ok(`mutation($input: OrderTransitionInput!) { orderConfirm(input: $input) { errors { code message } } }`, {
    input: { orderId: ids.Order },
  });
  // fulfillment learns of the order from its events: retry until its read model has it
  for (let attempt = 0; attempt < 100 && !ids.Shipment; attempt++) {
    const created = await platform.gql(
      `mutation($input: ShipmentCreateInput!) { shipmentCreate(input: $input) { shipment { id } errors { code message } } }`,
      {
        input: {
          orderId: ids.Order,
          warehouseId: ids.Warehouse,
          lines: [{ variantId: ids.ProductVariant, quantity: 1 }],
        },
      },
      alpha.bearer,
    );
    const shipment = created.body.data?.shipmentCreate?.shipment;
    if (shipment) ids.Shipment = shipment.id;
    else await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(ids.Shipment, 'a shipment of the order').toBeTruthy();
}, 180_000);
afterAll(() => platform?.close());

const OWNED_FIELD: Record<string, [string, unknown]> = {
  User: ['email', 'node-alpha@example.com'],
  Tenant: ['slug', 'node-alpha'],
  Product: ['title', 'Lamp'],
  ProductVariant: ['sku', 'LAMP-1'],
  Collection: ['handle', 'lights'],
  Warehouse: ['code', 'MAIN'],
  Reservation: ['reference', expect.any(String)],
  Order: ['number', expect.any(Number)],
  Shipment: ['status', 'PENDING'],
  Category: ['name', 'Lighting'],
  PriceList: ['name', 'Retail'],
  Role: ['name', 'packers'],
  Invitation: ['email', 'packer@example.com'],
  ApiKey: ['name', 'reporting'],
  Company: ['name', 'Acme'],
  Cart: ['currency', 'EUR'],
  ShippingZone: ['name', 'Iceland'],
  CustomerSubscription: ['quantity', 1],
};

describe('node(id:)', () => {
  it('answers one type of every subgraph, with the fields its owning subgraph resolves', async () => {
    for (const [type, [field, value]] of Object.entries(OWNED_FIELD)) {
      const answer = await ok(NODE, { id: ids[type] });
      expect(answer.node, type).toEqual({ __typename: type, id: ids[type], [field]: value });
    }
  });

  it("another tenant's id is null, exactly like an id that does not exist", async () => {
    for (const type of Object.keys(OWNED_FIELD)) {
      const theirs = await platform.gql(NODE, { id: ids[type] }, beta.bearer);
      expect(theirs.body.errors, `${type}: ${JSON.stringify(theirs.body)}`).toBeUndefined();
      expect(theirs.body.data?.node, type).toBeNull();
      const missing = Buffer.from(`${type}:${randomUUID()}`).toString('base64url');
      const nobody = await platform.gql(NODE, { id: missing }, alpha.bearer);
      expect(withoutBudget(nobody.body), type).toEqual(withoutBudget(theirs.body));
    }
  });

  it('proves existence however few fields are selected: only `id`, only `__typename`, or no field of the type', async () => {
    const types = Object.keys(OWNED_FIELD);
    const mine = types.map((type) => ids[type]);
    const missing = types.map((type) => Buffer.from(`${type}:${randomUUID()}`).toString('base64url'));
    // the same selections under `node` (one id) and `nodes` (every type at once)
    const selections = [
      '{ id }',
      '{ __typename }',
      '{ ... on Node { id } }',
      '{ ... on Tenant { slug } }',
      '{ id ... on Product @skip(if: true) { title } }',
    ];
    for (const selection of selections) {
      for (const type of types) {
        const query = `query($id: ID!) { ...Root } fragment Root on Query { found: node(id: $id) ${selection} }`;
        const theirs = await platform.gql(query, { id: ids[type] }, beta.bearer);
        expect(withoutBudget(theirs.body), `${type} ${selection}, another tenant`).toEqual({ data: { found: null } });
      }
      const query = `query($ids: [ID!]!) { nodes(ids: $ids) ${selection} }`;
      const own = await platform.gql(query, { ids: [...mine, ...missing] }, alpha.bearer);
      expect(own.body.errors, selection).toBeUndefined();
      const answers = own.body.data?.nodes as unknown[];
      expect(
        answers.slice(0, types.length).every((node) => node !== null),
        selection,
      ).toBe(true);
      expect(answers.slice(types.length), `${selection}, ids that do not exist`).toEqual(missing.map(() => null));
    }
  });

  it('a malformed id is BAD_USER_INPUT naming the argument, never a null or a server error', async () => {
    const malformed = [
      'not-an-id',
      '%%%',
      Buffer.from('Product').toString('base64url'),
      Buffer.from('Product:42').toString('base64url'),
      Buffer.from(`product:${randomUUID()}`).toString('base64url'),
      Buffer.from(`Product:${randomUUID()}`).toString('base64'),
      Buffer.from(`Address:${randomUUID()}`).toString('base64url'),
      Buffer.from(`Nope:${randomUUID()}`).toString('base64url'),
    ];
    for (const id of malformed) {
      const answer = await platform.gql(NODE, { id }, alpha.bearer);
      expect(codes(answer), id).toEqual(['BAD_USER_INPUT']);
      expect(answer.body.errors?.[0]?.extensions?.field, id).toEqual(['id']);
    }
  });

  it("respects the type's read permission: a key for orders reads an order, not a warehouse, product, member or shipment", async () => {
    const key = await ok(
      `mutation { apiKeyCreate(input: { name: "orders only", scopes: ["orders:read"] }) { secret errors { code } } }`,
    );
    const ordersOnly = { 'x-api-key': key.apiKeyCreate.secret };
    const order = await platform.gql(NODE, { id: ids.Order }, ordersOnly);
    expect(order.body.data?.node).toMatchObject({ __typename: 'Order', id: ids.Order });
    const zone = await platform.gql(NODE, { id: ids.ShippingZone }, ordersOnly);
    expect(zone.body.data?.node).toEqual({ __typename: 'ShippingZone', id: ids.ShippingZone, name: 'Iceland' });
    for (const type of ['Warehouse', 'Product', 'User', 'Shipment', 'Category', 'Role', 'ApiKey', 'Invitation']) {
      const refused = await platform.gql(NODE, { id: ids[type] }, ordersOnly);
      expect(codes(refused), type).toEqual(['FORBIDDEN']);
    }
    // shipping zones are read as `shippingZones` is: with orders:read
    const catalogKey = await ok(
      `mutation { apiKeyCreate(input: { name: "catalog only", scopes: ["catalog:read"] }) { secret errors { code } } }`,
    );
    const catalogOnly = { 'x-api-key': catalogKey.apiKeyCreate.secret };
    expect(codes(await platform.gql(NODE, { id: ids.ShippingZone }, catalogOnly))).toEqual(['FORBIDDEN']);
    const anonymous = await platform.gql(NODE, { id: ids.Product });
    expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('node(id:) for a shopper', () => {
  it('a subscription opens to its own shopper, not to another shopper of the same shop', async () => {
    const own = await platform.gql(NODE, { id: ids.CustomerSubscription }, shoppers.subscriber);
    expect(own.body.data?.node).toEqual({
      __typename: 'CustomerSubscription',
      id: ids.CustomerSubscription,
      quantity: 1,
    });
    const other = await platform.gql(NODE, { id: ids.CustomerSubscription }, shoppers.other);
    expect(other.body.errors).toBeUndefined();
    expect(other.body.data?.node).toBeNull();
    const listed = await platform.gql(
      `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`,
      { ids: [ids.CustomerSubscription] },
      shoppers.other,
    );
    expect(listed.body.data?.nodes).toEqual([null]);
  });
});

describe('nodes(ids:)', () => {
  it('answers in the order asked, null for what the caller cannot see', async () => {
    const foreign = await ok(`{ viewer { tenant { id } } }`, {}, beta.bearer);
    const asked = [ids.Shipment, ids.Product, foreign.viewer.tenant.id, ids.Warehouse, ids.Order];
    const answer = await ok(
      `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Product { title } ... on Warehouse { code } } }`,
      { ids: asked },
    );
    expect(answer.nodes).toEqual([
      { __typename: 'Shipment', id: ids.Shipment },
      { __typename: 'Product', id: ids.Product, title: 'Lamp' },
      null,
      { __typename: 'Warehouse', id: ids.Warehouse, code: 'MAIN' },
      { __typename: 'Order', id: ids.Order },
    ]);
  });

  it('a malformed id anywhere in the list is BAD_USER_INPUT naming its index; more than 100 ids are refused', async () => {
    const answer = await platform.gql(
      `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
      { ids: [ids.Product, 'x'] },
      alpha.bearer,
    );
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
    expect(answer.body.errors?.[0]?.extensions?.field).toEqual(['ids', '1']);
    const many = Array.from({ length: 101 }, () => ids.Product);
    const tooMany = await platform.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: many }, alpha.bearer);
    expect(codes(tooMany)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('every id argument, input and filter', () => {
  const notAProduct = () => Buffer.from(`Warehouse:${randomUUID()}`).toString('base64url');
  const probes: [string, string, () => Record<string, unknown>, string[]][] = [
    [
      'identity: an argument',
      `mutation($id: ID!) { memberRemove(input: { userId: $id }) { errors { code } } }`,
      () => ({ id: 'x' }),
      ['input', 'userId'],
    ],
    ['catalog: an argument', `query($id: ID!) { product(id: $id) { id } }`, () => ({ id: notAProduct() }), ['id']],
    [
      'catalog: a filter',
      `query($id: ID) { products(first: 1, filter: { categoryId: $id }) { totalCount } }`,
      () => ({ id: 'Q2F0ZWdvcnk6MQ' }),
      ['filter', 'categoryId'],
    ],
    [
      'inventory: a nested input',
      `mutation($input: StockAdjustInput!) { stockAdjust(input: $input) { errors { code } } }`,
      () => ({
        input: { variantId: ids.ProductVariant, warehouseId: ids.Product, delta: 1, idempotencyKey: randomUUID() },
      }),
      ['input', 'warehouseId'],
    ],
    [
      'inventory: a filter',
      `query($id: ID) { stockMovements(first: 1, filter: { variantId: $id }) { totalCount } }`,
      () => ({ id: '%%%' }),
      ['filter', 'variantId'],
    ],
    ['orders: an argument', `query($id: ID!) { order(id: $id) { id } }`, () => ({ id: ids.Shipment }), ['id']],
    [
      'orders: a filter',
      `query($id: ID) { orders(first: 1, filter: { customerId: $id }) { totalCount } }`,
      () => ({ id: 'garbage' }),
      ['filter', 'customerId'],
    ],
    ['fulfillment: an argument', `query($id: ID!) { shipment(id: $id) { id } }`, () => ({ id: ids.Order }), ['id']],
  ];
  for (const [name, query, variables, field] of probes) {
    it(`${name}: a malformed id is BAD_USER_INPUT naming ${field.join('.')}`, async () => {
      const answer = await platform.gql(query, variables(), alpha.bearer);
      expect(codes(answer), JSON.stringify(answer.body)).toEqual(['BAD_USER_INPUT']);
      expect(answer.body.errors?.[0]?.extensions?.field).toEqual(field);
    });
  }

  it("another tenant's well-formed id is not found, never an error that tells it apart", async () => {
    for (const [query, variables] of [
      [`query($id: ID!) { product(id: $id) { id } }`, { id: ids.Product }],
      [`query($id: ID!) { order(id: $id) { id } }`, { id: ids.Order }],
      [`query($id: ID!) { shipment(id: $id) { id } }`, { id: ids.Shipment }],
      [`query($id: ID!) { warehouse(id: $id) { id } }`, { id: ids.Warehouse }],
    ] as const) {
      const answer = await platform.gql(query, variables, beta.bearer);
      expect(answer.body.errors, query).toBeUndefined();
      expect(Object.values(answer.body.data ?? {})[0], query).toBeNull();
    }
  });
});

describe('one cursor scheme', () => {
  it("a cursor of another list is BAD_USER_INPUT, and a list's own cursor pages on", async () => {
    const orders = await ok(`{ orders(first: 1) { edges { cursor } } }`);
    const orderCursor = orders.orders.edges[0].cursor;
    const products = await ok(`{ products(first: 1) { edges { cursor } } }`);
    const productCursor = products.products.edges[0].cursor;
    for (const [list, after] of [
      ['members', orderCursor],
      ['warehouses', orderCursor],
      ['products', orderCursor],
      ['orders', productCursor],
      ['shipments', productCursor],
    ]) {
      const answer = await platform.gql(
        `query($after: String) { ${list}(first: 1, after: $after) { totalCount } }`,
        { after },
        alpha.bearer,
      );
      expect(codes(answer), `${list}: ${JSON.stringify(answer.body)}`).toEqual(['BAD_USER_INPUT']);
      expect(answer.body.errors?.[0]?.extensions?.field).toEqual(['after']);
    }
    // two orders: the staff checkout and the subscriber's; the second page holds one, the third none
    const page = `query($after: String) { orders(first: 1, after: $after) { edges { cursor } } }`;
    const next = await ok(page, { after: orderCursor });
    expect(next.orders.edges).toHaveLength(1);
    expect(next.orders.edges[0].cursor).not.toBe(orderCursor);
    const last = await ok(page, { after: next.orders.edges[0].cursor });
    expect(last.orders.edges).toEqual([]);
  });

  it('connections page forward only: Relay backward arguments are not in the schema', async () => {
    const answer = await platform.gql(`{ products(last: 1) { totalCount } }`, {}, alpha.bearer);
    expect(codes(answer)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});
