import { randomUUID } from 'node:crypto';
import { countStatements, encodeGlobalId, leastStatements } from '@ucos/kit';
import { describe, expect, it } from 'vitest';
import { cartWith, customer, ordersSuite, staff, storefront, VARIANTS, vid } from './harness.ts';

/** Custom fields on customers and orders (issue 15 §3): definitions, values, checkout, tenants, statements. */

// plenty of mugs: every order here buys one (the stock is the fake inventory's, shared by tenants)
const h = ordersSuite({ onHand: { mug: 10_000 } });

const DEFINITION = 'id entity key label type required defaultValue visibility position archived version';
const create = (
  prefix: 'customer' | 'order',
) => `mutation ($input: ${prefix === 'customer' ? 'Customer' : 'Order'}CustomFieldDefinitionCreateInput!) {
  ${prefix}CustomFieldDefinitionCreate(input: $input) { customFieldDefinition { ${DEFINITION} } errors { code field message } } }`;
const update = (prefix: 'customer' | 'order') => `mutation ($input: CustomFieldDefinitionUpdateInput!) {
  ${prefix}CustomFieldDefinitionUpdate(input: $input) { customFieldDefinition { ${DEFINITION} } errors { code field message } } }`;
const archive = (prefix: 'customer' | 'order') => `mutation ($input: CustomFieldDefinitionArchiveInput!) {
  ${prefix}CustomFieldDefinitionArchive(input: $input) { customFieldDefinition { ${DEFINITION} } errors { code field message } } }`;
const LIST = `query ($all: Boolean) {
  customerCustomFieldDefinitions(includeArchived: $all) { key archived visibility }
  orderCustomFieldDefinitions(includeArchived: $all) { key archived visibility } }`;
const ME = `query { me { id version customFields { key value } } }`;
const CUSTOMER_FIELDS = `mutation ($input: CustomerCustomFieldsUpdateInput!) {
  customerCustomFieldsUpdate(input: $input) { customer { id version customFields { key type value numberValue } } errors { code field message } } }`;
const PROFILE = `mutation ($input: CustomerUpdateInput!) {
  customerUpdate(input: $input) { customer { customFields { key value } } errors { code field message } } }`;
const ORDER_FIELDS = `mutation ($input: OrderCustomFieldsUpdateInput!) {
  orderCustomFieldsUpdate(input: $input) { order { id version customFields { key value } } errors { code field message } } }`;
const ORDER = `query ($id: ID!) { order(id: $id) { id version customFields { key label value } note: customField(key: "gift_note") { value } } }`;

const codes = (errors: { code: string; field: string[] | null }[] | undefined) =>
  (errors ?? []).map((error) => [error.code, error.field]);

async function define(tenantId: string, prefix: 'customer' | 'order', input: Record<string, unknown>) {
  const result = await h.call(create(prefix), { input }, staff(tenantId));
  const payload = result.data?.[`${prefix}CustomFieldDefinitionCreate`];
  if (!payload?.customFieldDefinition) throw new Error(`definition failed: ${JSON.stringify(result)}`);
  return payload.customFieldDefinition as { id: string; version: number; entity: string };
}

/** A customer profile (created on first use by their own token) and its global id. */
async function customerOf(tenantId: string) {
  const id = randomUUID();
  const me = await h.call(ME, {}, customer(tenantId, id));
  if (!me.data?.me) throw new Error(JSON.stringify(me));
  return { id, globalId: encodeGlobalId('Customer', id) };
}

async function placeOrder(tenantId: string, overrides: Record<string, unknown> = {}) {
  const shopper = storefront(tenantId);
  const cart = await cartWith(h, shopper, [{ variantId: vid(VARIANTS.mug), quantity: 1 }]);
  return h.checkout(cart.id, shopper, overrides);
}

