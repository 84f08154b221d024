import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_CUSTOM_FIELDS,
  DEMO_ENTITY_CUSTOM_FIELDS,
  seedDemoCustomFields,
  seedDemoEntityCustomFields,
} from '../src/demo/custom-fields.ts';
import { startWholePlatform, type WholePlatform } from './whole-platform.ts';

/**
 * Custom fields through the gateway: an owner defines product fields and sets values; the shop's
 * storefront key reads only the public ones (on the product, in the definitions, in search facets);
 * another shop sees and uses none of them.
 */
let platform: WholePlatform;
let alpha: { bearer: Record<string, string>; tenantId: string };
let beta: { bearer: Record<string, string>; tenantId: string };
let storefront: Record<string, string>;

async function ok<T = any>(query: string, variables: unknown, headers: Record<string, string>): Promise<T> {
  const answer = await platform.gql<T>(query, variables, headers);
  expect(answer.body.errors, JSON.stringify(answer.body.errors)).toBeUndefined();
  for (const payload of Object.values(answer.body.data ?? {})) {
    expect((payload as { errors?: unknown[] } | null)?.errors ?? []).toEqual([]);
  }
  return answer.body.data as T;
}

beforeAll(async () => {
  platform = await startWholePlatform();
  alpha = await platform.tenant('fields-alpha');
  beta = await platform.tenant('fields-beta');
  const key = await ok<{ storefrontKeyCreate: { secret: string } }>(
    `mutation { storefrontKeyCreate(input: { name: "web" }) { secret } }`,
    {},
    alpha.bearer,
  );
  storefront = { 'x-publishable-key': key.storefrontKeyCreate.secret };
}, 120_000);
afterAll(() => platform?.close());

const DEFINE = `mutation ($input: CustomFieldDefinitionCreateInput!) {
  customFieldDefinitionCreate(input: $input) { customFieldDefinition { key } errors { code field message } } }`;

