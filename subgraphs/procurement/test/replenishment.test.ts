import { randomUUID } from 'node:crypto';
import { encodeGlobalId } from '@ucos/kit';
import type { TestDatabase } from '@ucos/kit/testing';
import { suiteFixture } from '@ucos/kit/testing/suite';
import { describe, expect, it } from 'vitest';
import { roundToSupplier } from '../src/data/replenishment.ts';
import { newBus, type ProcurementHarness, staff, startProcurement, testDatabase } from './harness.ts';

let db: TestDatabase;
let harness: ProcurementHarness;
const tenant = randomUUID();
const buyer = staff(tenant);
const warehouse = randomUUID();
const variants: string[] = [];
const suppliers: Record<string, string> = {};

const SUGGESTIONS = `query ($first: Int, $after: String) { replenishmentSuggestions(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { variantId warehouseId shortfall quantity supplier { code } unitCost { amount currency } amount { amount } } } } }`;

suiteFixture(async (own) => {
  db = own(await testDatabase());
  harness = own(await startProcurement(db, newBus()));
  for (const [code, currency] of [
    ['EU', 'EUR'],
    ['US', 'USD'],
  ] as const) {
    const created = await harness.call(
      `mutation ($input: SupplierCreateInput!) { supplierCreate(input: $input) { supplier { id } errors { code } } }`,
      { input: { code, name: `Supplier ${code}`, currency } },
      buyer,
    );
    suppliers[code] = created.data?.supplierCreate.supplier.id;
  }
  const needs = [];
  for (let index = 0; index < 60; index++) {
    const variantId = harness.catalog.add(tenant, `V-${String(index).padStart(3, '0')}`);
    variants.push(variantId);
    needs.push({
      variantId,
      warehouseId: warehouse,
      onHand: 1,
      reserved: 0,
      available: 1,
      incoming: 0,
      reorderPoint: 5,
      reorderQuantity: 10,
      shortfall: 14,
    });
  }
  harness.inventory.rows.set(tenant, needs);
  // the first 40 variants from EU in packs of 12, the next 10 from US with a minimum of 20, the rest unsupplied
  const set = (supplierId: string, items: unknown[]) =>
    harness.call(
      `mutation ($input: SupplierItemsSetInput!) { supplierItemsSet(input: $input) { errors { code } } }`,
      { input: { supplierId, items } },
      buyer,
    );
  await set(
    suppliers.EU as string,
    variants
      .slice(0, 40)
      .map((id) => ({ variantId: encodeGlobalId('ProductVariant', id), unitCost: 100, packSize: 12, preferred: true })),
  );
  await set(
    suppliers.US as string,
    variants.slice(40, 50).map((id) => ({
      variantId: encodeGlobalId('ProductVariant', id),
      unitCost: 250,
      minimumOrderQuantity: 20,
      preferred: true,
    })),
  );
}, 120_000);

