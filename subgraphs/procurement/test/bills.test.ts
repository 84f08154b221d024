import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { allowedPriceVariance, matchBillLine, toBase, withTolerance } from '../src/data/match.ts';
import {
  approver,
  BILL_CREATE,
  BILL_FIELDS,
  BILL_RELEASE,
  expectPageStatementsFlat,
  key,
  lineState,
  outboxEvents,
  RECEIPT_CREATE,
  type ReceivingHarness,
  receivingSuite,
  type SeededOrder,
  seedOrder,
  staff,
  uuidOf,
} from './receipts-harness.ts';

let harness: ReceivingHarness;

receivingSuite((started) => {
  harness = started;
});

async function received(order: SeededOrder, quantities: number[]) {
  const result = await harness.call(
    RECEIPT_CREATE,
    {
      input: {
        purchaseOrderId: order.gid.order,
        lines: quantities.map((acceptedQuantity, index) => ({
          purchaseOrderLineId: order.gid.lines[index],
          acceptedQuantity,
        })),
        idempotencyKey: key(),
      },
    },
    staff(order.tenantId),
  );
  expect(result.data?.receiptCreate.errors).toEqual([]);
}

const bill = (order: SeededOrder, input: Record<string, unknown>, auth = staff(order.tenantId)) =>
  harness.call(
    BILL_CREATE,
    {
      input: {
        purchaseOrderId: order.gid.order,
        supplierInvoiceNumber: `INV-${randomUUID().slice(0, 8)}`,
        billDate: '2026-12-01',
        idempotencyKey: key(),
        ...input,
      },
    },
    auth,
  );

describe('the match rules', () => {
  it('tolerances in integers: 10 % of 10 is 1, either price tolerance alone suffices', () => {
    expect(withTolerance(10, 10)).toBe(11);
    expect(withTolerance(10, 9.999)).toBe(10);
    expect(withTolerance(3, 0)).toBe(3);
    const tolerances = { quantityPercent: 0, pricePercent: 5, priceAmount: 0 };
    expect(allowedPriceVariance(1000, tolerances)).toBe(50);
    expect(allowedPriceVariance(1000, { ...tolerances, priceAmount: 80 })).toBe(80);
    const line = { quantity: 10, quantityCancelled: 0, quantityReceived: 6, quantityBilled: 2, unitCost: 1000 };
    expect(matchBillLine({ quantity: 4, unitPrice: 1050 }, line, tolerances)).toEqual([]);
    expect(matchBillLine({ quantity: 5, unitPrice: 1051 }, line, tolerances).map((reason) => reason.code)).toEqual([
      'QUANTITY_NOT_RECEIVED',
      'PRICE_VARIANCE',
    ]);
    expect(matchBillLine({ quantity: 1, unitPrice: 10 }, line, tolerances)).toEqual([]);
  });

  it('converts to base exactly, half up', () => {
    expect(toBase(1234, '0.9')).toBe(1111);
    expect(toBase(5, '0.9')).toBe(5);
    expect(toBase(1, '0.5')).toBe(1);
    expect(toBase(123_456_789_012, '1.0825000000')).toBe(133_641_974_105);
  });
});

