import { randomUUID } from 'node:crypto';
import { type AuthContext, encodeGlobalId } from '@ucos/kit';
import type { TestDatabase } from '@ucos/kit/testing';
import { suiteFixture } from '@ucos/kit/testing/suite';
import type { GraphQLUnionType } from 'graphql';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.ts';
import { newBus, type ProcurementHarness, staff, startProcurement, testDatabase, workflowIdentity } from './harness.ts';

/**
 * Tenant B probes every root field of procurement's schema with tenant A's ids: it finds nothing
 * (NOT_FOUND, null or empty) and changes nothing of A (every row of every procurement table A owns
 * is the same before and after). The probes are keyed by field name and checked against the schema,
 * so a new query or mutation without a probe fails here, as does a new entity type (what the
 * gateway's `node(id:)` resolves through `_entities`) without an id of A's to ask for.
 */

let db: TestDatabase;
let harness: ProcurementHarness;
let admin: pg.Pool;
const tenantA = randomUUID();
const tenantB = randomUUID();
const buyerA = staff(tenantA, ['procurement:manage', 'procurement:approve']);
const intruder = staff(tenantB, ['procurement:manage', 'procurement:approve']);
const key = () => randomUUID();

/** tenant A's documents, as global ids (what a client holds) */
const a = {
  supplier: '',
  supplierCode: 'ALPHA-SUPPLY',
  contact: '',
  item: '',
  variant: '',
  warehouse: '',
  /** a draft: what edit, submit and cancel act on */
  draft: '',
  draftVersion: 0,
  /** submitted, waiting for the approval workflow */
  submitted: '',
  /** sent, partly received, with a held bill */
  sent: '',
  sentNumber: '',
  sentLine: '',
  postedReceipt: '',
  draftReceipt: '',
  heldBill: '',
  /** a SUPPLIER custom field definition, with a value on the supplier */
  customField: '',
};

async function call(query: string, variables: Record<string, unknown>, auth: Partial<AuthContext>) {
  const result = await harness.call(query, variables, auth);
  expect(result.errors, query).toBeUndefined();
  return result.data as Record<string, any>;
}

const mutate = (name: string, inputType: string, selection: string, input: Record<string, unknown>, auth = buyerA) =>
  call(
    `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${selection} errors { code field message } } }`,
    { input },
    auth,
  ).then((data) => data[name]);

/** A's rows in every procurement table that has a tenant, as one fingerprint per table (the relay's bookkeeping aside). */
async function fingerprint(tenantId: string): Promise<Record<string, string>> {
  const { rows: tables } = await admin.query<{ table_name: string }>(
    `select table_name from information_schema.columns
      where table_schema = 'procurement' and column_name = 'tenant_id' order by table_name`,
  );
  const prints: Record<string, string> = {};
  for (const { table_name } of tables) {
    const { rows } = await admin.query<{ rows: number; print: string | null }>(
      `select count(*)::int as rows,
              md5(string_agg((to_jsonb(t) - array['published_at', 'attempts', 'last_error'])::text, '|'
                  order by (to_jsonb(t) - array['published_at', 'attempts', 'last_error'])::text)) as print
         from procurement.${table_name} t where tenant_id = $1`,
      [tenantId],
    );
    prints[table_name] = `${rows[0]?.rows}:${rows[0]?.print ?? ''}`;
  }
  return prints;
}

