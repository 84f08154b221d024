import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Ok, okAs, sellableVariant } from './platform-fixtures.ts';
import { startWholePlatform, type WholePlatform } from './whole-platform.ts';

/**
 * The lists behind the admin's tables (issue 18 §6, §7) through the real gateway: a shop finds its
 * variants, their stock and its products by SKU; another shop, asking the same fields with the
 * first shop's SKU and ids, finds nothing and changes nothing.
 */
let platform: WholePlatform;
let alpha: { bearer: Record<string, string>; tenantId: string };
let beta: { bearer: Record<string, string>; tenantId: string };
let okAlpha: Ok;

beforeAll(async () => {
  platform = await startWholePlatform();
  alpha = await platform.tenant('tables-alpha');
  beta = await platform.tenant('tables-beta');
  okAlpha = okAs(platform, alpha.bearer);
}, 120_000);
afterAll(() => platform?.close());

const LISTS = /* GraphQL */ `
  query ($sku: String!, $variantIds: [ID!]) {
    variantSearch(query: $sku) { totalCount edges { node { id sku product { title } } } }
    productSearch(query: $sku) { totalCount edges { node { title } } }
    stockLevels(filter: { variantIds: $variantIds }) { totalCount edges { node { onHand variant { sku } } } }
    orders(filter: { customer: "tables" }) { totalCount }
    guestCustomers { totalCount }
  }`;

describe('admin lists through the gateway', () => {
  it('answers a shop its own variants, stock and product by SKU; another shop gets nothing of them', async () => {
    const { productId, variantId } = await sellableVariant(okAlpha, {
      handle: 'tables-lamp',
      title: 'Tables Lamp',
      sku: 'TBL-LAMP-1',
      amount: 3000,
      onHand: 7,
    });
    const mine = await platform.gql(LISTS, { sku: 'tbl-lamp', variantIds: [variantId] }, alpha.bearer);
    expect(mine.body.errors).toBeUndefined();
    const data = mine.body.data as Record<string, any>;
    expect(data.variantSearch.edges.map((edge: any) => [edge.node.sku, edge.node.product.title])).toEqual([
      ['TBL-LAMP-1', 'Tables Lamp'],
    ]);
    expect(data.stockLevels.edges.map((edge: any) => [edge.node.variant.sku, edge.node.onHand])).toEqual([
      ['TBL-LAMP-1', 7],
    ]);
    const exact = await platform.gql(LISTS, { sku: 'TBL-LAMP-1', variantIds: [variantId] }, alpha.bearer);
    expect((exact.body.data as any).productSearch.edges).toEqual([{ node: { title: 'Tables Lamp' } }]);

    const theirs = await platform.gql(LISTS, { sku: 'TBL-LAMP-1', variantIds: [variantId] }, beta.bearer);
    expect(theirs.body.errors).toBeUndefined();
    expect(theirs.body.data).toMatchObject({
      variantSearch: { totalCount: 0 },
      productSearch: { totalCount: 0 },
      stockLevels: { totalCount: 0 },
      orders: { totalCount: 0 },
      guestCustomers: { totalCount: 0 },
    });
    // a bulk change naming another shop's product is refused on that item, and changes nothing
    const bulk = await platform.gql(
      `mutation($input: ProductBulkStatusSetInput!) { productBulkStatusSet(input: $input) { products { id } errors { code field } } }`,
      { input: { status: 'ARCHIVED', items: [{ id: productId, version: 1 }] } },
      beta.bearer,
    );
    expect((bulk.body.data as any).productBulkStatusSet.errors).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'items', '0', 'id'] },
    ]);
    const still = await okAlpha(`query($id: ID!) { product(id: $id) { status } }`, { id: productId });
    expect(still.product.status).toBe('ACTIVE');
  });

  it('answers an anonymous caller none of these lists', async () => {
    const anonymous = await platform.gql(`{ variantSearch { totalCount } guestCustomers { totalCount } }`, {}, {});
    expect(anonymous.body.errors?.length).toBeGreaterThan(0);
    expect((anonymous.body.data as Record<string, unknown> | null)?.variantSearch ?? null).toBeNull();
  });
});