describe('supplier bills', () => {
  it('a bill that matches is posted at once: billed quantities, due date from terms, the event for finance', async () => {
    const order = await seedOrder(harness, {
      currency: 'USD',
      exchangeRate: '0.9',
      paymentTermsDays: 45,
      lines: [{ quantity: 10, unitCost: 1000 }],
    });
    await received(order, [6]);
    const result = await bill(order, {
      lines: [{ purchaseOrderLineId: order.gid.lines[0], quantity: 6, unitPrice: 1000 }],
      taxAmount: 1140,
      freightAmount: 300,
      supplierInvoiceNumber: 'ACME-1001',
    });
    expect(result.data?.supplierBillCreate.errors).toEqual([]);
    const posted = result.data?.supplierBillCreate.bill;
    expect(posted).toMatchObject({
      kind: 'BILL',
      status: 'POSTED',
      billDate: '2026-12-01',
      dueDate: '2027-01-15',
      currency: 'USD',
      subtotalAmount: 6000,
      totalAmount: 7440,
      baseTotalAmount: 6696,
      holdReasons: [],
      lines: [
        {
          quantity: 6,
          unitPrice: 1000,
          amount: 6000,
          baseAmount: 5400,
          receivedBaseAmount: 5400,
          matchStatus: 'MATCHED',
        },
      ],
    });
    expect(await lineState(harness, order.lineIds[0] as string)).toMatchObject({ quantity_billed: 6 });
    const billId = uuidOf(posted.id);
    const [event] = await outboxEvents(harness, 'procurement.bill.posted', billId);
    expect(event?.payload).toEqual({
      billId,
      number: posted.number,
      kind: 'bill',
      supplierId: order.supplierId,
      supplierName: expect.any(String),
      purchaseOrderId: order.orderId,
      billDate: '2026-12-01',
      dueDate: '2027-01-15',
      currency: 'USD',
      exchangeRate: '0.9000000000',
      baseCurrency: 'EUR',
      lines: [
        {
          billLineId: expect.any(String),
          purchaseOrderLineId: order.lineIds[0],
          variantId: order.variantIds[0],
          description: 'Item 1',
          quantity: 6,
          unitPrice: 1000,
          amount: 6000,
          baseAmount: 5400,
          receivedBaseAmount: 5400,
        },
      ],
      taxAmount: 1140,
      freightAmount: 300,
      totalAmount: 7440,
      baseTaxAmount: 1026,
      baseFreightAmount: 270,
      baseTotalAmount: 6696,
    });
    expect(await outboxEvents(harness, 'procurement.bill.held', billId)).toEqual([]);
  });

  it('a price variance holds the bill with reasons; a release needs procurement:approve and a comment, then posts it', async () => {
    const order = await seedOrder(harness, {
      lines: [
        { quantity: 10, unitCost: 1000 },
        { quantity: 5, unitCost: 200 },
      ],
      settings: { match_price_tolerance_percent: 2 },
    });
    await received(order, [10, 5]);
    const result = await bill(order, {
      lines: [
        { purchaseOrderLineId: order.gid.lines[0], quantity: 10, unitPrice: 1100 },
        { purchaseOrderLineId: order.gid.lines[1], quantity: 5, unitPrice: 204 },
      ],
    });
    const held = result.data?.supplierBillCreate.bill;
    expect(held).toMatchObject({
      status: 'HELD',
      holdReasons: [{ code: 'PRICE_VARIANCE', message: expect.stringContaining('100 above') }],
      lines: [
        { matchStatus: 'MISMATCH', matchReasons: [{ code: 'PRICE_VARIANCE' }] },
        { matchStatus: 'MATCHED', matchReasons: [] },
      ],
    });
    expect(held.holdReasons[0].billLineId).toBeTruthy();
    expect(await lineState(harness, order.lineIds[0] as string)).toMatchObject({ quantity_billed: 0 });
    const billId = uuidOf(held.id);
    expect((await outboxEvents(harness, 'procurement.bill.held', billId))[0]?.payload).toMatchObject({
      billId,
      reasons: [{ code: 'PRICE_VARIANCE', billLineId: expect.any(String) }],
    });
    const forbidden = await harness.call(
      BILL_RELEASE,
      { input: { billId: held.id, comment: 'ok' } },
      staff(order.tenantId),
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const blank = await harness.call(
      BILL_RELEASE,
      { input: { billId: held.id, comment: '   ' } },
      approver(order.tenantId),
    );
    expect(blank.data?.supplierBillRelease.errors[0].code).toBe('COMMENT_REQUIRED');
    const stale = await harness.call(
      BILL_RELEASE,
      { input: { billId: held.id, comment: 'Agreed surcharge', expectedVersion: 7 } },
      approver(order.tenantId),
    );
    expect(stale.data?.supplierBillRelease.errors[0].code).toBe('CONFLICT');
    const released = await harness.call(
      BILL_RELEASE,
      { input: { billId: held.id, comment: 'Copper surcharge agreed by phone', expectedVersion: held.version } },
      approver(order.tenantId),
    );
    expect(released.data?.supplierBillRelease.bill).toMatchObject({
      status: 'POSTED',
      releaseComment: 'Copper surcharge agreed by phone',
    });
    expect(await lineState(harness, order.lineIds[0] as string)).toMatchObject({ quantity_billed: 10 });
    expect(await outboxEvents(harness, 'procurement.bill.posted', billId)).toHaveLength(1);
    const again = await harness.call(
      BILL_RELEASE,
      { input: { billId: held.id, comment: 'again' } },
      approver(order.tenantId),
    );
    expect(again.data?.supplierBillRelease.errors[0].code).toBe('BILL_NOT_HELD');
    expect(await outboxEvents(harness, 'procurement.bill.posted', billId)).toHaveLength(1);
    const history = await harness.rows<{ action: string; comment: string }>(
      `select action, comment from procurement.purchase_order_history where purchase_order_id = $1 order by version`,
      [order.orderId],
    );
    expect(history.at(-1)).toEqual({ action: 'bill_posted', comment: 'Copper surcharge agreed by phone' });
  });

  it('billing more than received is held; within the price tolerances it is not', async () => {
    const order = await seedOrder(harness, {
      lines: [{ quantity: 10, unitCost: 1000 }],
      settings: { match_price_tolerance_amount: 30, match_quantity_tolerance_percent: 0 },
    });
    await received(order, [6]);
    const over = await bill(order, {
      lines: [{ purchaseOrderLineId: order.gid.lines[0], quantity: 7, unitPrice: 1030 }],
    });
    expect(over.data?.supplierBillCreate.bill).toMatchObject({
      status: 'HELD',
      lines: [{ matchReasons: [{ code: 'QUANTITY_NOT_RECEIVED' }] }],
    });
    const within = await bill(order, {
      lines: [{ purchaseOrderLineId: order.gid.lines[0], quantity: 6, unitPrice: 1030 }],
    });
    expect(within.data?.supplierBillCreate.bill.status).toBe('POSTED');
    // the held bill did not count: 6 billed, 6 received
    expect(await lineState(harness, order.lineIds[0] as string)).toMatchObject({ quantity_billed: 6 });
  });

  it('credit notes post as entered and take quantities off what was billed', async () => {
    const order = await seedOrder(harness, { lines: [{ quantity: 10, unitCost: 1000 }] });
    await received(order, [10]);
    await bill(order, { lines: [{ purchaseOrderLineId: order.gid.lines[0], quantity: 10, unitPrice: 1000 }] });
    const tooMuch = await bill(order, {
      kind: 'CREDIT_NOTE',
      lines: [{ purchaseOrderLineId: order.gid.lines[0], quantity: 11, unitPrice: 1000 }],
    });
    expect(tooMuch.data?.supplierBillCreate.errors[0]).toMatchObject({
      code: 'CREDIT_EXCEEDS_BILLED',
      field: ['input', 'lines', '0', 'quantity'],
    });
    const credit = await bill(order, {
      kind: 'CREDIT_NOTE',
      lines: [{ purchaseOrderLineId: order.gid.lines[0], quantity: 2, unitPrice: 1000 }],
    });
    const note = credit.data?.supplierBillCreate.bill;
    expect(note).toMatchObject({ kind: 'CREDIT_NOTE', status: 'POSTED', totalAmount: 2000 });
    expect(await lineState(harness, order.lineIds[0] as string)).toMatchObject({ quantity_billed: 8 });
    expect((await outboxEvents(harness, 'procurement.credit_note.posted', uuidOf(note.id)))[0]?.payload).toMatchObject({
      kind: 'credit_note',
      totalAmount: 2000,
      lines: [{ quantity: 2, amount: 2000, receivedBaseAmount: 2000 }],
    });
  });

  it('refuses with typed errors: duplicate invoice numbers, unknown lines, missing rates, unbillable orders', async () => {
    const order = await seedOrder(harness, { lines: [{ quantity: 10, unitCost: 1000 }] });
    const other = await seedOrder(harness, { tenantId: order.tenantId });
    const submitted = await seedOrder(harness, { tenantId: order.tenantId, status: 'SUBMITTED' });
    const usd = await seedOrder(harness, { tenantId: order.tenantId, currency: 'USD', exchangeRate: '0.9' });
    await received(order, [5]);
    const line = { purchaseOrderLineId: order.gid.lines[0], quantity: 1, unitPrice: 1000 };
    const first = await bill(order, { lines: [line], supplierInvoiceNumber: 'DUP-1' });
    expect(first.data?.supplierBillCreate.errors).toEqual([]);
    const cases: [SeededOrder, Record<string, unknown>, string, string[]][] = [
      [
        order,
        { lines: [line], supplierInvoiceNumber: 'DUP-1' },
        'DUPLICATE_INVOICE_NUMBER',
        ['input', 'supplierInvoiceNumber'],
      ],
      [
        order,
        { lines: [{ ...line, purchaseOrderLineId: other.gid.lines[0] }] },
        'LINE_NOT_ON_ORDER',
        ['input', 'lines', '0', 'purchaseOrderLineId'],
      ],
      [order, { lines: [line, line] }, 'DUPLICATE_LINE', ['input', 'lines', '1', 'purchaseOrderLineId']],
      [order, { lines: [] }, 'NO_LINES', ['input', 'lines']],
      [order, { lines: [{ quantity: 1, unitPrice: 500 }] }, 'INVALID_INPUT', ['input', 'lines', '0', 'description']],
      [order, { lines: [line], supplierId: other.gid.supplier }, 'SUPPLIER_MISMATCH', ['input', 'supplierId']],
      [order, { lines: [line], billDate: '2026-02-30' }, 'INVALID_INPUT', ['input', 'billDate']],
      [order, { lines: [{ ...line, unitPrice: -1 }] }, 'INVALID_AMOUNT', ['input', 'lines', '0', 'unitPrice']],
      [
        submitted,
        { lines: [{ ...line, purchaseOrderLineId: submitted.gid.lines[0] }] },
        'ORDER_NOT_BILLABLE',
        ['input', 'purchaseOrderId'],
      ],
      [
        usd,
        {
          purchaseOrderId: null,
          supplierId: usd.gid.supplier,
          lines: [{ description: 'Fee', quantity: 1, unitPrice: 500 }],
        },
        'EXCHANGE_RATE_REQUIRED',
        ['input', 'exchangeRate'],
      ],
    ];
    for (const [target, input, code, field] of cases) {
      const result = await bill(target, input);
      expect(result.errors, code).toBeUndefined();
      expect(result.data?.supplierBillCreate.errors[0], code).toMatchObject({ code, field });
    }
    expect(await lineState(harness, order.lineIds[0] as string)).toMatchObject({ quantity_billed: 1 });
    // a bill without an order: a fee, at the rate given
    const fee = await bill(usd, {
      purchaseOrderId: null,
      supplierId: usd.gid.supplier,
      exchangeRate: '0.9',
      lines: [{ description: 'Customs handling', quantity: 1, unitPrice: 500 }],
    });
    expect(fee.data?.supplierBillCreate.bill).toMatchObject({
      status: 'POSTED',
      baseTotalAmount: 450,
      lines: [{ matchStatus: 'NOT_MATCHED' }],
    });
  });

  it('a cancelled held bill frees its invoice number; replays of a key answer the same bill', async () => {
    const order = await seedOrder(harness, { lines: [{ quantity: 10, unitCost: 1000 }] });
    const idempotencyKey = key();
    const input = {
      lines: [{ purchaseOrderLineId: order.gid.lines[0], quantity: 2, unitPrice: 1000 }],
      supplierInvoiceNumber: 'X-1',
      idempotencyKey,
    };
    const [a, b] = await Promise.all([bill(order, input), bill(order, input)]);
    expect(a.data?.supplierBillCreate.bill.id).toBe(b.data?.supplierBillCreate.bill.id);
    expect(a.data?.supplierBillCreate.bill.status).toBe('HELD');
    const cancelled = await harness.call(
      `mutation ($input: SupplierBillIdInput!) { supplierBillCancel(input: $input) { bill { status } errors { code } } }`,
      { input: { billId: a.data?.supplierBillCreate.bill.id } },
      staff(order.tenantId),
    );
    expect(cancelled.data?.supplierBillCancel.bill?.status, JSON.stringify(cancelled)).toBe('CANCELLED');
    const replaced = await bill(order, { ...input, idempotencyKey: key() });
    expect(replaced.data?.supplierBillCreate.errors).toEqual([]);
  });
});

describe('tenancy and cost', () => {
  it('another tenant finds nothing and changes nothing, on every query and mutation', async () => {
    const order = await seedOrder(harness, { lines: [{ quantity: 10, unitCost: 1000 }] });
    const held = await bill(order, {
      lines: [{ purchaseOrderLineId: order.gid.lines[0], quantity: 2, unitPrice: 1000 }],
    });
    const billId = held.data?.supplierBillCreate.bill.id;
    const intruder = approver(randomUUID());
    const read = await harness.call(
      `query ($id: ID!) { supplierBill(id: $id) { id } supplierBills { totalCount } }`,
      { id: billId },
      intruder,
    );
    expect(read.data).toEqual({ supplierBill: null, supplierBills: { totalCount: 0 } });
    const create = await bill(
      order,
      { lines: [{ purchaseOrderLineId: order.gid.lines[0], quantity: 1, unitPrice: 1 }] },
      intruder,
    );
    expect(create.data?.supplierBillCreate.errors[0].code).toBe('NOT_FOUND');
    const noOrder = await bill(
      order,
      {
        purchaseOrderId: null,
        supplierId: order.gid.supplier,
        lines: [{ description: 'x', quantity: 1, unitPrice: 1 }],
      },
      intruder,
    );
    expect(noOrder.data?.supplierBillCreate.errors[0].code).toBe('NOT_FOUND');
    const release = await harness.call(BILL_RELEASE, { input: { billId, comment: 'mine now' } }, intruder);
    expect(release.data?.supplierBillRelease.errors[0].code).toBe('NOT_FOUND');
    const cancel = await harness.call(
      `mutation ($input: SupplierBillIdInput!) { supplierBillCancel(input: $input) { errors { code } } }`,
      { input: { billId } },
      intruder,
    );
    expect(cancel.data?.supplierBillCancel.errors[0].code).toBe('NOT_FOUND');
    expect(await harness.rows(`select status from procurement.bills where id = $1`, [uuidOf(billId)])).toEqual([
      { status: 'HELD' },
    ]);
  });

  it('a page of bills costs the same statements for 2 and for 20 bills', async () => {
    const order = await seedOrder(harness, {
      lines: [
        { quantity: 100, unitCost: 1000 },
        { quantity: 100, unitCost: 1000 },
      ],
    });
    for (let index = 0; index < 20; index++) {
      await bill(order, {
        lines: [
          { purchaseOrderLineId: order.gid.lines[0], quantity: 1, unitPrice: 1000 },
          { purchaseOrderLineId: order.gid.lines[1], quantity: 1, unitPrice: 1000 },
        ],
      });
    }
    await expectPageStatementsFlat(harness, 'supplierBills', BILL_FIELDS, order.tenantId);
  });
});