suiteFixture(async (own) => {
  db = own(await testDatabase());
  admin = own(new pg.Pool({ connectionString: db.adminUrl, max: 2 }));
  harness = own(await startProcurement(db, newBus()));
  const variantId = harness.catalog.add(tenantA, 'ALPHA-SKU', 'Alpha widget');
  a.variant = encodeGlobalId('ProductVariant', variantId);
  const warehouseId = randomUUID();
  a.warehouse = encodeGlobalId('Warehouse', warehouseId);
  // B's catalog knows the same variant id: only procurement's own tenancy stands between B and A's rows
  harness.catalog.variants.set(tenantB, new Map(harness.catalog.variants.get(tenantA)));

  expect(
    (
      await mutate('procurementSettingsUpdate', 'ProcurementSettingsUpdateInput', 'settings { buyerName }', {
        buyerName: 'Alpha Buyer',
        receiptOverTolerancePercent: 10,
      })
    ).errors,
  ).toEqual([]);
  const supplier = await mutate('supplierCreate', 'SupplierCreateInput', 'supplier { id }', {
    code: a.supplierCode,
    name: 'Alpha Supply',
    currency: 'EUR',
    email: 'orders@alpha.test',
  });
  a.supplier = supplier.supplier.id;
  a.customField = (
    await mutate(
      'supplierCustomFieldDefinitionCreate',
      'SupplierCustomFieldDefinitionCreateInput',
      'customFieldDefinition { id }',
      { key: 'rating', label: 'Rating', type: 'ENUM', validation: { values: ['A', 'B'] } },
    )
  ).customFieldDefinition.id;
  expect(
    (
      await mutate('supplierUpdate', 'SupplierUpdateInput', 'supplier { id }', {
        supplierId: a.supplier,
        customFields: [{ key: 'rating', value: 'A' }],
      })
    ).errors,
  ).toEqual([]);
  a.contact = (
    await mutate('supplierContactAdd', 'SupplierContactAddInput', 'contact { id }', {
      supplierId: a.supplier,
      name: 'Ann Alpha',
    })
  ).contact.id;
  a.item = (
    await mutate('supplierItemsSet', 'SupplierItemsSetInput', 'items { id }', {
      supplierId: a.supplier,
      items: [{ variantId: a.variant, unitCost: 1000, preferred: true }],
    })
  ).items[0].id;
  const create = (quantity: number) =>
    mutate('purchaseOrderCreate', 'PurchaseOrderCreateInput', 'purchaseOrder { id number version lines { id } }', {
      supplierId: a.supplier,
      warehouseId: a.warehouse,
      lines: [{ variantId: a.variant, quantity }],
    }).then((payload) => payload.purchaseOrder);
  const draft = await create(5);
  a.draft = draft.id;
  a.draftVersion = draft.version;

  const sent = await create(10);
  a.sent = sent.id;
  a.sentNumber = sent.number;
  a.sentLine = sent.lines[0].id;
  const order = 'purchaseOrder { status }';
  // no approval workflow matches: approved by rule on submit
  expect(
    (await mutate('purchaseOrderSubmit', 'PurchaseOrderSubmitInput', order, { purchaseOrderId: a.sent })).purchaseOrder
      .status,
  ).toBe('APPROVED');
  expect(
    (await mutate('purchaseOrderSend', 'PurchaseOrderSendInput', order, { purchaseOrderId: a.sent })).purchaseOrder
      .status,
  ).toBe('SENT');
  const receipt = (post: boolean) =>
    mutate('receiptCreate', 'ReceiptCreateInput', 'receipt { id status }', {
      purchaseOrderId: a.sent,
      lines: [{ purchaseOrderLineId: a.sentLine, acceptedQuantity: 2 }],
      post,
      idempotencyKey: key(),
    }).then((payload) => payload.receipt);
  a.postedReceipt = (await receipt(true)).id;
  a.draftReceipt = (await receipt(false)).id;
  const bill = await mutate('supplierBillCreate', 'SupplierBillCreateInput', 'bill { id status }', {
    purchaseOrderId: a.sent,
    supplierInvoiceNumber: 'INV-ALPHA-1',
    billDate: '2026-12-01',
    lines: [{ purchaseOrderLineId: a.sentLine, quantity: 2, unitPrice: 1500 }],
    idempotencyKey: key(),
  });
  expect(bill.bill.status).toBe('HELD');
  a.heldBill = bill.bill.id;

  // the next submit finds an approval workflow: it waits for the workflow's decision
  harness.workflows.threshold = 0;
  a.submitted = (await create(3)).id;
  expect(
    (await mutate('purchaseOrderSubmit', 'PurchaseOrderSubmitInput', order, { purchaseOrderId: a.submitted }))
      .purchaseOrder.status,
  ).toBe('SUBMITTED');

  // inventory tells each tenant about its own levels; B's need names A's variant and warehouse ids
  const need = {
    variantId,
    warehouseId,
    onHand: 0,
    reserved: 0,
    available: 0,
    incoming: 0,
    reorderPoint: 10,
    reorderQuantity: 20,
    shortfall: 10,
  };
  harness.inventory.rows.set(tenantA, [need]);
  harness.inventory.rows.set(tenantB, [need]);
});

