import { encodeGlobalId } from '@ucos/kit';
import { suiteFixture } from '@ucos/kit/testing/suite';
import { describe, expect, it } from 'vitest';
import { type CatalogHarness, createProduct, reader, staff, startCatalog, storefront, valueCounts } from './harness.ts';

let catalog: CatalogHarness;
suiteFixture(async (own) => {
  catalog = own(await startCatalog());
});

const DEFINITION = `id key label type required defaultValue visibility position archived version
  validation { min max pattern values referenceType }`;
const CREATE = `mutation ($input: CustomFieldDefinitionCreateInput!) {
  customFieldDefinitionCreate(input: $input) { customFieldDefinition { ${DEFINITION} } errors { code field message } } }`;
const UPDATE = `mutation ($input: CustomFieldDefinitionUpdateInput!) {
  customFieldDefinitionUpdate(input: $input) { customFieldDefinition { ${DEFINITION} } errors { code field message } } }`;
const ARCHIVE = `mutation ($input: CustomFieldDefinitionArchiveInput!) {
  customFieldDefinitionArchive(input: $input) { customFieldDefinition { ${DEFINITION} } errors { code field message } } }`;
const LIST = `query ($all: Boolean) { customFieldDefinitions(includeArchived: $all) { key label archived visibility } }`;
const PRODUCT_FIELDS = `query ($id: ID!) { product(id: $id) {
  customFields { key label type value numberValue booleanValue moneyValue { amount currency } }
  material: customField(key: "material") { value } } }`;
const UPDATE_PRODUCT = `mutation ($input: ProductUpdateInput!) {
  productUpdate(input: $input) { product { version customFields { key value } } errors { code field message } } }`;
const CREATE_PRODUCT = `mutation ($input: ProductCreateInput!) {
  productCreate(input: $input) { product { id customFields { key value } } errors { code field message } } }`;

const tenant = () => crypto.randomUUID();
const codes = (errors: { code: string; field: string[] | null }[]) => errors.map((error) => [error.code, error.field]);

async function define(tenantId: string, input: Record<string, unknown>) {
  const result = await catalog.call(CREATE, { input }, staff(tenantId));
  const payload = result.data?.customFieldDefinitionCreate;
  if (!payload?.customFieldDefinition) throw new Error(`customFieldDefinitionCreate failed: ${JSON.stringify(result)}`);
  return payload.customFieldDefinition as { id: string; version: number; key: string };
}

/** Material (text, storefront), Care (enum, required, admin), Organic (boolean, default false), Price floor (money). */
async function defineStandard(tenantId: string) {
  await define(tenantId, { key: 'material', label: 'Material', type: 'TEXT', visibility: 'STOREFRONT' });
  await define(tenantId, {
    key: 'care',
    label: 'Care',
    type: 'ENUM',
    required: true,
    validation: { values: ['Machine wash', 'Hand wash'] },
  });
  await define(tenantId, { key: 'organic', label: 'Organic', type: 'BOOLEAN', defaultValue: 'false' });
  await define(tenantId, { key: 'floor', label: 'Price floor', type: 'MONEY' });
}