describe('replenishment suggestions', () => {
  it('round up to whole packs and the minimum order quantity', () => {
    expect(roundToSupplier(14, { packSize: 12, minimumOrderQuantity: 1 })).toBe(24);
    expect(roundToSupplier(14, { packSize: 1, minimumOrderQuantity: 20 })).toBe(20);
    expect(roundToSupplier(25, { packSize: 6, minimumOrderQuantity: 20 })).toBe(30);
    expect(roundToSupplier(7, null)).toBe(7);
  });

  it('propose each need with its preferred supplier, paged, in the same statements whatever the page size', async () => {
    // the fewest of three tries: the outbox relay's poll shares the pool and may land inside one
    const page = async (first: number, after: string | null = null) => {
      let fewest = Number.POSITIVE_INFINITY;
      let answer: any;
      for (let attempt = 0; attempt < 3; attempt++) {
        harness.statements.reset();
        const result = await harness.call(SUGGESTIONS, { first, after }, buyer);
        expect(result.errors).toBeUndefined();
        fewest = Math.min(fewest, harness.statements.count);
        answer = result.data?.replenishmentSuggestions;
      }
      return { page: answer, statements: fewest };
    };
    const small = await page(2);
    const large = await page(60);
    expect(large.statements).toBe(small.statements);
    expect(large.page.totalCount).toBe(60);
    const nodes = large.page.edges.map((edge: { node: Record<string, any> }) => edge.node);
    const bySku = new Map(nodes.map((node: Record<string, any>) => [node.variantId, node]));
    const first = bySku.get(encodeGlobalId('ProductVariant', variants[0] as string)) as Record<string, any>;
    expect(first).toMatchObject({ shortfall: 14, quantity: 24, supplier: { code: 'EU' }, amount: { amount: 2400 } });
    const us = bySku.get(encodeGlobalId('ProductVariant', variants[45] as string)) as Record<string, any>;
    expect(us).toMatchObject({ quantity: 20, supplier: { code: 'US' }, unitCost: { amount: 250, currency: 'USD' } });
    const none = bySku.get(encodeGlobalId('ProductVariant', variants[55] as string)) as Record<string, any>;
    expect(none).toMatchObject({ quantity: 14, supplier: null, unitCost: null });
    // paging follows inventory's cursor
    const next = await page(2, small.page.pageInfo.endCursor);
    expect(next.page.edges[0].node.variantId).toBe(nodes[2].variantId);
  });

  it('become one draft per supplier in one step, or nothing when a line cannot be bought', async () => {
    const line = (index: number, quantity: number) => ({
      variantId: encodeGlobalId('ProductVariant', variants[index] as string),
      warehouseId: encodeGlobalId('Warehouse', warehouse),
      quantity,
    });
    const create = (input: Record<string, unknown>) =>
      harness.call(
        `mutation ($input: PurchaseOrdersCreateFromSuggestionsInput!) { purchaseOrdersCreateFromSuggestions(input: $input) {
           purchaseOrders { number status currency supplier { code } lines { sku quantity unitCost { amount } } }
           errors { code field } } }`,
        { input },
        buyer,
      );
    const count = async () =>
      (await harness.call(`query { purchaseOrders { totalCount } }`, {}, buyer)).data?.purchaseOrders.totalCount;
    const before = await count();
    const noRate = await create({ lines: [line(0, 24), line(41, 20)] });
    expect(noRate.data?.purchaseOrdersCreateFromSuggestions.errors).toEqual([
      { code: 'INVALID_INPUT', field: ['input', 'exchangeRates'] },
    ]);
    const unsupplied = await create({ lines: [line(0, 24), line(55, 14)] });
    expect(unsupplied.data?.purchaseOrdersCreateFromSuggestions.errors).toEqual([
      { code: 'INVALID_INPUT', field: ['input', 'lines', '1', 'supplierId'] },
    ]);
    expect(await count()).toBe(before);
    const created = await create({
      lines: [line(0, 24), line(41, 20), line(1, 12)],
      exchangeRates: [{ currency: 'USD', rate: '0.92' }],
      idempotencyKey: 'suggestions-1',
    });
    expect(created.data?.purchaseOrdersCreateFromSuggestions.errors).toEqual([]);
    expect(created.data?.purchaseOrdersCreateFromSuggestions.purchaseOrders).toEqual([
      expect.objectContaining({
        status: 'DRAFT',
        currency: 'EUR',
        supplier: { code: 'EU' },
        lines: [
          { sku: 'V-000', quantity: 24, unitCost: { amount: 100 } },
          { sku: 'V-001', quantity: 12, unitCost: { amount: 100 } },
        ],
      }),
      expect.objectContaining({
        currency: 'USD',
        supplier: { code: 'US' },
        lines: [{ sku: 'V-041', quantity: 20, unitCost: { amount: 250 } }],
      }),
    ]);
    expect(await count()).toBe(before + 2);
  });
});
