import { ownerCaller } from './caller.ts';

/**
 * The demo tenant's custom fields on products, through the public API as its owner: "Material"
 * (text) and "Care" (a choice), both shown on the storefront, and "Organic" (yes/no, admin only),
 * with values on the first demo products. A tenant that already has custom fields is left as it is,
 * so a restart adds nothing.
 */

export const DEMO_CUSTOM_FIELDS = [
  { key: 'material', label: 'Material', type: 'TEXT', visibility: 'STOREFRONT' },
  {
    key: 'care',
    label: 'Care',
    type: 'ENUM',
    visibility: 'STOREFRONT',
    validation: { values: ['Machine wash 30°C', 'Machine wash 40°C', 'Hand wash', 'Dry clean only'] },
  },
  { key: 'organic', label: 'Organic', type: 'BOOLEAN', visibility: 'ADMIN', defaultValue: 'false' },
];

const MATERIALS = ['Organic cotton', 'Linen', 'Merino wool', 'Recycled polyester'];
const CARE = ['Machine wash 30°C', 'Machine wash 40°C', 'Hand wash', 'Dry clean only'];

/** How many of the newest demo products get values. */
const WITH_VALUES = 12;

export async function seedDemoCustomFields(gatewayUrl: string, accessToken: string): Promise<string[]> {
  const call = ownerCaller(gatewayUrl, accessToken);
  const { customFieldDefinitions } = await call<{ customFieldDefinitions: { key: string }[] }>(
    '{ customFieldDefinitions(includeArchived: true) { key } }',
  );
  if (customFieldDefinitions.length > 0) return [];
  for (const input of DEMO_CUSTOM_FIELDS) {
    await call(
      `mutation ($input: CustomFieldDefinitionCreateInput!) {
        customFieldDefinitionCreate(input: $input) { errors { code message } } }`,
      { input },
    );
  }
  const { products } = await call<{ products: { edges: { node: { id: string; version: number } }[] } }>(
    `query ($first: Int!) { products(first: $first, sort: OLDEST) { edges { node { id version } } } }`,
    { first: WITH_VALUES },
  );
  for (const [index, { node }] of products.edges.entries()) {
    await call(`mutation ($input: ProductUpdateInput!) { productUpdate(input: $input) { errors { code message } } }`, {
      input: {
        id: node.id,
        version: node.version,
        customFields: [
          { key: 'material', value: MATERIALS[index % MATERIALS.length] },
          { key: 'care', value: CARE[index % CARE.length] },
          { key: 'organic', value: String(index % MATERIALS.length === 0) },
        ],
      },
    });
  }
  return [
    `custom fields: ${DEMO_CUSTOM_FIELDS.map((field) => field.label).join(', ')} on ${products.edges.length} products`,
  ];
}

/**
 * One demo field per entity beyond the catalog (issue 15 §3), each with values on a few rows, so the
 * customer, order and supplier pages and Settings → Custom fields show them: a customer's loyalty
 * tier (a choice, admin only), an order's gift note (text, shown on the storefront: shoppers may send
 * one at checkout) and a supplier's rating (a choice). An entity that already has fields is left as
 * it is, so a restart adds nothing. Runs after the procurement demo (its suppliers).
 */
export const DEMO_ENTITY_CUSTOM_FIELDS = [
  {
    entity: 'customer',
    input: {
      key: 'loyalty_tier',
      label: 'Loyalty tier',
      type: 'ENUM',
      visibility: 'ADMIN',
      validation: { values: ['Bronze', 'Silver', 'Gold'] },
    },
    values: ['Gold', 'Silver', 'Bronze'],
  },
  {
    entity: 'order',
    input: { key: 'gift_note', label: 'Gift note', type: 'TEXT', visibility: 'STOREFRONT', validation: { max: 200 } },
    values: ['Happy birthday, Sam!', 'Congratulations on the new flat', 'With love from Berlin'],
  },
  {
    entity: 'supplier',
    input: {
      key: 'rating',
      label: 'Rating',
      type: 'ENUM',
      visibility: 'ADMIN',
      validation: { values: ['A – preferred', 'B – approved', 'C – on probation'] },
    },
    values: ['A – preferred', 'B – approved', 'C – on probation'],
  },
] as const;

/** How many rows of each entity get a value. */
const ENTITY_ROWS_WITH_VALUES = 5;

export async function seedDemoEntityCustomFields(gatewayUrl: string, accessToken: string): Promise<string[]> {
  const call = ownerCaller(gatewayUrl, accessToken);
  const seeded: string[] = [];
  for (const { entity, input, values } of DEMO_ENTITY_CUSTOM_FIELDS) {
    const Entity = `${entity.charAt(0).toUpperCase()}${entity.slice(1)}`;
    const existing = await call<{ definitions: unknown[] }>(
      `{ definitions: ${entity}CustomFieldDefinitions(includeArchived: true) { key } }`,
    );
    if (existing.definitions.length > 0) continue;
    await call(
      `mutation ($input: ${Entity}CustomFieldDefinitionCreateInput!) {
        ${entity}CustomFieldDefinitionCreate(input: $input) { errors { code message } } }`,
      { input },
    );
    const rows = await call<{ list: { edges: { node: { id: string; version: number } }[] } }>(
      `query ($first: Int!) { list: ${entity}s(first: $first) { edges { node { id version } } } }`,
      { first: ENTITY_ROWS_WITH_VALUES },
    );
    for (const [index, { node }] of rows.list.edges.entries()) {
      const customFields = [{ key: input.key, value: values[index % values.length] }];
      if (entity === 'supplier') {
        await call(
          `mutation ($input: SupplierUpdateInput!) { supplierUpdate(input: $input) { errors { code message } } }`,
          {
            input: { supplierId: node.id, expectedVersion: node.version, customFields },
          },
        );
      } else {
        await call(
          `mutation ($input: ${Entity}CustomFieldsUpdateInput!) {
            ${entity}CustomFieldsUpdate(input: $input) { errors { code message } } }`,
          { input: { [`${entity}Id`]: node.id, version: node.version, customFields } },
        );
      }
    }
    seeded.push(`custom fields: ${input.label} on ${rows.list.edges.length} ${entity}s`);
  }
  return seeded;
}