describe('customer and order field definitions', () => {
  it('are defined per entity, listed, archived; an update through the other entity is NOT_FOUND', async () => {
    const A = randomUUID();
    const tier = await define(A, 'customer', {
      key: 'loyalty_tier',
      label: 'Loyalty tier',
      type: 'ENUM',
      validation: { values: ['Bronze', 'Gold'] },
    });
    expect(tier).toMatchObject({ entity: 'CUSTOMER', position: 0, version: 1, visibility: 'ADMIN' });
    const note = await define(A, 'order', {
      key: 'gift_note',
      label: 'Gift note',
      type: 'TEXT',
      visibility: 'STOREFRONT',
    });
    expect(note.entity).toBe('ORDER');
    // the same key is free on the other entity, taken on the same one
    await define(A, 'order', { key: 'loyalty_tier', label: 'Tier at order', type: 'TEXT' });
    const twice = await h.call(
      create('customer'),
      { input: { key: 'loyalty_tier', label: 'x', type: 'TEXT' } },
      staff(A),
    );
    expect(codes(twice.data?.customerCustomFieldDefinitionCreate.errors)).toEqual([
      ['DUPLICATE_CUSTOM_FIELD_KEY', ['input', 'key']],
    ]);
    const badKey = await h.call(create('order'), { input: { key: 'Bad Key', label: 'x', type: 'TEXT' } }, staff(A));
    expect(codes(badKey.data?.orderCustomFieldDefinitionCreate.errors)).toEqual([
      ['INVALID_CUSTOM_FIELD_KEY', ['input', 'key']],
    ]);
    const wrongEntity = await h.call(update('order'), { input: { id: tier.id, version: 1, label: 'x' } }, staff(A));
    expect(codes(wrongEntity.data?.orderCustomFieldDefinitionUpdate.errors)).toEqual([['NOT_FOUND', ['input', 'id']]]);
    const archived = await h.call(archive('customer'), { input: { id: tier.id, version: 1 } }, staff(A));
    expect(archived.data?.customerCustomFieldDefinitionArchive.customFieldDefinition).toMatchObject({
      archived: true,
      version: 2,
    });
    const listed = await h.call(LIST, { all: false }, staff(A));
    expect(listed.data?.customerCustomFieldDefinitions).toEqual([]);
    expect(listed.data?.orderCustomFieldDefinitions.map((field: { key: string }) => field.key)).toEqual([
      'gift_note',
      'loyalty_tier',
    ]);
    // a storefront key sees the STOREFRONT definitions only (to render them at checkout)
    const shop = await h.call(LIST, { all: true }, storefront(A));
    expect(shop.data?.orderCustomFieldDefinitions).toEqual([
      { key: 'gift_note', archived: false, visibility: 'STOREFRONT' },
    ]);
    // and may not define any
    const forbidden = await h.call(create('order'), { input: { key: 'x', label: 'x', type: 'TEXT' } }, storefront(A));
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('customer values', () => {
  it('staff set any field with typed errors; the shopper sees and edits STOREFRONT ones only', async () => {
    const A = randomUUID();
    await define(A, 'customer', { key: 'vip', label: 'VIP', type: 'BOOLEAN', defaultValue: 'false' });
    await define(A, 'customer', { key: 'credit', label: 'Credit limit', type: 'NUMBER', validation: { min: 0 } });
    await define(A, 'customer', { key: 'newsletter_topic', label: 'Topic', type: 'TEXT', visibility: 'STOREFRONT' });
    const { id, globalId } = await customerOf(A);

    const refused = await h.call(
      CUSTOMER_FIELDS,
      {
        input: {
          customerId: globalId,
          customFields: [
            { key: 'credit', value: '-5' },
            { key: 'nope', value: 'x' },
          ],
        },
      },
      staff(A),
    );
    expect(codes(refused.data?.customerCustomFieldsUpdate.errors)).toEqual([
      ['INVALID_CUSTOM_FIELD_VALUE', ['input', 'customFields', 'credit']],
      ['UNKNOWN_CUSTOM_FIELD', ['input', 'customFields', 'nope']],
    ]);
    const set = await h.call(
      CUSTOMER_FIELDS,
      {
        input: {
          customerId: globalId,
          version: 1,
          customFields: [
            { key: 'credit', value: '2500' },
            { key: 'vip', value: 'true' },
          ],
        },
      },
      staff(A),
    );
    expect(set.data?.customerCustomFieldsUpdate).toMatchObject({
      errors: [],
      customer: {
        version: 2,
        customFields: [
          { key: 'vip', type: 'BOOLEAN', value: 'true' },
          { key: 'credit', type: 'NUMBER', value: '2500', numberValue: 2500 },
          { key: 'newsletter_topic', value: null },
        ],
      },
    });
    const stale = await h.call(
      CUSTOMER_FIELDS,
      { input: { customerId: globalId, version: 1, customFields: [{ key: 'vip', value: 'false' }] } },
      staff(A),
    );
    expect(codes(stale.data?.customerCustomFieldsUpdate.errors)).toEqual([['CONFLICT', ['input', 'version']]]);

    // the shopper: STOREFRONT fields only, to read and to write
    const own = customer(A, id);
    const adminField = await h.call(PROFILE, { input: { customFields: [{ key: 'vip', value: 'true' }] } }, own);
    expect(codes(adminField.data?.customerUpdate.errors)).toEqual([
      ['UNKNOWN_CUSTOM_FIELD', ['input', 'customFields', 'vip']],
    ]);
    const topic = await h.call(PROFILE, { input: { customFields: [{ key: 'newsletter_topic', value: 'Tea' }] } }, own);
    expect(topic.data?.customerUpdate).toEqual({
      errors: [],
      customer: { customFields: [{ key: 'newsletter_topic', value: 'Tea' }] },
    });
    // the staff values are kept beside the shopper's
    const after = await h.call(CUSTOMER_FIELDS, { input: { customerId: globalId, customFields: [] } }, staff(A));
    expect(after.data?.customerCustomFieldsUpdate.customer.customFields.map((f: { value: string }) => f.value)).toEqual(
      ['true', '2500', 'Tea'],
    );
    const unknownCustomer = await h.call(
      CUSTOMER_FIELDS,
      { input: { customerId: encodeGlobalId('Customer', randomUUID()), customFields: [] } },
      staff(A),
    );
    expect(codes(unknownCustomer.data?.customerCustomFieldsUpdate.errors)).toEqual([
      ['NOT_FOUND', ['input', 'customerId']],
    ]);
  });
});

describe('order values', () => {
  it('a checkout sets STOREFRONT fields, which its order event carries; a refused or ADMIN one stores nothing; staff set the rest', async () => {
    const A = randomUUID();
    await define(A, 'order', {
      key: 'gift_note',
      label: 'Gift note',
      type: 'TEXT',
      visibility: 'STOREFRONT',
      validation: { max: 20 },
    });
    await define(A, 'order', {
      key: 'priority',
      label: 'Priority',
      type: 'ENUM',
      validation: { values: ['Normal', 'Rush'] },
      defaultValue: 'Normal',
    });

    const authorizedBefore = h.payments.calls.authorize;
    const adminField = await placeOrder(A, { customFields: [{ key: 'priority', value: 'Rush' }] });
    expect(adminField.data?.checkoutComplete.order).toBeNull();
    expect(codes(adminField.data?.checkoutComplete.errors)).toEqual([
      ['UNKNOWN_CUSTOM_FIELD', ['input', 'customFields', 'priority']],
    ]);
    const tooLong = await placeOrder(A, { customFields: [{ key: 'gift_note', value: 'x'.repeat(21) }] });
    expect(codes(tooLong.data?.checkoutComplete.errors)).toEqual([
      ['INVALID_CUSTOM_FIELD_VALUE', ['input', 'customFields', 'gift_note']],
    ]);
    // refused before anything was claimed, reserved or charged
    expect(h.payments.calls.authorize).toBe(authorizedBefore);
    const none = await h.call('query { orders(first: 5) { totalCount } }', {}, staff(A));
    expect(none.data?.orders.totalCount).toBe(0);

    const placed = await placeOrder(A, { customFields: [{ key: 'gift_note', value: 'Happy birthday' }] });
    expect(placed.data?.checkoutComplete.errors).toEqual([]);
    const orderId = placed.data?.checkoutComplete.order.id as string;
    const read = await h.call(ORDER, { id: orderId }, staff(A));
    expect(read.data?.order).toMatchObject({
      customFields: [
        { key: 'gift_note', label: 'Gift note', value: 'Happy birthday' },
        { key: 'priority', label: 'Priority', value: 'Normal' },
      ],
      note: { value: 'Happy birthday' },
    });
    // the order event carries the fields as stored: the shopper's and the defaults
    const createdFields = async (id: string) => {
      const events = await h.call('query ($id: ID!) { orderEvents(orderId: $id) { type payload } }', { id }, staff(A));
      const created = events.data?.orderEvents.find((event: { type: string }) => event.type === 'orders.order.created');
      return JSON.parse(created.payload).customFields;
    };
    expect(await createdFields(orderId)).toEqual({ gift_note: 'Happy birthday', priority: 'Normal' });
    const plain = await placeOrder(A);
    expect(await createdFields(plain.data?.checkoutComplete.order.id)).toEqual({ priority: 'Normal' });

    const version = read.data?.order.version as number;
    const rush = await h.call(
      ORDER_FIELDS,
      {
        input: {
          orderId,
          version,
          customFields: [
            { key: 'priority', value: 'Rush' },
            { key: 'gift_note', value: '' },
          ],
        },
      },
      staff(A),
    );
    expect(rush.data?.orderCustomFieldsUpdate).toMatchObject({
      errors: [],
      order: {
        version: version + 1,
        customFields: [
          { key: 'gift_note', value: null },
          { key: 'priority', value: 'Rush' },
        ],
      },
    });
    const stale = await h.call(ORDER_FIELDS, { input: { orderId, version, customFields: [] } }, staff(A));
    expect(codes(stale.data?.orderCustomFieldsUpdate.errors)).toEqual([['CONFLICT', ['input', 'version']]]);
    const bad = await h.call(
      ORDER_FIELDS,
      { input: { orderId, customFields: [{ key: 'priority', value: 'Someday' }] } },
      staff(A),
    );
    expect(bad.data?.orderCustomFieldsUpdate.errors).toEqual([
      {
        code: 'INVALID_CUSTOM_FIELD_VALUE',
        field: ['input', 'customFields', 'priority'],
        message: 'Priority must be one of Normal, Rush',
      },
    ]);
    const reader = await h.call(ORDER_FIELDS, { input: { orderId, customFields: [] } }, staff(A, ['orders:read']));
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a required STOREFRONT field needs a value at checkout', async () => {
    const A = randomUUID();
    await define(A, 'order', {
      key: 'po_number',
      label: 'PO number',
      type: 'TEXT',
      visibility: 'STOREFRONT',
      required: true,
    });
    const missing = await placeOrder(A);
    expect(codes(missing.data?.checkoutComplete.errors)).toEqual([
      ['CUSTOM_FIELD_REQUIRED', ['input', 'customFields', 'po_number']],
    ]);
    const given = await placeOrder(A, { customFields: [{ key: 'po_number', value: 'PO-7' }] });
    expect(given.data?.checkoutComplete.errors).toEqual([]);
  });
});

describe('custom fields across tenants', () => {
  it("tenant B neither sees nor changes tenant A's definitions, customers' or orders' values", async () => {
    const A = randomUUID();
    const B = randomUUID();
    const secret = await define(A, 'customer', { key: 'credit', label: 'Credit', type: 'NUMBER' });
    const note = await define(A, 'order', {
      key: 'gift_note',
      label: 'Gift note',
      type: 'TEXT',
      visibility: 'STOREFRONT',
    });
    const { globalId } = await customerOf(A);
    await h.call(
      CUSTOMER_FIELDS,
      { input: { customerId: globalId, customFields: [{ key: 'credit', value: '9' }] } },
      staff(A),
    );
    const placed = await placeOrder(A, { customFields: [{ key: 'gift_note', value: 'A only' }] });
    const orderId = placed.data?.checkoutComplete.order.id as string;

    const listed = await h.call(LIST, { all: true }, staff(B));
    expect(listed.data).toEqual({ customerCustomFieldDefinitions: [], orderCustomFieldDefinitions: [] });
    for (const [prefix, id] of [
      ['customer', secret.id],
      ['order', note.id],
    ] as const) {
      for (const mutation of [update(prefix), archive(prefix)]) {
        const result = await h.call(mutation, { input: { id, version: 1 } }, staff(B));
        const payload = Object.values(result.data ?? {})[0] as { errors: { code: string }[] };
        expect(payload.errors.map((error) => error.code)).toEqual(['NOT_FOUND']);
      }
    }
    const theirCustomer = await h.call(
      CUSTOMER_FIELDS,
      { input: { customerId: globalId, customFields: [] } },
      staff(B),
    );
    expect(codes(theirCustomer.data?.customerCustomFieldsUpdate.errors)).toEqual([
      ['NOT_FOUND', ['input', 'customerId']],
    ]);
    const theirOrder = await h.call(ORDER_FIELDS, { input: { orderId, customFields: [] } }, staff(B));
    expect(codes(theirOrder.data?.orderCustomFieldsUpdate.errors)).toEqual([['NOT_FOUND', ['input', 'orderId']]]);
    expect((await h.call(ORDER, { id: orderId }, staff(B))).data?.order).toBeNull();
    // B's checkout cannot use A's field
    const use = await placeOrder(B, { customFields: [{ key: 'gift_note', value: 'B' }] });
    expect(codes(use.data?.checkoutComplete.errors)).toEqual([
      ['UNKNOWN_CUSTOM_FIELD', ['input', 'customFields', 'gift_note']],
    ]);
    // A's values are untouched
    const mine = await h.call(ORDER, { id: orderId }, staff(A));
    expect(mine.data?.order.customFields).toEqual([{ key: 'gift_note', label: 'Gift note', value: 'A only' }]);
  });
});

describe('statements', () => {
  it('reads a page of customers and orders with their custom fields in as many statements for 2 as for 10', async () => {
    const A = randomUUID();
    await define(A, 'customer', { key: 'vip', label: 'VIP', type: 'BOOLEAN' });
    await define(A, 'order', { key: 'gift_note', label: 'Gift note', type: 'TEXT', visibility: 'STOREFRONT' });
    for (let index = 0; index < 10; index++) {
      const { globalId } = await customerOf(A);
      await h.call(
        CUSTOMER_FIELDS,
        { input: { customerId: globalId, customFields: [{ key: 'vip', value: 'true' }] } },
        staff(A),
      );
      await placeOrder(A, { customFields: [{ key: 'gift_note', value: `note ${index}` }] });
    }
    const counter = countStatements(h.server.deps.pool);
    const statementsOf = async (first: number) => {
      counter.reset();
      const page = await h.call(
        `query ($first: Int) {
          customers(first: $first) { edges { node { id customFields { key value } vip: customField(key: "vip") { booleanValue } } } }
          orders(first: $first) { edges { node { id customFields { key value } } } } }`,
        { first },
        staff(A),
      );
      expect(page.errors).toBeUndefined();
      expect(page.data?.customers.edges).toHaveLength(first);
      expect(page.data?.orders.edges).toHaveLength(first);
      expect(page.data?.customers.edges[0].node.vip).toEqual({ booleanValue: true });
      return counter.count;
    };
    // the relay and the consumers poll on the same pool in the background (the checkouts above left events to handle)
    const least = (first: number) => leastStatements(() => statementsOf(first));
    const two = await least(2);
    expect(two).toBeGreaterThan(0);
    expect(await least(10)).toBe(two);
  });
});

describe('lists filtered by custom fields', () => {
  const LISTS = `query ($customers: CustomerFilter, $orders: OrderFilter, $first: Int) {
    customers(first: $first, filter: $customers) { totalCount edges { node { id } } }
    orders(first: $first, filter: $orders) { totalCount edges { node { id } } } }`;

  it('customers and orders by their stored values (one of the values, every field), in as many statements for 2 as for 10', async () => {
    const A = randomUUID();
    await define(A, 'customer', {
      key: 'tier',
      label: 'Tier',
      type: 'ENUM',
      validation: { values: ['gold', 'silver'] },
    });
    await define(A, 'customer', { key: 'vip', label: 'VIP', type: 'BOOLEAN' });
    await define(A, 'order', { key: 'boxes', label: 'Boxes', type: 'NUMBER' });
    await define(A, 'order', { key: 'deposit', label: 'Deposit', type: 'MONEY' });
    const gold: string[] = [];
    for (let index = 0; index < 12; index++) {
      const { globalId } = await customerOf(A);
      const tier = index < 11 ? 'gold' : 'silver';
      if (tier === 'gold') gold.push(globalId);
      await h.call(
        CUSTOMER_FIELDS,
        {
          input: {
            customerId: globalId,
            customFields: [
              { key: 'tier', value: tier },
              { key: 'vip', value: index % 2 === 0 ? 'true' : 'false' },
            ],
          },
        },
        staff(A),
      );
    }
    const placed: string[] = [];
    for (let index = 0; index < 12; index++) {
      const order = (await placeOrder(A)).data?.checkoutComplete.order;
      placed.push(order.id);
      await h.call(
        ORDER_FIELDS,
        { input: { orderId: order.id, customFields: [{ key: 'boxes', value: index < 11 ? '3.50' : '4' }] } },
        staff(A),
      );
    }
    const read = async (variables: Record<string, unknown>) => {
      const page = await h.call(LISTS, { first: 50, ...variables }, staff(A));
      expect(page.errors).toBeUndefined();
      return page.data as {
        customers: { totalCount: number; edges: { node: { id: string } }[] };
        orders: { totalCount: number; edges: { node: { id: string } }[] };
      };
    };

    const golden = await read({
      customers: { customFields: [{ key: 'tier', values: ['gold'] }] },
      // typed as 3.5 or 3.50: the stored number matches either way
      orders: { customFields: [{ key: 'boxes', values: ['3.5'] }] },
    });
    expect(golden.customers.totalCount).toBe(11);
    expect(new Set(golden.customers.edges.map(({ node }) => node.id))).toEqual(new Set(gold));
    expect(golden.orders.totalCount).toBe(11);
    expect(golden.orders.edges.map(({ node }) => node.id)).not.toContain(placed[11]);

    const both = await read({
      customers: {
        customFields: [
          { key: 'tier', values: ['gold', 'silver'] },
          { key: 'vip', values: ['true'] },
        ],
      },
      orders: { customFields: [{ key: 'boxes', values: ['4', '3.50'] }] },
    });
    expect(both.customers.totalCount).toBe(6);
    expect(both.orders.totalCount).toBe(12);

    // an unknown key, a money field, no values: the caller's mistake, on its path
    const unknown = await h.call(LISTS, { customers: { customFields: [{ key: 'nope', values: ['x'] }] } }, staff(A));
    expect(unknown.errors?.[0]?.message).toContain('No custom field "nope"');
    const money = await h.call(
      LISTS,
      { orders: { customFields: [{ key: 'deposit', values: ['1.00 EUR'] }] } },
      staff(A),
    );
    expect(money.errors?.[0]?.message).toContain('Deposit: MONEY fields cannot be filtered');
    const empty = await h.call(LISTS, { orders: { customFields: [{ key: 'boxes', values: [] }] } }, staff(A));
    expect(empty.errors?.[0]?.message).toContain('Give 1 to 50 values');

    // another tenant's definitions are not this tenant's keys
    const B = randomUUID();
    const stranger = await h.call(
      LISTS,
      { customers: { customFields: [{ key: 'tier', values: ['gold'] }] } },
      staff(B),
    );
    expect(stranger.errors?.[0]?.message).toContain('No custom field "tier"');

    const counter = countStatements(h.server.deps.pool);
    const statementsOf = async (first: number) => {
      counter.reset();
      const page = await h.call(
        LISTS,
        {
          first,
          customers: { customFields: [{ key: 'tier', values: ['gold'] }] },
          orders: { customFields: [{ key: 'boxes', values: ['3.5'] }] },
        },
        staff(A),
      );
      expect(page.errors).toBeUndefined();
      expect(page.data?.customers.edges).toHaveLength(first);
      expect(page.data?.orders.edges).toHaveLength(first);
      return counter.count;
    };
    const least = (first: number) => leastStatements(() => statementsOf(first));
    const two = await least(2);
    expect(two).toBeGreaterThan(0);
    expect(await least(10)).toBe(two);
  });

  it('a row that stored no value matches at its field default, as the API answers it; a stored value wins', async () => {
    const A = randomUUID();
    // customers and orders written before the fields existed store nothing of them
    const before = await customerOf(A);
    const placedBefore = (await placeOrder(A)).data?.checkoutComplete.order;
    const tier = await define(A, 'customer', {
      key: 'tier',
      label: 'Tier',
      type: 'ENUM',
      validation: { values: ['gold', 'silver'] },
    });
    await define(A, 'order', { key: 'boxes', label: 'Boxes', type: 'NUMBER', defaultValue: '2.50' });
    const silver = await customerOf(A);
    await h.call(
      CUSTOMER_FIELDS,
      { input: { customerId: silver.globalId, customFields: [{ key: 'tier', value: 'silver' }] } },
      staff(A),
    );
    const ids = async (variables: Record<string, unknown>) => {
      const page = await h.call(LISTS, { first: 50, ...variables }, staff(A));
      expect(page.errors).toBeUndefined();
      return {
        customers: page.data?.customers.edges.map(({ node }: { node: { id: string } }) => node.id).sort(),
        orders: page.data?.orders.edges.map(({ node }: { node: { id: string } }) => node.id),
      };
    };

    // no default yet: the customer that stored nothing matches no value
    expect((await ids({ customers: { customFields: [{ key: 'tier', values: ['gold'] }] } })).customers).toEqual([]);
    // the default given later: the API answers it for that customer, and the filter matches it
    const updated = await h.call(
      update('customer'),
      { input: { id: tier.id, version: tier.version, defaultValue: 'gold' } },
      staff(A),
    );
    expect(updated.data?.customerCustomFieldDefinitionUpdate.errors).toEqual([]);
    const answered = await h.call(
      `query { customers(first: 50) { edges { node { id customField(key: "tier") { value } } } } }`,
      {},
      staff(A),
    );
    const tierOf = (id: string) =>
      answered.data?.customers.edges.find(({ node }: { node: { id: string } }) => node.id === id)?.node.customField
        ?.value;
    expect(tierOf(before.globalId)).toBe('gold');
    expect((await ids({ customers: { customFields: [{ key: 'tier', values: ['gold'] }] } })).customers).toEqual([
      before.globalId,
    ]);
    // the customer that stored silver keeps it
    expect((await ids({ customers: { customFields: [{ key: 'tier', values: ['silver'] }] } })).customers).toEqual([
      silver.globalId,
    ]);
    // a number default matches as typed (2.5 or 2.50), as a stored number does
    expect((await ids({ orders: { customFields: [{ key: 'boxes', values: ['2.5'] }] } })).orders).toEqual([
      placedBefore.id,
    ]);
    expect((await ids({ orders: { customFields: [{ key: 'boxes', values: ['3'] }] } })).orders).toEqual([]);
  });
});