type Probe = () => Promise<void>;

const notFound = (payload: { errors: { code: string }[] }, field: string) =>
  expect(
    payload.errors.map((error) => error.code),
    field,
  ).toContain('NOT_FOUND');

/** Tenant B's attempt on each root field, with tenant A's ids. */
const queryProbes: Record<string, Probe> = {
  procurementSettings: async () => {
    const data = await call('{ procurementSettings { buyerName receiptOverTolerancePercent } }', {}, intruder);
    expect(data.procurementSettings.buyerName).not.toBe('Alpha Buyer');
    expect(data.procurementSettings.receiptOverTolerancePercent).toBe(0);
  },
  suppliers: async () => {
    const data = await call(
      `query ($code: String!) { all: suppliers { totalCount edges { node { id } } } byCode: suppliers(filter: { query: $code }) { totalCount } }`,
      { code: a.supplierCode },
      intruder,
    );
    expect(data.all.edges.map((edge: { node: { id: string } }) => edge.node.id)).not.toContain(a.supplier);
    expect(data.byCode.totalCount).toBe(0);
  },
  supplier: async () => {
    const data = await call('query ($id: ID!) { supplier(id: $id) { id } }', { id: a.supplier }, intruder);
    expect(data.supplier).toBeNull();
  },
  supplierCustomFieldDefinitions: async () => {
    const data = await call('{ supplierCustomFieldDefinitions(includeArchived: true) { id key } }', {}, intruder);
    expect(data.supplierCustomFieldDefinitions).toEqual([]);
  },
  purchaseOrders: async () => {
    const data = await call(
      `query ($supplier: ID!, $number: String!) { all: purchaseOrders { totalCount }
         bySupplier: purchaseOrders(filter: { supplierId: $supplier }) { totalCount }
         byNumber: purchaseOrders(filter: { query: $number }) { totalCount } }`,
      { supplier: a.supplier, number: a.sentNumber },
      intruder,
    );
    expect(data).toEqual({ all: { totalCount: 0 }, bySupplier: { totalCount: 0 }, byNumber: { totalCount: 0 } });
  },
  purchaseOrder: async () => {
    for (const id of [a.draft, a.sent, a.submitted]) {
      const data = await call('query ($id: ID!) { purchaseOrder(id: $id) { id } }', { id }, intruder);
      expect(data.purchaseOrder).toBeNull();
    }
  },
  replenishmentSuggestions: async () => {
    const data = await call(
      '{ replenishmentSuggestions { totalCount edges { node { variantId quantity supplier { id } supplierItem { id } unitCost { amount } } } } }',
      {},
      intruder,
    );
    // B's own need is proposed, but A's preferred supplier and its cost are not B's to see
    expect(data.replenishmentSuggestions.edges).toEqual([
      { node: { variantId: a.variant, quantity: 10, supplier: null, supplierItem: null, unitCost: null } },
    ]);
  },
  receipts: async () => {
    const data = await call(
      'query ($order: ID!) { all: receipts { totalCount } byOrder: receipts(filter: { purchaseOrderId: $order }) { totalCount } }',
      { order: a.sent },
      intruder,
    );
    expect(data).toEqual({ all: { totalCount: 0 }, byOrder: { totalCount: 0 } });
  },
  receipt: async () => {
    for (const id of [a.postedReceipt, a.draftReceipt]) {
      const data = await call('query ($id: ID!) { receipt(id: $id) { id } }', { id }, intruder);
      expect(data.receipt).toBeNull();
    }
  },
  receivableLines: async () => {
    for (const code of [a.sentNumber, 'ALPHA-SKU']) {
      const data = await call('query ($code: String!) { receivableLines(code: $code) { sku } }', { code }, intruder);
      expect(data.receivableLines, code).toEqual([]);
    }
  },
  supplierBills: async () => {
    const data = await call('{ supplierBills { totalCount } }', {}, intruder);
    expect(data.supplierBills.totalCount).toBe(0);
  },
  supplierBill: async () => {
    const data = await call('query ($id: ID!) { supplierBill(id: $id) { id } }', { id: a.heldBill }, intruder);
    expect(data.supplierBill).toBeNull();
  },
  _entities: async () => {
    // what node(id:) asks procurement for each of its entity types, through the gateway
    const representations: Record<string, { id: string; selection: string; empty: unknown }> = {
      Supplier: { id: a.supplier, selection: 'id', empty: null },
      PurchaseOrder: { id: a.sent, selection: 'id', empty: null },
      Receipt: { id: a.postedReceipt, selection: 'id', empty: null },
      SupplierBill: { id: a.heldBill, selection: 'id', empty: null },
      // a variant is catalog's: procurement only adds who supplies it, which is nobody for B
      ProductVariant: { id: a.variant, selection: 'supplierItems { id }', empty: { supplierItems: [] } },
    };
    const entityTypes = (schema.getType('_Entity') as GraphQLUnionType).getTypes().map((type) => type.name);
    expect(Object.keys(representations).sort(), 'an entity type without a probe').toEqual([...entityTypes].sort());
    for (const [typename, { id, selection, empty }] of Object.entries(representations)) {
      const data = await call(
        `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on ${typename} { ${selection} } } }`,
        { reps: [{ __typename: typename, id }] },
        intruder,
      );
      expect(data._entities, typename).toEqual([empty]);
    }
  },
};

