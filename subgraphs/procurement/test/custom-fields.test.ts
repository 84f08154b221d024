import { randomUUID } from 'node:crypto';
import { type AuthContext, leastStatements } from '@ucos/kit';
import { suiteFixture } from '@ucos/kit/testing/suite';
import { describe, expect, it } from 'vitest';
import { newBus, type ProcurementHarness, staff, startProcurement, testDatabase } from './harness.ts';

/** Custom fields on suppliers (issue 15 §3): definitions, values on create and update, statements. */

let harness: ProcurementHarness;
suiteFixture(async (own) => {
  const db = own(await testDatabase());
  harness = own(await startProcurement(db, newBus()));
});

const call = (query: string, variables: Record<string, unknown>, auth: Partial<AuthContext>) =>
  harness.call(query, variables, auth);
const codes = (errors: { code: string; field: string[] | null }[] | undefined) =>
  (errors ?? []).map((error) => [error.code, error.field]);

const DEFINE = `mutation ($input: SupplierCustomFieldDefinitionCreateInput!) {
  supplierCustomFieldDefinitionCreate(input: $input) { customFieldDefinition { id entity key version } errors { code field message } } }`;
const CREATE = `mutation ($input: SupplierCreateInput!) {
  supplierCreate(input: $input) { supplier { id version customFields { key type value moneyValue { amount currency } } } errors { code field message } } }`;
const UPDATE = `mutation ($input: SupplierUpdateInput!) {
  supplierUpdate(input: $input) { supplier { version customFields { key value } rating: customField(key: "rating") { value } } errors { code field message } } }`;

async function define(tenantId: string, input: Record<string, unknown>) {
  const result = await call(DEFINE, { input }, staff(tenantId));
  const created = result.data?.supplierCustomFieldDefinitionCreate.customFieldDefinition;
  if (!created) throw new Error(JSON.stringify(result));
  return created as { id: string; entity: string };
}

describe('supplier custom fields', () => {
  it('validates values on create and update, stores defaults, reads typed and by key', async () => {
    const A = randomUUID();
    const rating = await define(A, {
      key: 'rating',
      label: 'Rating',
      type: 'ENUM',
      required: true,
      validation: { values: ['A', 'B', 'C'] },
    });
    expect(rating.entity).toBe('SUPPLIER');
    await define(A, { key: 'min_order', label: 'Minimum order', type: 'MONEY', defaultValue: '100.00 EUR' });

    const missing = await call(CREATE, { input: { code: 'S1', name: 'One', currency: 'EUR' } }, staff(A));
    expect(codes(missing.data?.supplierCreate.errors)).toEqual([
      ['CUSTOM_FIELD_REQUIRED', ['input', 'customFields', 'rating']],
    ]);
    const wrong = await call(
      CREATE,
      { input: { code: 'S1', name: 'One', currency: 'EUR', customFields: [{ key: 'rating', value: 'Z' }] } },
      staff(A),
    );
    expect(wrong.data?.supplierCreate.errors).toEqual([
      {
        code: 'INVALID_CUSTOM_FIELD_VALUE',
        field: ['input', 'customFields', 'rating'],
        message: 'Rating must be one of A, B, C',
      },
    ]);
    const created = await call(
      CREATE,
      { input: { code: 'S1', name: 'One', currency: 'EUR', customFields: [{ key: 'rating', value: 'B' }] } },
      staff(A),
    );
    expect(created.data?.supplierCreate).toMatchObject({
      errors: [],
      supplier: {
        version: 1,
        customFields: [
          { key: 'rating', type: 'ENUM', value: 'B', moneyValue: null },
          { key: 'min_order', type: 'MONEY', value: '100.00 EUR', moneyValue: { amount: 10000, currency: 'EUR' } },
        ],
      },
    });
    const supplierId = created.data?.supplierCreate.supplier.id;
    // an update without customFields keeps them; with them, merges; removing a required one is refused
    const renamed = await call(UPDATE, { input: { supplierId, name: 'One Ltd' } }, staff(A));
    expect(renamed.data?.supplierUpdate.supplier.rating).toEqual({ value: 'B' });
    const removed = await call(
      UPDATE,
      { input: { supplierId, customFields: [{ key: 'rating', value: null }] } },
      staff(A),
    );
    expect(codes(removed.data?.supplierUpdate.errors)).toEqual([
      ['CUSTOM_FIELD_REQUIRED', ['input', 'customFields', 'rating']],
    ]);
    const changed = await call(
      UPDATE,
      {
        input: {
          supplierId,
          expectedVersion: 2,
          customFields: [
            { key: 'rating', value: 'A' },
            { key: 'min_order', value: '' },
          ],
        },
      },
      staff(A),
    );
    expect(changed.data?.supplierUpdate).toMatchObject({
      errors: [],
      supplier: {
        version: 3,
        customFields: [
          { key: 'rating', value: 'A' },
          { key: 'min_order', value: '100.00 EUR' },
        ],
      },
    });
    const unknown = await call(
      UPDATE,
      { input: { supplierId, customFields: [{ key: 'colour', value: 'red' }] } },
      staff(A),
    );
    expect(codes(unknown.data?.supplierUpdate.errors)).toEqual([
      ['UNKNOWN_CUSTOM_FIELD', ['input', 'customFields', 'colour']],
    ]);
    const approver = await call(
      DEFINE,
      { input: { key: 'x', label: 'x', type: 'TEXT' } },
      staff(A, ['procurement:approve']),
    );
    expect(approver.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('reads a page of suppliers with their custom fields in as many statements for 2 as for 10', async () => {
    const A = randomUUID();
    await define(A, { key: 'rating', label: 'Rating', type: 'TEXT' });
    for (let index = 0; index < 10; index++) {
      const created = await call(
        CREATE,
        {
          input: {
            code: `S${index}`,
            name: `S${index}`,
            currency: 'EUR',
            customFields: [{ key: 'rating', value: `${index}` }],
          },
        },
        staff(A),
      );
      expect(created.data?.supplierCreate.errors).toEqual([]);
    }
    const statementsOf = async (first: number) => {
      harness.statements.reset();
      const page = await call(
        `query ($first: Int) { suppliers(first: $first) { edges { node { code customFields { key value } rating: customField(key: "rating") { value } } } } }`,
        { first },
        staff(A),
      );
      expect(page.data?.suppliers.edges).toHaveLength(first);
      expect(page.data?.suppliers.edges[1].node.rating).toEqual({ value: '1' });
      return harness.statements.count;
    };
    // the relay and the consumers poll on the same pool in the background (the checkouts above left events to handle)
    const least = (first: number) => leastStatements(() => statementsOf(first));
    const two = await least(2);
    expect(two).toBeGreaterThan(0);
    expect(await least(10)).toBe(two);
  });
});