describe('custom field definitions', () => {
  it('creates, lists in order, updates and archives; archived ones are kept aside', async () => {
    const A = tenant();
    const material = await define(A, { key: 'material', label: 'Material', type: 'TEXT', visibility: 'STOREFRONT' });
    expect(material).toMatchObject({ key: 'material', type: 'TEXT', position: 0, archived: false, version: 1 });
    const weight = await define(A, {
      key: 'weight_kg',
      label: 'Weight',
      type: 'NUMBER',
      validation: { min: 0, max: 1000 },
      defaultValue: '1.5',
    });
    expect(weight).toMatchObject({ position: 1, defaultValue: '1.5', validation: { min: 0, max: 1000, values: null } });

    const updated = await catalog.call(
      UPDATE,
      { input: { id: weight.id, version: 1, label: 'Weight (kg)', validation: { min: 0, max: 500 } } },
      staff(A),
    );
    expect(updated.data?.customFieldDefinitionUpdate).toMatchObject({
      errors: [],
      customFieldDefinition: { label: 'Weight (kg)', version: 2, validation: { max: 500 }, defaultValue: '1.5' },
    });
    const stale = await catalog.call(UPDATE, { input: { id: weight.id, version: 1, label: 'x' } }, staff(A));
    expect(codes(stale.data?.customFieldDefinitionUpdate.errors)).toEqual([['CONFLICT', ['input', 'version']]]);
    // the stored default must still pass the new rules
    const tooSmall = await catalog.call(
      UPDATE,
      { input: { id: weight.id, version: 2, validation: { max: 1 } } },
      staff(A),
    );
    expect(codes(tooSmall.data?.customFieldDefinitionUpdate.errors)).toEqual([
      ['INVALID_CUSTOM_FIELD_VALUE', ['input', 'defaultValue']],
    ]);

    const archived = await catalog.call(ARCHIVE, { input: { id: weight.id, version: 2 } }, staff(A));
    expect(archived.data?.customFieldDefinitionArchive.customFieldDefinition).toMatchObject({ archived: true });
    expect((await catalog.call(LIST, {}, reader(A))).data?.customFieldDefinitions).toEqual([
      { key: 'material', label: 'Material', archived: false, visibility: 'STOREFRONT' },
    ]);
    expect((await catalog.call(LIST, { all: true }, reader(A))).data?.customFieldDefinitions).toHaveLength(2);
  });

  it('refuses a taken key (archived ones included), bad keys, options of another type, and writers without scope', async () => {
    const A = tenant();
    await define(A, { key: 'material', label: 'Material', type: 'TEXT' });
    const again = await catalog.call(CREATE, { input: { key: 'material', label: 'M', type: 'TEXT' } }, staff(A));
    expect(codes(again.data?.customFieldDefinitionCreate.errors)).toEqual([
      ['DUPLICATE_CUSTOM_FIELD_KEY', ['input', 'key']],
    ]);
    const bad = await catalog.call(
      CREATE,
      { input: { key: 'Bad Key', label: 'B', type: 'NUMBER', validation: { values: ['a'] } } },
      staff(A),
    );
    expect(codes(bad.data?.customFieldDefinitionCreate.errors)).toEqual([
      ['INVALID_CUSTOM_FIELD_KEY', ['input', 'key']],
      ['INVALID_CUSTOM_FIELD_DEFINITION', ['input', 'validation', 'values']],
    ]);
    const enumWithout = await catalog.call(CREATE, { input: { key: 'size', label: 'Size', type: 'ENUM' } }, staff(A));
    expect(codes(enumWithout.data?.customFieldDefinitionCreate.errors)).toEqual([
      ['INVALID_CUSTOM_FIELD_DEFINITION', ['input', 'validation', 'values']],
    ]);
    const badType = await catalog.call(CREATE, { input: { key: 'c', label: 'C', type: 'COLOUR' } }, staff(A));
    expect(badType.errors?.[0]?.message).toMatch(/COLOUR/);
    const forbidden = await catalog.call(CREATE, { input: { key: 'x', label: 'X', type: 'TEXT' } }, reader(A));
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // orders' and procurement's entities are theirs: catalog neither defines nor lists them
    const order = await catalog.call(
      CREATE,
      { input: { entity: 'ORDER', key: 'gift_note', label: 'Gift note', type: 'TEXT' } },
      staff(A),
    );
    expect(order.data?.customFieldDefinitionCreate.errors).toEqual([
      {
        code: 'INVALID_CUSTOM_FIELD_DEFINITION',
        field: ['input', 'entity'],
        message: "ORDER fields are not catalog's: use orderCustomFieldDefinitionCreate",
      },
    ]);
    const listed = await catalog.call('{ customFieldDefinitions(entity: SUPPLIER) { key } }', {}, reader(A));
    expect(listed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('custom field values on products', () => {
  it('validates on create and update, each refusal naming its field; stores defaults; reads typed and by key', async () => {
    const A = tenant();
    await defineStandard(A);
    const refused = await catalog.call(
      CREATE_PRODUCT,
      {
        input: {
          handle: 'tee',
          title: 'Tee',
          customFields: [
            { key: 'care', value: 'Dry clean' },
            { key: 'colour', value: 'red' },
            { key: 'floor', value: '12 euros' },
          ],
        },
      },
      staff(A),
    );
    expect(refused.data?.productCreate.product).toBeNull();
    expect(refused.data?.productCreate.errors).toEqual([
      {
        code: 'INVALID_CUSTOM_FIELD_VALUE',
        field: ['input', 'customFields', 'care'],
        message: 'Care must be one of Machine wash, Hand wash',
      },
      { code: 'UNKNOWN_CUSTOM_FIELD', field: ['input', 'customFields', 'colour'], message: 'No custom field colour' },
      {
        code: 'INVALID_CUSTOM_FIELD_VALUE',
        field: ['input', 'customFields', 'floor'],
        message: 'Price floor is not an amount and currency (19.99 EUR)',
      },
    ]);
    const missing = await catalog.call(CREATE_PRODUCT, { input: { handle: 'tee', title: 'Tee' } }, staff(A));
    expect(codes(missing.data?.productCreate.errors)).toEqual([
      ['CUSTOM_FIELD_REQUIRED', ['input', 'customFields', 'care']],
    ]);

    const product = await createProduct(catalog, A, {
      handle: 'tee',
      title: 'Tee',
      customFields: [
        { key: 'care', value: 'Hand wash' },
        { key: 'material', value: 'Cotton' },
        { key: 'floor', value: '12.50 EUR' },
      ],
    });
    const read = await catalog.call(PRODUCT_FIELDS, { id: product.id }, reader(A));
    expect(read.data?.product).toEqual({
      customFields: [
        {
          key: 'material',
          label: 'Material',
          type: 'TEXT',
          value: 'Cotton',
          numberValue: null,
          booleanValue: null,
          moneyValue: null,
        },
        {
          key: 'care',
          label: 'Care',
          type: 'ENUM',
          value: 'Hand wash',
          numberValue: null,
          booleanValue: null,
          moneyValue: null,
        },
        {
          key: 'organic',
          label: 'Organic',
          type: 'BOOLEAN',
          value: 'false',
          numberValue: null,
          booleanValue: false,
          moneyValue: null,
        },
        {
          key: 'floor',
          label: 'Price floor',
          type: 'MONEY',
          value: '12.50 EUR',
          numberValue: null,
          booleanValue: null,
          moneyValue: { amount: 1250, currency: 'EUR' },
        },
      ],
      material: { value: 'Cotton' },
    });

    const update = (version: number, customFields: unknown) =>
      catalog.call(UPDATE_PRODUCT, { input: { id: product.id, version, customFields } }, staff(A));
    const merged = await update(product.version, [
      { key: 'organic', value: 'true' },
      { key: 'material', value: null },
    ]);
    expect(merged.data?.productUpdate).toMatchObject({
      errors: [],
      product: {
        customFields: [
          { key: 'material', value: null },
          { key: 'care', value: 'Hand wash' },
          { key: 'organic', value: 'true' },
          { key: 'floor', value: '12.50 EUR' },
        ],
      },
    });
    const version = merged.data?.productUpdate.product.version as number;
    const cleared = await update(version, [{ key: 'care', value: '' }]);
    expect(codes(cleared.data?.productUpdate.errors)).toEqual([
      ['CUSTOM_FIELD_REQUIRED', ['input', 'customFields', 'care']],
    ]);
    // an update without customFields leaves them alone
    const renamed = await catalog.call(
      UPDATE_PRODUCT,
      { input: { id: product.id, version, title: 'Tee 2' } },
      staff(A),
    );
    expect(renamed.data?.productUpdate.product.customFields[2]).toEqual({ key: 'organic', value: 'true' });
  });

  it('storefront keys see only STOREFRONT fields, on products and in the definitions', async () => {
    const A = tenant();
    await defineStandard(A);
    const product = await createProduct(catalog, A, {
      handle: 'public-tee',
      title: 'Tee',
      status: 'ACTIVE',
      customFields: [
        { key: 'care', value: 'Hand wash' },
        { key: 'material', value: 'Linen' },
      ],
    });
    const read = await catalog.call(
      `query ($id: ID!) { product(id: $id) { customFields { key value } care: customField(key: "care") { value } } }`,
      { id: product.id },
      storefront(A),
    );
    expect(read.data?.product).toEqual({ customFields: [{ key: 'material', value: 'Linen' }], care: null });
    expect((await catalog.call(LIST, { all: true }, storefront(A))).data?.customFieldDefinitions).toEqual([
      { key: 'material', label: 'Material', archived: false, visibility: 'STOREFRONT' },
    ]);
  });

  it('an archived field is neither shown nor accepted; restoring it brings its values back', async () => {
    const A = tenant();
    const material = await define(A, { key: 'material', label: 'Material', type: 'TEXT' });
    const product = await createProduct(catalog, A, {
      handle: 'archived-field',
      title: 'Tee',
      customFields: [{ key: 'material', value: 'Wool' }],
    });
    await catalog.call(ARCHIVE, { input: { id: material.id, version: 1 } }, staff(A));
    const hidden = await catalog.call(PRODUCT_FIELDS, { id: product.id }, reader(A));
    expect(hidden.data?.product).toEqual({ customFields: [], material: null });
    const write = await catalog.call(
      UPDATE_PRODUCT,
      { input: { id: product.id, version: product.version, customFields: [{ key: 'material', value: 'Silk' }] } },
      staff(A),
    );
    expect(codes(write.data?.productUpdate.errors)).toEqual([
      ['UNKNOWN_CUSTOM_FIELD', ['input', 'customFields', 'material']],
    ]);
    await catalog.call(ARCHIVE, { input: { id: material.id, version: 2, archived: false } }, staff(A));
    const back = await catalog.call(PRODUCT_FIELDS, { id: product.id }, reader(A));
    expect(back.data?.product.material).toEqual({ value: 'Wool' });
  });
});

describe('custom fields across tenants', () => {
  it("tenant B neither sees nor uses nor changes tenant A's definitions and values", async () => {
    const A = tenant();
    const B = tenant();
    const secret = await define(A, { key: 'supplier_code', label: 'Supplier code', type: 'TEXT' });
    const product = await createProduct(catalog, A, {
      handle: 'a-only',
      title: 'A',
      customFields: [{ key: 'supplier_code', value: 'A-123' }],
    });
    expect((await catalog.call(LIST, { all: true }, reader(B))).data?.customFieldDefinitions).toEqual([]);
    // B's own product cannot take A's field
    const use = await catalog.call(
      CREATE_PRODUCT,
      { input: { handle: 'b', title: 'B', customFields: [{ key: 'supplier_code', value: 'B' }] } },
      staff(B),
    );
    expect(codes(use.data?.productCreate.errors)).toEqual([
      ['UNKNOWN_CUSTOM_FIELD', ['input', 'customFields', 'supplier_code']],
    ]);
    // B may define the same key for itself, independent of A's
    await define(B, { key: 'supplier_code', label: 'Code', type: 'NUMBER' });
    for (const mutation of [UPDATE, ARCHIVE]) {
      const result = await catalog.call(mutation, { input: { id: secret.id, version: 1 } }, staff(B));
      const payload = Object.values(result.data ?? {})[0] as { errors: { code: string }[] };
      expect(payload.errors.map((error) => error.code)).toEqual(['NOT_FOUND']);
    }
    expect((await catalog.call(PRODUCT_FIELDS, { id: product.id }, reader(B))).data?.product).toBeNull();
    const mine = await catalog.call(PRODUCT_FIELDS, { id: product.id }, reader(A));
    expect(mine.data?.product.customFields).toEqual([
      expect.objectContaining({ key: 'supplier_code', type: 'TEXT', value: 'A-123' }),
    ]);
    const malformed = await catalog.call(
      UPDATE,
      { input: { id: encodeGlobalId('Product', secret.id.slice(0, 8)), version: 1 } },
      staff(A),
    );
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('custom fields in product search', () => {
  const SEARCH = `query ($query: String, $filter: ProductSearchFilter) {
    productSearch(query: $query, filter: $filter, first: 20, sort: TITLE) {
      totalCount edges { node { handle customFields { key value } } }
      facets { customFields { key values { value count } } } } }`;

  it('filters and facets on ENUM and BOOLEAN fields, storefront keys on STOREFRONT ones only', async () => {
    const A = tenant();
    await define(A, {
      key: 'care',
      label: 'Care',
      type: 'ENUM',
      visibility: 'STOREFRONT',
      validation: { values: ['Machine wash', 'Hand wash'] },
    });
    await define(A, { key: 'organic', label: 'Organic', type: 'BOOLEAN' });
    await define(A, { key: 'material', label: 'Material', type: 'TEXT', visibility: 'STOREFRONT' });
    const make = (handle: string, care: string, organic: string) =>
      createProduct(catalog, A, {
        handle,
        title: `Shirt ${handle}`,
        status: 'ACTIVE',
        customFields: [
          { key: 'care', value: care },
          { key: 'organic', value: organic },
          { key: 'material', value: 'Cotton' },
        ],
      });
    await make('a', 'Hand wash', 'true');
    await make('b', 'Machine wash', 'true');
    await make('c', 'Machine wash', 'false');

    const all = await catalog.call(SEARCH, { query: 'shirt' }, reader(A));
    expect(all.data?.productSearch.facets.customFields).toEqual([
      {
        key: 'care',
        values: valueCounts(['Machine wash', 2], ['Hand wash', 1]),
      },
      {
        key: 'organic',
        values: valueCounts(['true', 2], ['false', 1]),
      },
    ]);
    expect(all.data?.productSearch.edges[0].node.customFields).toEqual([
      { key: 'care', value: 'Hand wash' },
      { key: 'organic', value: 'true' },
      { key: 'material', value: 'Cotton' },
    ]);

    const filtered = await catalog.call(
      SEARCH,
      {
        filter: {
          customFields: [
            { key: 'care', values: ['Machine wash'] },
            { key: 'organic', values: ['true'] },
          ],
        },
      },
      reader(A),
    );
    expect(filtered.data?.productSearch.totalCount).toBe(1);
    expect(filtered.data?.productSearch.edges.map((edge: { node: { handle: string } }) => edge.node.handle)).toEqual([
      'b',
    ]);

    const shopper = await catalog.call(SEARCH, { query: 'shirt' }, storefront(A));
    expect(shopper.data?.productSearch.facets.customFields.map((facet: { key: string }) => facet.key)).toEqual([
      'care',
    ]);
    // an ADMIN field is not a storefront filter, nor is a TEXT field anyone's
    const hidden = await catalog.call(
      SEARCH,
      { filter: { customFields: [{ key: 'organic', values: ['true'] }] } },
      storefront(A),
    );
    expect(hidden.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const text = await catalog.call(
      SEARCH,
      { filter: { customFields: [{ key: 'material', values: ['Cotton'] }] } },
      reader(A),
    );
    expect(text.errors?.[0]?.message).toMatch(/material is not an ENUM or BOOLEAN/);
    // another tenant's search sees none of it
    const other = await catalog.call(SEARCH, { query: 'shirt' }, reader(tenant()));
    expect(other.data?.productSearch).toMatchObject({ totalCount: 0, facets: { customFields: [] } });
  });

  it('a product that stored no value is filtered and counted at its field default, as it answers it', async () => {
    const A = tenant();
    // made before the fields existed: it stores no value of them
    await createProduct(catalog, A, { handle: 'old', title: 'Shirt old', status: 'ACTIVE' });
    const organic = await define(A, { key: 'organic', label: 'Organic', type: 'BOOLEAN' });
    await define(A, {
      key: 'care',
      label: 'Care',
      type: 'ENUM',
      defaultValue: 'Machine wash',
      validation: { values: ['Machine wash', 'Hand wash'] },
    });
    await createProduct(catalog, A, {
      handle: 'new',
      title: 'Shirt new',
      status: 'ACTIVE',
      customFields: [
        { key: 'organic', value: 'true' },
        { key: 'care', value: 'Hand wash' },
      ],
    });
    const handles = async (variables: Record<string, unknown>) => {
      const result = await catalog.call(SEARCH, variables, reader(A));
      expect(result.errors).toBeUndefined();
      return result.data?.productSearch as {
        edges: { node: { handle: string; customFields: { key: string; value: string | null }[] } }[];
        facets: { customFields: { key: string; values: { value: string; count: number }[] }[] };
      };
    };
    const handlesOf = (search: Awaited<ReturnType<typeof handles>>) => search.edges.map(({ node }) => node.handle);

    // no default: the old product has no organic value, so it matches none and is not counted
    const before = await handles({ filter: { customFields: [{ key: 'organic', values: ['false'] }] } });
    expect(handlesOf(before)).toEqual([]);
    const updated = await catalog.call(
      UPDATE,
      { input: { id: organic.id, version: organic.version, defaultValue: 'false' } },
      staff(A),
    );
    expect(updated.data?.customFieldDefinitionUpdate.errors).toEqual([]);

    // both paths: a text query (search mirror joined to products) and a browse (products alone)
    for (const query of ['shirt', null]) {
      const defaults = await handles({ query, filter: { customFields: [{ key: 'organic', values: ['false'] }] } });
      expect(handlesOf(defaults)).toEqual(['old']);
      expect(defaults.edges[0]?.node.customFields).toEqual([
        { key: 'organic', value: 'false' },
        { key: 'care', value: 'Machine wash' },
      ]);
      const machine = await handles({ query, filter: { customFields: [{ key: 'care', values: ['Machine wash'] }] } });
      expect(handlesOf(machine)).toEqual(['old']);
      const all = await handles({ query });
      // facets in key order
      expect(all.facets.customFields).toEqual([
        {
          key: 'care',
          values: valueCounts(['Hand wash', 1], ['Machine wash', 1]),
        },
        {
          key: 'organic',
          values: valueCounts(['false', 1], ['true', 1]),
        },
      ]);
    }
  });
});

describe('custom fields in the product import', () => {
  const IMPORT = `mutation ($input: ProductImportInput!) {
    productImport(input: $input) { variantsCreated variantsUpdated rowsFailed rowErrors { row code field message } errors { code } } }`;
  const fieldsOf = async (tenantId: string, handle: string) =>
    (
      await catalog.call(
        `query ($handle: String!) { productByHandle(handle: $handle) { customFields { key value } } }`,
        { handle },
        reader(tenantId),
      )
    ).data?.productByHandle?.customFields;

  it('reads cf.<key> columns: validated per row, required on a new product, an empty cell keeps the value', async () => {
    const A = tenant();
    await define(A, {
      key: 'care',
      label: 'Care',
      type: 'ENUM',
      required: true,
      validation: { values: ['Machine wash', 'Hand wash'] },
    });
    await define(A, { key: 'weight_kg', label: 'Weight', type: 'NUMBER', validation: { min: 0 } });
    const csv = [
      'handle,title,sku,cf.care,cf.weight_kg',
      'tee,Tee,TEE-1,Hand wash,0.2',
      'mug,Mug,MUG-1,Dry clean,',
      'cup,Cup,CUP-1,,',
      'bag,Bag,BAG-1,Machine wash,-3',
      'vase,Vase,VASE-1,Machine wash,1',
    ].join('\n');
    const result = await catalog.call(IMPORT, { input: { format: 'CSV', data: csv } }, staff(A));
    expect(result.data?.productImport).toMatchObject({ variantsCreated: 2, rowsFailed: 3 });
    expect(
      result.data?.productImport.rowErrors.map((error: { row: number; code: string; field: string[] }) => [
        error.row,
        error.code,
        error.field,
      ]),
    ).toEqual([
      [3, 'INVALID_CUSTOM_FIELD_VALUE', ['cf.care']],
      [4, 'CUSTOM_FIELD_REQUIRED', ['cf.care']],
      [5, 'INVALID_CUSTOM_FIELD_VALUE', ['cf.weight_kg']],
    ]);
    expect(await fieldsOf(A, 'tee')).toEqual([
      { key: 'care', value: 'Hand wash' },
      { key: 'weight_kg', value: '0.2' },
    ]);
    // a re-import changes the cells it has and keeps the empty ones; an unknown column is refused
    const again = ['handle,sku,cf.care,cf.weight_kg,cf.colour', 'tee,TEE-1,Machine wash,,', 'vase,VASE-1,,,blue'].join(
      '\n',
    );
    const second = await catalog.call(IMPORT, { input: { format: 'CSV', data: again } }, staff(A));
    expect(second.data?.productImport).toMatchObject({ variantsUpdated: 1, rowsFailed: 1 });
    expect(second.data?.productImport.rowErrors[0]).toMatchObject({
      code: 'UNKNOWN_CUSTOM_FIELD',
      field: ['cf.colour'],
    });
    expect(await fieldsOf(A, 'tee')).toEqual([
      { key: 'care', value: 'Machine wash' },
      { key: 'weight_kg', value: '0.2' },
    ]);
    // another tenant's import cannot use A's fields
    const B = tenant();
    const other = await catalog.call(
      IMPORT,
      { input: { format: 'CSV', data: 'handle,title,sku,cf.care\nb,B,B-1,Hand wash' } },
      staff(B),
    );
    expect(other.data?.productImport.rowErrors[0]).toMatchObject({ code: 'UNKNOWN_CUSTOM_FIELD', field: ['cf.care'] });
  });
});

describe('custom fields on variants', () => {
  it('VARIANT definitions apart from the PRODUCT ones: validated on productCreate, variantCreate and variantUpdate', async () => {
    const A = tenant();
    await define(A, {
      entity: 'VARIANT',
      key: 'fit',
      label: 'Fit',
      type: 'ENUM',
      required: true,
      visibility: 'STOREFRONT',
      validation: { values: ['Slim', 'Regular'] },
    });
    await define(A, { entity: 'VARIANT', key: 'supplier_sku', label: 'Supplier SKU', type: 'TEXT' });
    // a product field of the same key is another field
    await define(A, { key: 'fit', label: 'Product fit', type: 'TEXT' });
    const variantDefinitions = await catalog.call(
      `{ customFieldDefinitions(entity: VARIANT) { key entity } }`,
      {},
      reader(A),
    );
    expect(variantDefinitions.data?.customFieldDefinitions, JSON.stringify(variantDefinitions.errors)).toEqual([
      { key: 'fit', entity: 'VARIANT' },
      { key: 'supplier_sku', entity: 'VARIANT' },
    ]);

    const refused = await catalog.call(
      CREATE_PRODUCT,
      {
        input: {
          handle: 'jeans',
          title: 'Jeans',
          variants: [
            { sku: 'J-1', customFields: [{ key: 'fit', value: 'Slim' }] },
            { sku: 'J-2', customFields: [{ key: 'fit', value: 'Baggy' }] },
            { sku: 'J-3' },
          ],
        },
      },
      staff(A),
    );
    expect(codes(refused.data?.productCreate.errors)).toEqual([
      ['INVALID_CUSTOM_FIELD_VALUE', ['input', 'variants', '1', 'customFields', 'fit']],
      ['CUSTOM_FIELD_REQUIRED', ['input', 'variants', '2', 'customFields', 'fit']],
    ]);
    const product = await createProduct(catalog, A, {
      handle: 'jeans',
      title: 'Jeans',
      status: 'ACTIVE',
      variants: [
        {
          sku: 'J-1',
          customFields: [
            { key: 'fit', value: 'Slim' },
            { key: 'supplier_sku', value: 'S-9' },
          ],
        },
      ],
    });

    const added = await catalog.call(
      `mutation ($input: VariantCreateInput!) { variantCreate(input: $input) {
        variant { sku customFields { key value } } errors { code field } } }`,
      { input: { productId: product.id, sku: 'J-2', customFields: [{ key: 'fit', value: 'Wide' }] } },
      staff(A),
    );
    expect(codes(added.data?.variantCreate.errors)).toEqual([
      ['INVALID_CUSTOM_FIELD_VALUE', ['input', 'customFields', 'fit']],
    ]);
    const variant = product.variants[0]!;
    const UPDATE_VARIANT = `mutation ($input: VariantUpdateInput!) { variantUpdate(input: $input) {
      variant { version customFields { key value } fit: customField(key: "fit") { value } } errors { code field } } }`;
    const updated = await catalog.call(
      UPDATE_VARIANT,
      { input: { id: variant.id, version: variant.version, customFields: [{ key: 'fit', value: 'Regular' }] } },
      staff(A),
    );
    expect(updated.data?.variantUpdate).toEqual({
      errors: [],
      variant: {
        version: variant.version + 1,
        customFields: [
          { key: 'fit', value: 'Regular' },
          { key: 'supplier_sku', value: 'S-9' },
        ],
        fit: { value: 'Regular' },
      },
    });
    const cleared = await catalog.call(
      UPDATE_VARIANT,
      { input: { id: variant.id, version: variant.version + 1, customFields: [{ key: 'fit', value: null }] } },
      staff(A),
    );
    expect(codes(cleared.data?.variantUpdate.errors)).toEqual([
      ['CUSTOM_FIELD_REQUIRED', ['input', 'customFields', 'fit']],
    ]);

    // storefront keys: the public variant field only; another tenant: nothing
    const VARIANT = `query ($id: ID!) { variant(id: $id) { customFields { key value } } }`;
    expect((await catalog.call(VARIANT, { id: variant.id }, storefront(A))).data?.variant.customFields).toEqual([
      { key: 'fit', value: 'Regular' },
    ]);
    expect((await catalog.call(VARIANT, { id: variant.id }, reader(tenant()))).data?.variant).toBeNull();
    // the product's own fields are not the variant's
    const productFields = await catalog.call(PRODUCT_FIELDS, { id: product.id }, reader(A));
    expect(productFields.data?.product.customFields).toEqual([
      expect.objectContaining({ key: 'fit', label: 'Product fit', value: null }),
    ]);
  });
});
