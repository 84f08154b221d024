import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  expectPageStatementsFlat,
  key,
  lineState,
  outboxEvents,
  RECEIPT_CREATE,
  RECEIPT_FIELDS,
  type ReceivingHarness,
  receivingSuite,
  seedOrder,
  staff,
  uuidOf,
} from './receipts-harness.ts';

let harness: ReceivingHarness;

receivingSuite(
  (started) => {
    harness = started;
  },
  { poolSize: 12 },
);

const receive = (tenantId: string, input: Record<string, unknown>, auth = staff(tenantId)) =>
  harness.call(RECEIPT_CREATE, { input: { idempotencyKey: key(), ...input } }, auth);

const orderRow = async (orderId: string) =>
  (
    await harness.rows<{ status: string; version: number }>(
      `select status, version from procurement.purchase_orders where id = $1`,
      [orderId],
    )
  )[0];

describe('receipt storm', () => {
  it('60 concurrent receipts of 1 unit against 10 ordered (+10 %): exactly 11 accepted, never more', async () => {
    const order = await seedOrder(harness, {
      lines: [{ quantity: 10, unitCost: 1000 }],
      settings: { receipt_over_tolerance_percent: 10 },
    });
    const results = await Promise.all(
      Array.from({ length: 60 }, () =>
        receive(order.tenantId, {
          purchaseOrderId: order.gid.order,
          lines: [{ purchaseOrderLineId: order.gid.lines[0], acceptedQuantity: 1 }],
        }),
      ),
    );
    expect(results.every((result) => result.errors === undefined)).toBe(true);
    const payloads = results.map((result) => result.data?.receiptCreate);
    const won = payloads.filter((payload) => payload?.receipt);
    const lost = payloads.filter((payload) => payload?.errors.length);
    expect(won).toHaveLength(11);
    expect(lost).toHaveLength(49);
    for (const payload of lost) {
      expect(payload?.errors).toEqual([
        {
          code: 'OVER_RECEIPT',
          field: ['input', 'lines', '0', 'acceptedQuantity'],
          message: 'At most 0 more can be accepted (ordered 10, received 11, tolerance 10 %)',
        },
      ]);
    }
    expect(await lineState(harness, order.lineIds[0] as string)).toMatchObject({ quantity_received: 11 });
    expect(await outboxEvents(harness, 'procurement.receipt.posted')).toSatisfy(
      (events: { payload: { purchaseOrderId: string } }[]) =>
        events.filter((event) => event.payload.purchaseOrderId === order.orderId).length === 11,
    );
  });

  it('concurrent multi-unit receipts of one line never pass ordered + tolerance', async () => {
    const order = await seedOrder(harness, {
      lines: [{ quantity: 20, unitCost: 500 }],
      settings: { receipt_over_tolerance_percent: 5 },
    });
    const sizes = Array.from({ length: 30 }, (_, index) => 1 + (index % 4));
    const results = await Promise.all(
      sizes.map((size) =>
        receive(order.tenantId, {
          purchaseOrderId: order.gid.order,
          lines: [{ purchaseOrderLineId: order.gid.lines[0], acceptedQuantity: size }],
        }),
      ),
    );
    const accepted = results
      .map((result, index) => (result.data?.receiptCreate.receipt ? (sizes[index] as number) : 0))
      .reduce((sum, size) => sum + size, 0);
    const state = await lineState(harness, order.lineIds[0] as string);
    expect(state?.quantity_received).toBe(accepted);
    expect(accepted).toBeLessThanOrEqual(21);
    expect(accepted).toBeGreaterThanOrEqual(18);
  });

  it('the same idempotency key sent 10 times at once receives once and answers the same receipt', async () => {
    const order = await seedOrder(harness);
    const input = {
      purchaseOrderId: order.gid.order,
      lines: [{ purchaseOrderLineId: order.gid.lines[0], acceptedQuantity: 3 }],
      idempotencyKey: 'dock-scan-1',
    };
    const results = await Promise.all(
      Array.from({ length: 10 }, () => harness.call(RECEIPT_CREATE, { input }, staff(order.tenantId))),
    );
    const ids = new Set(results.map((result) => result.data?.receiptCreate.receipt?.id));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toBeTruthy();
    expect(await lineState(harness, order.lineIds[0] as string)).toMatchObject({ quantity_received: 3 });
    expect(await outboxEvents(harness, 'procurement.receipt.posted', uuidOf([...ids][0] as string))).toHaveLength(1);
  });
});