describe('custom fields through the gateway', () => {
  it('the storefront key sees the public fields only; another shop none of them', async () => {
    await ok(
      DEFINE,
      { input: { key: 'material', label: 'Material', type: 'TEXT', visibility: 'STOREFRONT' } },
      alpha.bearer,
    );
    await ok(
      DEFINE,
      {
        input: {
          key: 'care',
          label: 'Care',
          type: 'ENUM',
          visibility: 'STOREFRONT',
          validation: { values: ['Hand wash', 'Machine wash'] },
        },
      },
      alpha.bearer,
    );
    await ok(DEFINE, { input: { key: 'margin_note', label: 'Margin note', type: 'TEXT' } }, alpha.bearer);
    const refused = await platform.gql(
      `mutation ($input: ProductCreateInput!) { productCreate(input: $input) { product { id } errors { code field } } }`,
      { input: { handle: 'tee', title: 'Tee', customFields: [{ key: 'care', value: 'Boil' }] } },
      alpha.bearer,
    );
    expect(refused.body.data?.productCreate).toEqual({
      product: null,
      errors: [{ code: 'INVALID_CUSTOM_FIELD_VALUE', field: ['input', 'customFields', 'care'] }],
    });
    await ok(
      `mutation ($input: ProductCreateInput!) { productCreate(input: $input) { product { id } errors { code } } }`,
      {
        input: {
          handle: 'tee',
          title: 'Linen tee',
          status: 'ACTIVE',
          customFields: [
            { key: 'material', value: 'Linen' },
            { key: 'care', value: 'Hand wash' },
            { key: 'margin_note', value: 'buy more' },
          ],
        },
      },
      alpha.bearer,
    );

    const READ = `{ productByHandle(handle: "tee") { customFields { key label value } } customFieldDefinitions { key }
      productSearch(query: "linen") { facets { customFields { key values { value count } } } } }`;
    const staff = await ok(READ, {}, alpha.bearer);
    expect(staff.productByHandle.customFields.map((field: { key: string }) => field.key)).toEqual([
      'material',
      'care',
      'margin_note',
    ]);
    const shopper = await ok(READ, {}, storefront);
    expect(shopper).toEqual({
      productByHandle: {
        customFields: [
          { key: 'material', label: 'Material', value: 'Linen' },
          { key: 'care', label: 'Care', value: 'Hand wash' },
        ],
      },
      customFieldDefinitions: [{ key: 'material' }, { key: 'care' }],
      productSearch: { facets: { customFields: [{ key: 'care', values: [{ value: 'Hand wash', count: 1 }] }] } },
    });

    const other = await ok(READ, {}, beta.bearer);
    expect(other).toEqual({
      productByHandle: null,
      customFieldDefinitions: [],
      productSearch: { facets: { customFields: [] } },
    });
    const use = await platform.gql(
      `mutation ($input: ProductCreateInput!) { productCreate(input: $input) { product { id } errors { code field } } }`,
      { input: { handle: 'tee', title: 'Tee', customFields: [{ key: 'material', value: 'Wool' }] } },
      beta.bearer,
    );
    expect(use.body.data?.productCreate.errors).toEqual([
      { code: 'UNKNOWN_CUSTOM_FIELD', field: ['input', 'customFields', 'material'] },
    ]);
  });

  it('the demo seed defines its fields and fills the first products once; a second run adds nothing', async () => {
    const demo = await platform.tenant('fields-demo');
    await ok(
      `mutation { productCreate(input: { handle: "demo-tee", title: "Demo tee", status: ACTIVE }) { errors { code } } }`,
      {},
      demo.bearer,
    );
    const token = demo.bearer.authorization!.replace(/^Bearer /, '');
    expect(await seedDemoCustomFields(platform.gatewayUrl, token)).toHaveLength(1);
    expect(await seedDemoCustomFields(platform.gatewayUrl, token)).toEqual([]);
    const read = await ok(
      `{ customFieldDefinitions { key } productByHandle(handle: "demo-tee") { customFields { key value } } }`,
      {},
      demo.bearer,
    );
    expect(read.customFieldDefinitions.map((field: { key: string }) => field.key)).toEqual(
      DEMO_CUSTOM_FIELDS.map((field) => field.key),
    );
    expect(read.productByHandle.customFields).toEqual([
      { key: 'material', value: 'Organic cotton' },
      { key: 'care', value: 'Machine wash 30°C' },
      { key: 'organic', value: 'true' },
    ]);
  });

  it('customer, order and supplier fields compose with the product ones: one set of types, each domain its own rows', async () => {
    const gamma = await platform.tenant('fields-gamma');
    for (const [entity, input] of [
      ['customer', { key: 'tier', label: 'Tier', type: 'ENUM', validation: { values: ['Gold', 'Silver'] } }],
      ['order', { key: 'gift_note', label: 'Gift note', type: 'TEXT', visibility: 'STOREFRONT' }],
      ['supplier', { key: 'rating', label: 'Rating', type: 'NUMBER', validation: { min: 1, max: 5 } }],
    ] as const) {
      const Entity = `${entity.charAt(0).toUpperCase()}${entity.slice(1)}`;
      await ok(
        `mutation ($input: ${Entity}CustomFieldDefinitionCreateInput!) {
          ${entity}CustomFieldDefinitionCreate(input: $input) { customFieldDefinition { entity key } errors { code field message } } }`,
        { input },
        gamma.bearer,
      );
    }
    await ok(
      `mutation { supplierCreate(input: { code: "ACME", name: "Acme", currency: "EUR", customFields: [{ key: "rating", value: "4" }] }) {
        supplier { id } errors { code field message } } }`,
      {},
      gamma.bearer,
    );
    const READ_ALL = `{
      customFieldDefinitions { key entity }
      customerCustomFieldDefinitions { key entity type }
      orderCustomFieldDefinitions { key entity visibility }
      supplierCustomFieldDefinitions { key entity }
      suppliers(first: 5) { edges { node { code customFields { key type value numberValue } } } } }`;
    const mine = await ok(READ_ALL, {}, gamma.bearer);
    expect(mine).toEqual({
      customFieldDefinitions: [],
      customerCustomFieldDefinitions: [{ key: 'tier', entity: 'CUSTOMER', type: 'ENUM' }],
      orderCustomFieldDefinitions: [{ key: 'gift_note', entity: 'ORDER', visibility: 'STOREFRONT' }],
      supplierCustomFieldDefinitions: [{ key: 'rating', entity: 'SUPPLIER' }],
      suppliers: {
        edges: [
          { node: { code: 'ACME', customFields: [{ key: 'rating', type: 'NUMBER', value: '4', numberValue: 4 }] } },
        ],
      },
    });
    // another shop: none of gamma's definitions or values
    const theirs = await ok(READ_ALL, {}, beta.bearer);
    expect(theirs.customerCustomFieldDefinitions).toEqual([]);
    expect(theirs.orderCustomFieldDefinitions).toEqual([]);
    expect(theirs.supplierCustomFieldDefinitions).toEqual([]);
    expect(theirs.suppliers.edges).toEqual([]);
    // catalog's list answers its own entities only
    const wrong = await platform.gql(`{ customFieldDefinitions(entity: ORDER) { key } }`, {}, gamma.bearer);
    expect(wrong.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('the demo seed defines a customer, order and supplier field and fills the first rows once', async () => {
    const demo = await platform.tenant('fields-entities-demo');
    await ok(
      `mutation { supplierCreate(input: { code: "DEMO-1", name: "Demo supplier", currency: "EUR" }) { errors { code } } }`,
      {},
      demo.bearer,
    );
    const token = demo.bearer.authorization!.replace(/^Bearer /, '');
    expect(await seedDemoEntityCustomFields(platform.gatewayUrl, token)).toEqual([
      'custom fields: Loyalty tier on 0 customers',
      'custom fields: Gift note on 0 orders',
      'custom fields: Rating on 1 suppliers',
    ]);
    expect(await seedDemoEntityCustomFields(platform.gatewayUrl, token)).toEqual([]);
    const read = await ok(
      `{ customerCustomFieldDefinitions { key } orderCustomFieldDefinitions { key }
         suppliers(first: 1) { edges { node { customFields { key value } } } } }`,
      {},
      demo.bearer,
    );
    expect(read.customerCustomFieldDefinitions).toEqual([{ key: DEMO_ENTITY_CUSTOM_FIELDS[0].input.key }]);
    expect(read.orderCustomFieldDefinitions).toEqual([{ key: DEMO_ENTITY_CUSTOM_FIELDS[1].input.key }]);
    expect(read.suppliers.edges[0].node.customFields).toEqual([{ key: 'rating', value: 'A – preferred' }]);
  });
});
