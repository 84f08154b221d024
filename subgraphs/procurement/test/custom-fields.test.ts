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

  it('lists suppliers by a field: stored values, the default of a supplier that stored none, with the other filters and pages', async () => {
    const A = randomUUID();
    const supplier = async (code: string, customFields: { key: string; value: string }[] = []) => {
      const created = await call(CREATE, { input: { code, name: code, currency: 'EUR', customFields } }, staff(A));
      expect(created.data?.supplierCreate.errors).toEqual([]);
    };
    // written before the field existed: it stores no rating
    await supplier('OLD');
    await define(A, { key: 'rating', label: 'Rating', type: 'ENUM', validation: { values: ['A', 'B'] } });
    await define(A, { key: 'lead_days', label: 'Lead days', type: 'NUMBER' });
    await define(A, { key: 'deposit', label: 'Deposit', type: 'MONEY' });
    for (const [code, rating, days] of [
      ['S1', 'A', '7'],
      ['S2', 'B', '7.0'],
      ['S3', 'A', '14'],
    ] as const) {
      await supplier(code, [
        { key: 'rating', value: rating },
        { key: 'lead_days', value: days },
      ]);
    }
    const LIST = `query ($filter: SupplierFilter, $first: Int, $after: String) {
      suppliers(filter: $filter, first: $first, after: $after) { totalCount edges { node { code } } pageInfo { endCursor hasNextPage } } }`;
    const codesOf = async (filter: Record<string, unknown>, first = 50, after?: string) => {
      const page = await call(LIST, { filter, first, after }, staff(A));
      expect(page.errors).toBeUndefined();
      return page.data?.suppliers as {
        totalCount: number;
        edges: { node: { code: string } }[];
        pageInfo: { endCursor: string; hasNextPage: boolean };
      };
    };
    const codesIn = async (filter: Record<string, unknown>) =>
      (await codesOf(filter)).edges.map(({ node }) => node.code);

    expect(await codesIn({ customFields: [{ key: 'rating', values: ['A'] }] })).toEqual(['S1', 'S3']);
    expect(await codesIn({ customFields: [{ key: 'lead_days', values: ['7'] }] })).toEqual(['S1', 'S2']);
    expect(
      await codesIn({
        customFields: [
          { key: 'rating', values: ['A', 'B'] },
          { key: 'lead_days', values: ['14'] },
        ],
      }),
    ).toEqual(['S3']);
    // with the text filter, and paged: the total counts every match, the second page follows the first
    expect(await codesIn({ query: 's', customFields: [{ key: 'rating', values: ['A'] }] })).toEqual(['S1', 'S3']);
    const first = await codesOf({ customFields: [{ key: 'rating', values: ['A'] }] }, 1);
    expect(first.totalCount).toBe(2);
    expect(first.edges.map(({ node }) => node.code)).toEqual(['S1']);
    const second = await codesOf({ customFields: [{ key: 'rating', values: ['A'] }] }, 1, first.pageInfo.endCursor);
    expect(second.edges.map(({ node }) => node.code)).toEqual(['S3']);
    expect(second.pageInfo.hasNextPage).toBe(false);

    // the rating gets a default: OLD, which stored none, now has it (as its customField answers) and matches
    const definitions = await call(`query { supplierCustomFieldDefinitions { id key version } }`, {}, staff(A));
    const rating = definitions.data?.supplierCustomFieldDefinitions.find(
      (definition: { key: string }) => definition.key === 'rating',
    );
    const updated = await call(
      `mutation ($input: CustomFieldDefinitionUpdateInput!) {
        supplierCustomFieldDefinitionUpdate(input: $input) { errors { code field message } } }`,
      { input: { id: rating.id, version: rating.version, defaultValue: 'B' } },
      staff(A),
    );
    expect(updated.data?.supplierCustomFieldDefinitionUpdate.errors).toEqual([]);
    const old = await call(
      `query { suppliers(filter: { query: "OLD" }) { edges { node { rating: customField(key: "rating") { value } } } } }`,
      {},
      staff(A),
    );
    expect(old.data?.suppliers.edges[0].node.rating).toEqual({ value: 'B' });
    expect(await codesIn({ customFields: [{ key: 'rating', values: ['B'] }] })).toEqual(['OLD', 'S2']);

    // the caller's mistakes are typed errors on the filter's path
    const refused = async (filter: Record<string, unknown>) => {
      const page = await call(LIST, { filter }, staff(A));
      return [page.errors?.[0]?.extensions?.code, page.errors?.[0]?.message];
    };
    expect(await refused({ customFields: [{ key: 'nope', values: ['x'] }] })).toEqual([
      'BAD_USER_INPUT',
      expect.stringContaining('No custom field "nope"'),
    ]);
    expect(await refused({ customFields: [{ key: 'deposit', values: ['1.00 EUR'] }] })).toEqual([
      'BAD_USER_INPUT',
      expect.stringContaining('Deposit: MONEY fields cannot be filtered'),
    ]);
    // another tenant's definitions are not this tenant's keys
    const stranger = await call(
      LIST,
      { filter: { customFields: [{ key: 'rating', values: ['A'] }] } },
      staff(randomUUID()),
    );
    expect(stranger.errors?.[0]?.message).toContain('No custom field "rating"');
  });
});