const mutationProbes: Record<string, Probe> = {
  // tenant-wide, not by id: B changes its own settings, never A's (the fingerprint shows)
  procurementSettingsUpdate: async () => {
    const payload = await mutate(
      'procurementSettingsUpdate',
      'ProcurementSettingsUpdateInput',
      'settings { buyerName }',
      { buyerName: 'Beta Buyer' },
      intruder,
    );
    expect(payload).toMatchObject({ errors: [], settings: { buyerName: 'Beta Buyer' } });
  },
  // codes are unique per tenant: A's code is free for B, and taking it tells B nothing of A
  supplierCreate: async () => {
    const payload = await mutate(
      'supplierCreate',
      'SupplierCreateInput',
      'supplier { id }',
      { code: a.supplierCode, name: 'Beta', currency: 'EUR' },
      intruder,
    );
    expect(payload.errors).toEqual([]);
    expect(payload.supplier.id).not.toBe(a.supplier);
  },
  // keys are unique per tenant: A's key is free for B
  supplierCustomFieldDefinitionCreate: async () => {
    const payload = await mutate(
      'supplierCustomFieldDefinitionCreate',
      'SupplierCustomFieldDefinitionCreateInput',
      'customFieldDefinition { id }',
      { key: 'rating', label: 'Beta rating', type: 'NUMBER' },
      intruder,
    );
    expect(payload.errors).toEqual([]);
    expect(payload.customFieldDefinition.id).not.toBe(a.customField);
  },
  supplierCustomFieldDefinitionUpdate: async () =>
    notFound(
      await mutate(
        'supplierCustomFieldDefinitionUpdate',
        'CustomFieldDefinitionUpdateInput',
        '',
        { id: a.customField, version: 1, label: 'Mine' },
        intruder,
      ),
      'supplierCustomFieldDefinitionUpdate',
    ),
  supplierCustomFieldDefinitionArchive: async () =>
    notFound(
      await mutate(
        'supplierCustomFieldDefinitionArchive',
        'CustomFieldDefinitionArchiveInput',
        '',
        { id: a.customField, version: 1 },
        intruder,
      ),
      'supplierCustomFieldDefinitionArchive',
    ),
  supplierUpdate: async () =>
    notFound(
      await mutate('supplierUpdate', 'SupplierUpdateInput', '', { supplierId: a.supplier, name: 'Mine' }, intruder),
      'supplierUpdate',
    ),
  supplierContactAdd: async () =>
    notFound(
      await mutate(
        'supplierContactAdd',
        'SupplierContactAddInput',
        '',
        { supplierId: a.supplier, name: 'Eve' },
        intruder,
      ),
      'supplierContactAdd',
    ),
  supplierContactRemove: async () =>
    notFound(
      await mutate('supplierContactRemove', 'SupplierContactRemoveInput', '', { contactId: a.contact }, intruder),
      'supplierContactRemove',
    ),
  supplierItemsSet: async () =>
    notFound(
      await mutate(
        'supplierItemsSet',
        'SupplierItemsSetInput',
        '',
        { supplierId: a.supplier, items: [{ variantId: a.variant, unitCost: 1, preferred: true }] },
        intruder,
      ),
      'supplierItemsSet',
    ),
  supplierItemRemove: async () =>
    notFound(
      await mutate('supplierItemRemove', 'SupplierItemRemoveInput', '', { supplierItemId: a.item }, intruder),
      'supplierItemRemove',
    ),
  purchaseOrderCreate: async () =>
    notFound(
      await mutate(
        'purchaseOrderCreate',
        'PurchaseOrderCreateInput',
        '',
        { supplierId: a.supplier, warehouseId: a.warehouse, lines: [{ variantId: a.variant, quantity: 1 }] },
        intruder,
      ),
      'purchaseOrderCreate',
    ),
  purchaseOrderUpdate: async () =>
    notFound(
      await mutate(
        'purchaseOrderUpdate',
        'PurchaseOrderUpdateInput',
        '',
        { purchaseOrderId: a.draft, expectedVersion: a.draftVersion, notes: 'mine now' },
        intruder,
      ),
      'purchaseOrderUpdate',
    ),
  purchaseOrderSubmit: async () =>
    notFound(
      await mutate('purchaseOrderSubmit', 'PurchaseOrderSubmitInput', '', { purchaseOrderId: a.draft }, intruder),
      'purchaseOrderSubmit',
    ),
  // as B's own approval workflow, the only identity that may decide
  purchaseOrderApprove: async () =>
    notFound(
      await mutate(
        'purchaseOrderApprove',
        'PurchaseOrderApproveInput',
        '',
        { purchaseOrderId: a.submitted },
        workflowIdentity(tenantB),
      ),
      'purchaseOrderApprove',
    ),
  purchaseOrderReject: async () =>
    notFound(
      await mutate(
        'purchaseOrderReject',
        'PurchaseOrderRejectInput',
        '',
        { purchaseOrderId: a.submitted, comment: 'no' },
        workflowIdentity(tenantB),
      ),
      'purchaseOrderReject',
    ),
  purchaseOrderSend: async () =>
    notFound(
      await mutate('purchaseOrderSend', 'PurchaseOrderSendInput', '', { purchaseOrderId: a.sent }, intruder),
      'purchaseOrderSend',
    ),
  purchaseOrderCancel: async () => {
    for (const id of [a.draft, a.submitted, a.sent]) {
      notFound(
        await mutate('purchaseOrderCancel', 'PurchaseOrderCancelInput', '', { purchaseOrderId: id }, intruder),
        'purchaseOrderCancel',
      );
    }
  },
  purchaseOrderClose: async () =>
    notFound(
      await mutate('purchaseOrderClose', 'PurchaseOrderCloseInput', '', { purchaseOrderId: a.sent }, intruder),
      'purchaseOrderClose',
    ),
  purchaseOrdersCreateFromSuggestions: async () =>
    notFound(
      await mutate(
        'purchaseOrdersCreateFromSuggestions',
        'PurchaseOrdersCreateFromSuggestionsInput',
        '',
        { lines: [{ variantId: a.variant, warehouseId: a.warehouse, quantity: 5, supplierId: a.supplier }] },
        intruder,
      ),
      'purchaseOrdersCreateFromSuggestions',
    ),
  receiptCreate: async () =>
    notFound(
      await mutate(
        'receiptCreate',
        'ReceiptCreateInput',
        '',
        {
          purchaseOrderId: a.sent,
          lines: [{ purchaseOrderLineId: a.sentLine, acceptedQuantity: 1 }],
          post: true,
          idempotencyKey: key(),
        },
        intruder,
      ),
      'receiptCreate',
    ),
  receiptPost: async () =>
    notFound(await mutate('receiptPost', 'ReceiptIdInput', '', { receiptId: a.draftReceipt }, intruder), 'receiptPost'),
  receiptDiscard: async () => {
    for (const receiptId of [a.draftReceipt, a.postedReceipt]) {
      notFound(await mutate('receiptDiscard', 'ReceiptIdInput', '', { receiptId }, intruder), 'receiptDiscard');
    }
  },
  supplierBillCreate: async () => {
    const line = [{ purchaseOrderLineId: a.sentLine, quantity: 1, unitPrice: 1000 }];
    const onOrder = { purchaseOrderId: a.sent, lines: line };
    const onSupplier = { supplierId: a.supplier, lines: [{ description: 'freight', quantity: 1, unitPrice: 1 }] };
    for (const input of [onOrder, onSupplier]) {
      notFound(
        await mutate(
          'supplierBillCreate',
          'SupplierBillCreateInput',
          '',
          { ...input, supplierInvoiceNumber: `INV-${key()}`, billDate: '2026-12-01', idempotencyKey: key() },
          intruder,
        ),
        'supplierBillCreate',
      );
    }
  },
  supplierBillRelease: async () =>
    notFound(
      await mutate(
        'supplierBillRelease',
        'SupplierBillReleaseInput',
        '',
        { billId: a.heldBill, comment: 'mine now' },
        intruder,
      ),
      'supplierBillRelease',
    ),
  supplierBillCancel: async () =>
    notFound(
      await mutate('supplierBillCancel', 'SupplierBillIdInput', '', { billId: a.heldBill }, intruder),
      'supplierBillCancel',
    ),
};

/** the SDL of the subgraph itself: no tenant data to probe */
const WITHOUT_TENANT_DATA = new Set(['_service']);

describe('cross-tenant probes', () => {
  it('exist for every query and mutation of the schema', () => {
    const fields = (type: 'query' | 'mutation') =>
      Object.keys((type === 'query' ? schema.getQueryType() : schema.getMutationType())?.getFields() ?? {})
        .filter((name) => !WITHOUT_TENANT_DATA.has(name))
        .sort();
    expect(Object.keys(queryProbes).sort(), 'a query without a probe').toEqual(fields('query'));
    expect(Object.keys(mutationProbes).sort(), 'a mutation without a probe').toEqual(fields('mutation'));
  });

  it('tenant B finds nothing of tenant A and changes nothing, on every query and mutation', async () => {
    const before = await fingerprint(tenantA);
    expect(Number(before.purchase_orders?.split(':')[0])).toBe(3);
    for (const [field, probe] of Object.entries({ ...queryProbes, ...mutationProbes })) {
      await probe().catch((error: Error) => {
        error.message = `${field}: ${error.message}`;
        throw error;
      });
    }
    expect(await fingerprint(tenantA)).toEqual(before);
  });
});
