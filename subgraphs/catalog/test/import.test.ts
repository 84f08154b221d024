import { suiteFixture } from '@ucos/kit/testing/suite';
import { describe, expect, it } from 'vitest';
import { csvRecords } from '../src/data/import/records.ts';
import { type CatalogHarness, reader, staff, startCatalog } from './harness.ts';

let catalog: CatalogHarness;
const T = crypto.randomUUID();
suiteFixture(async (own) => {
  catalog = own(await startCatalog());
});

const IMPORT = /* GraphQL */ `
  mutation ($input: ProductImportInput!) {
    productImport(input: $input) {
      rowsTotal variantsCreated variantsUpdated rowsFailed
      rowErrors { row code field message }
      errors { code }
    }
  }`;

const jsonl = (rows: (object | string)[]) =>
  rows.map((row) => (typeof row === 'string' ? row : JSON.stringify(row))).join('\n');

const GOOD = [
  {
    handle: 'tee',
    title: 'Tee',
    status: 'ACTIVE',
    sku: 'TEE-S',
    option1Name: 'Size',
    option1Value: 'S',
    priceAmount: '19.99',
    priceCurrency: 'EUR',
    priceList: 'Retail',
    categoryPath: 'Apparel/Tees',
    attributes: 'material=cotton',
  },
  {
    handle: 'tee',
    sku: 'TEE-M',
    option1Name: 'Size',
    option1Value: 'M',
    priceAmount: '21.00',
    priceCurrency: 'EUR',
    priceList: 'Retail',
    weightGrams: 200,
  },
];

async function counts() {
  const [row] = await catalog.admin(
    `select (select count(*) from catalog.products where tenant_id = $1)::int as products,
            (select count(*) from catalog.variants where tenant_id = $1)::int as variants,
            (select count(*) from catalog.prices where tenant_id = $1)::int as prices`,
    [T],
  );
  return row;
}

describe('bulk import', () => {
  it('imports good rows, reports malformed ones by row, code and column, and is idempotent on SKU', async () => {
    const data = jsonl([
      ...GOOD,
      { handle: 'Bad Handle', sku: 'X-1', title: 'x' },
      { handle: 'tee', sku: 'TEE-L', priceAmount: '19.999', priceCurrency: 'EUR' },
      { handle: 'tee', sku: 'TEE-XL', priceAmount: '10', priceCurrency: 'euro' },
      '{ not json',
      { handle: 'mug', sku: 'MUG-1' },
      { handle: 'tee', sku: 'TEE-XXL', priceAmount: '5.00', priceCurrency: 'USD', priceList: 'Retail' },
      { handle: 'cap', title: 'Cap', sku: 'CAP-1', priceAmount: '9', priceCurrency: 'EUR', priceList: 'Retail' },
    ]);
    const first = await catalog.call(IMPORT, { input: { format: 'JSONL', data } }, staff(T));
    const payload = first.data?.productImport;
    expect(payload).toMatchObject({ rowsTotal: 9, variantsCreated: 3, variantsUpdated: 0, rowsFailed: 6, errors: [] });
    expect(
      payload.rowErrors.map((error: { row: number; code: string; field: string[] | null }) => [
        error.row,
        error.code,
        error.field,
      ]),
    ).toEqual([
      [3, 'INVALID_ROW', ['handle']],
      [4, 'INVALID_AMOUNT', ['priceAmount']],
      [5, 'INVALID_CURRENCY', ['priceCurrency']],
      [6, 'INVALID_ROW', null],
      [7, 'INVALID_ROW', ['title']],
      [8, 'CURRENCY_MISMATCH', ['priceCurrency']],
    ]);
    expect(await counts()).toEqual({ products: 2, variants: 3, prices: 3 });
    const tee = await catalog.call(
      `{ productByHandle(handle: "tee") { title status options { name values } attributes { value } categories { path }
         variants { sku weightGrams price(currency: "EUR") { amount } } } }`,
      {},
      reader(T),
    );
    expect(tee.data?.productByHandle).toEqual({
      title: 'Tee',
      status: 'ACTIVE',
      options: [{ name: 'Size', values: ['S', 'M'] }],
      attributes: [{ value: 'cotton' }],
      categories: [{ path: 'apparel/tees' }],
      variants: [
        { sku: 'TEE-S', weightGrams: null, price: { amount: 1999 } },
        { sku: 'TEE-M', weightGrams: 200, price: { amount: 2100 } },
      ],
    });

    // the same file again: updates, never duplicates
    const again = await catalog.call(IMPORT, { input: { format: 'JSONL', data } }, staff(T));
    expect(again.data?.productImport).toMatchObject({ variantsCreated: 0, variantsUpdated: 3, rowsFailed: 6 });
    expect(await counts()).toEqual({ products: 2, variants: 3, prices: 3 });
  });

  it('reads CSV with quoted fields, and updates prices on re-import', async () => {
    const csv = [
      'handle,title,description,sku,priceAmount,priceCurrency,priceList',
      'tee,Tee,"Soft, ""premium"" cotton\nin two lines",TEE-S,17.50,EUR,Retail',
      'tee,,,TEE-M,21.00,EUR,Retail,extra',
    ].join('\n');
    const result = await catalog.call(IMPORT, { input: { format: 'CSV', data: csv } }, staff(T));
    expect(result.data?.productImport).toMatchObject({ rowsTotal: 2, variantsUpdated: 1, rowsFailed: 1 });
    expect(result.data?.productImport.rowErrors[0]).toMatchObject({ row: 4, code: 'INVALID_ROW' });
    const tee = await catalog.call(
      `{ productByHandle(handle: "tee") { description variants { sku price(currency: "EUR") { amount } } } }`,
      {},
      reader(T),
    );
    expect(tee.data?.productByHandle.description).toBe('Soft, "premium" cotton\nin two lines');
    expect(tee.data?.productByHandle.variants[0]).toEqual({ sku: 'TEE-S', price: { amount: 1750 } });
  });

  it('parses CSV records line by line', async () => {
    const records = [];
    for await (const record of csvRecords(['a,b', '1,"x', 'y"', '', '2,z'])) records.push(record);
    expect(records).toEqual([
      { line: 2, fields: { a: '1', b: 'x\ny' } },
      { line: 5, fields: { a: '2', b: 'z' } },
    ]);
  });

  it('needs catalog:write', async () => {
    const result = await catalog.call(IMPORT, { input: { format: 'JSONL', data: jsonl(GOOD) } }, reader(T));
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
