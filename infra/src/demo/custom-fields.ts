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