describe('receipts', () => {
  it('posts a partial receipt: quantities on the lines, order PARTIALLY_RECEIVED with history, the event per contract', async () => {
    const order = await seedOrder(harness, {
      currency: 'USD',
      exchangeRate: '0.9',
      lines: [
        { quantity: 10, unitCost: 1234 },
        { quantity: 4, unitCost: 500 },
      ],
    });
    const result = await receive(order.tenantId, {
      purchaseOrderId: order.gid.order,
      lines: [
        {
          purchaseOrderLineId: order.gid.lines[0],
          acceptedQuantity: 6,
          rejectedQuantity: 1,
          rejectionReason: 'Crushed box',
        },
      ],
      note: 'Pallet 1 of 2',
    });
    const receipt = result.data?.receiptCreate.receipt;
    expect(result.data?.receiptCreate.errors).toEqual([]);
    expect(receipt).toMatchObject({
      status: 'POSTED',
      purchaseOrderNumber: order.number,
      acceptedQuantity: 6,
      rejectedQuantity: 1,
      lines: [
        {
          position: 1,
          acceptedQuantity: 6,
          rejectedQuantity: 1,
          rejectionReason: 'Crushed box',
          supplierUnitCost: 1234,
          unitCost: 1110.6,
        },
      ],
    });
    expect(receipt.number).toMatch(/^GR-/);
    expect(await lineState(harness, order.lineIds[0] as string)).toEqual({
      quantity_received: 6,
      quantity_rejected: 1,
      quantity_billed: 0,
      received_base_value: '6663.600000',
    });
    expect(await orderRow(order.orderId)).toEqual({ status: 'PARTIALLY_RECEIVED', version: 4 });
    const history = await harness.rows(
      `select version, action, changes from procurement.purchase_order_history where purchase_order_id = $1`,
      [order.orderId],
    );
    expect(history).toEqual([
      {
        version: 4,
        action: 'receipt_posted',
        changes: {
          receiptId: uuidOf(receipt.id),
          receiptNumber: receipt.number,
          status: { from: 'SENT', to: 'PARTIALLY_RECEIVED' },
          lines: [{ purchaseOrderLineId: order.lineIds[0], acceptedQuantity: 6, rejectedQuantity: 1 }],
        },
      },
    ]);
    const receiptId = uuidOf(receipt.id);
    const [event] = await outboxEvents(harness, 'procurement.receipt.posted', receiptId);
    expect(event?.payload).toEqual({
      receiptId,
      number: receipt.number,
      purchaseOrderId: order.orderId,
      purchaseOrderNumber: order.number,
      supplierId: order.supplierId,
      warehouseId: order.warehouseId,
      receivedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      baseCurrency: 'EUR',
      lines: [
        {
          receiptLineId: expect.any(String),
          purchaseOrderLineId: order.lineIds[0],
          variantId: order.variantIds[0],
          warehouseId: order.warehouseId,
          acceptedQuantity: 6,
          rejectedQuantity: 1,
          rejectionReason: 'Crushed box',
          unitCost: 1110.6,
          supplierUnitCost: 1234,
          supplierCurrency: 'USD',
          exchangeRate: '0.9000000000',
        },
      ],
    });
  });

  it('receiving the rest moves the order to RECEIVED', async () => {
    const order = await seedOrder(harness, {
      lines: [
        { quantity: 5, unitCost: 100 },
        { quantity: 2, unitCost: 100, cancelled: 2 },
      ],
    });
    const result = await receive(order.tenantId, {
      purchaseOrderId: order.gid.order,
      lines: [{ purchaseOrderLineId: order.gid.lines[0], acceptedQuantity: 5 }],
    });
    expect(result.data?.receiptCreate.errors).toEqual([]);
    expect((await orderRow(order.orderId))?.status).toBe('RECEIVED');
  });

  it('a draft changes nothing until posted; posting twice posts once; a posted receipt cannot be discarded', async () => {
    const order = await seedOrder(harness);
    const created = await receive(order.tenantId, {
      purchaseOrderId: order.gid.order,
      lines: [{ purchaseOrderLineId: order.gid.lines[0], acceptedQuantity: 4 }],
      post: false,
    });
    const draft = created.data?.receiptCreate.receipt;
    expect(draft.status).toBe('DRAFT');
    expect(await lineState(harness, order.lineIds[0] as string)).toMatchObject({ quantity_received: 0 });
    const POST = `mutation ($input: ReceiptIdInput!) { receiptPost(input: $input) { receipt { ${RECEIPT_FIELDS} } errors { code field message } } }`;
    const [first, second] = await Promise.all([
      harness.call(POST, { input: { receiptId: draft.id } }, staff(order.tenantId)),
      harness.call(POST, { input: { receiptId: draft.id } }, staff(order.tenantId)),
    ]);
    expect(first.data?.receiptPost.receipt.status).toBe('POSTED');
    expect(second.data?.receiptPost.receipt.status).toBe('POSTED');
    expect(await lineState(harness, order.lineIds[0] as string)).toMatchObject({ quantity_received: 4 });
    expect(await outboxEvents(harness, 'procurement.receipt.posted', uuidOf(draft.id))).toHaveLength(1);
    const DISCARD = `mutation ($input: ReceiptIdInput!) { receiptDiscard(input: $input) { receipt { status } errors { code field message } } }`;
    const discarded = await harness.call(DISCARD, { input: { receiptId: draft.id } }, staff(order.tenantId));
    expect(discarded.data?.receiptDiscard.errors[0].code).toBe('RECEIPT_NOT_DRAFT');
  });

  it('refuses with typed errors and changes nothing', async () => {
    const order = await seedOrder(harness, { lines: [{ quantity: 10, unitCost: 100 }] });
    const other = await seedOrder(harness, { tenantId: order.tenantId });
    const draftOrder = await seedOrder(harness, { tenantId: order.tenantId, status: 'SUBMITTED' });
    const line = order.gid.lines[0];
    const cases: [Record<string, unknown>, string, string[]][] = [
      [
        { purchaseOrderId: order.gid.order, lines: [{ purchaseOrderLineId: line, acceptedQuantity: 11 }] },
        'OVER_RECEIPT',
        ['input', 'lines', '0', 'acceptedQuantity'],
      ],
      [
        { purchaseOrderId: order.gid.order, lines: [{ purchaseOrderLineId: other.gid.lines[0], acceptedQuantity: 1 }] },
        'LINE_NOT_ON_ORDER',
        ['input', 'lines', '0', 'purchaseOrderLineId'],
      ],
      [
        {
          purchaseOrderId: draftOrder.gid.order,
          lines: [{ purchaseOrderLineId: draftOrder.gid.lines[0], acceptedQuantity: 1 }],
        },
        'ORDER_NOT_RECEIVABLE',
        ['input', 'purchaseOrderId'],
      ],
      [
        {
          purchaseOrderId: order.gid.order,
          lines: [{ purchaseOrderLineId: line, acceptedQuantity: 1, rejectedQuantity: 2 }],
        },
        'REJECTION_REASON_REQUIRED',
        ['input', 'lines', '0', 'rejectionReason'],
      ],
      [
        { purchaseOrderId: order.gid.order, lines: [{ purchaseOrderLineId: line, acceptedQuantity: 0 }] },
        'INVALID_QUANTITY',
        ['input', 'lines', '0', 'acceptedQuantity'],
      ],
      [
        { purchaseOrderId: order.gid.order, lines: [{ purchaseOrderLineId: line, acceptedQuantity: -1 }] },
        'INVALID_QUANTITY',
        ['input', 'lines', '0', 'acceptedQuantity'],
      ],
      [{ purchaseOrderId: order.gid.order, lines: [] }, 'NO_LINES', ['input', 'lines']],
      [
        {
          purchaseOrderId: order.gid.order,
          lines: [
            { purchaseOrderLineId: line, acceptedQuantity: 1 },
            { purchaseOrderLineId: line, acceptedQuantity: 1 },
          ],
        },
        'DUPLICATE_LINE',
        ['input', 'lines', '1', 'purchaseOrderLineId'],
      ],
      [
        {
          purchaseOrderId: order.gid.order,
          warehouseId: other.gid.warehouse,
          lines: [{ purchaseOrderLineId: line, acceptedQuantity: 1 }],
        },
        'WAREHOUSE_MISMATCH',
        ['input', 'lines', '0', 'purchaseOrderLineId'],
      ],
    ];
    for (const [input, code, field] of cases) {
      const result = await receive(order.tenantId, input);
      expect(result.errors, code).toBeUndefined();
      expect(result.data?.receiptCreate.errors[0], code).toMatchObject({ code, field });
      expect(result.data?.receiptCreate.receipt).toBeNull();
    }
    expect(await lineState(harness, order.lineIds[0] as string)).toMatchObject({
      quantity_received: 0,
      quantity_rejected: 0,
    });
    expect(
      await harness.rows('select 1 from procurement.receipts where purchase_order_id = $1', [order.orderId]),
    ).toEqual([]);
    const reused = 'same-key';
    await receive(order.tenantId, {
      purchaseOrderId: order.gid.order,
      lines: [{ purchaseOrderLineId: line, acceptedQuantity: 1 }],
      idempotencyKey: reused,
    });
    const again = await receive(order.tenantId, {
      purchaseOrderId: order.gid.order,
      lines: [{ purchaseOrderLineId: line, acceptedQuantity: 2 }],
      idempotencyKey: reused,
    });
    expect(again.data?.receiptCreate.errors[0].code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('the receiving screen finds open lines by SKU, supplier SKU or order number', async () => {
    const order = await seedOrder(harness, {
      lines: [
        { quantity: 3, unitCost: 100 },
        { quantity: 1, unitCost: 100 },
      ],
    });
    const LOOKUP = `query ($code: String!) { receivableLines(code: $code) { purchaseOrderNumber sku quantityOpen } }`;
    const bySku = await harness.call(LOOKUP, { code: order.skus[0]?.toLowerCase() }, staff(order.tenantId));
    expect(bySku.data?.receivableLines).toEqual([
      { purchaseOrderNumber: order.number, sku: order.skus[0], quantityOpen: 3 },
    ]);
    const bySupplierSku = await harness.call(LOOKUP, { code: `SUP-${order.skus[1]}` }, staff(order.tenantId));
    expect(bySupplierSku.data?.receivableLines).toEqual([
      { purchaseOrderNumber: order.number, sku: order.skus[1], quantityOpen: 1 },
    ]);
    const byNumber = await harness.call(LOOKUP, { code: order.number.toLowerCase() }, staff(order.tenantId));
    expect(byNumber.data?.receivableLines).toHaveLength(2);
    expect(byNumber.data?.receivableLines[0]).toMatchObject({ purchaseOrderNumber: order.number, quantityOpen: 3 });
  });
});

describe('tenancy and access', () => {
  it('another tenant finds nothing and changes nothing, on every query and mutation', async () => {
    const order = await seedOrder(harness);
    const posted = await receive(order.tenantId, {
      purchaseOrderId: order.gid.order,
      lines: [{ purchaseOrderLineId: order.gid.lines[0], acceptedQuantity: 1 }],
    });
    const receiptId = posted.data?.receiptCreate.receipt.id;
    const intruder = staff(randomUUID());
    const create = await harness.call(
      RECEIPT_CREATE,
      {
        input: {
          purchaseOrderId: order.gid.order,
          lines: [{ purchaseOrderLineId: order.gid.lines[0], acceptedQuantity: 1 }],
          idempotencyKey: key(),
        },
      },
      intruder,
    );
    expect(create.data?.receiptCreate.errors[0].code).toBe('NOT_FOUND');
    const read = await harness.call(
      `query ($id: ID!, $order: ID!) { receipt(id: $id) { id } receipts(filter: { purchaseOrderId: $order }) { totalCount } receivableLines(code: "${order.number}") { sku } }`,
      { id: receiptId, order: order.gid.order },
      intruder,
    );
    expect(read.data).toEqual({ receipt: null, receipts: { totalCount: 0 }, receivableLines: [] });
    for (const mutation of ['receiptPost', 'receiptDiscard']) {
      const result = await harness.call(
        `mutation ($input: ReceiptIdInput!) { ${mutation}(input: $input) { errors { code } } }`,
        { input: { receiptId } },
        intruder,
      );
      expect(result.data?.[mutation].errors[0].code, mutation).toBe('NOT_FOUND');
    }
    expect(await lineState(harness, order.lineIds[0] as string)).toMatchObject({ quantity_received: 1 });
  });

  it('needs procurement:manage', async () => {
    const order = await seedOrder(harness);
    const result = await receive(
      order.tenantId,
      { purchaseOrderId: order.gid.order, lines: [{ purchaseOrderLineId: order.gid.lines[0], acceptedQuantity: 1 }] },
      staff(order.tenantId, ['inventory:read']),
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a page of receipts costs the same statements for 2 and for 20 receipts', async () => {
    const order = await seedOrder(harness, {
      lines: [
        { quantity: 100, unitCost: 100 },
        { quantity: 100, unitCost: 100 },
      ],
    });
    for (let index = 0; index < 20; index++) {
      await receive(order.tenantId, {
        purchaseOrderId: order.gid.order,
        lines: [
          { purchaseOrderLineId: order.gid.lines[0], acceptedQuantity: 1 },
          { purchaseOrderLineId: order.gid.lines[1], acceptedQuantity: 1 },
        ],
      });
    }
    await expectPageStatementsFlat(harness, 'receipts', RECEIPT_FIELDS, order.tenantId);
  });
});
