import { execFile, execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkoutOrder,
  type Ok,
  okAs,
  type SellableVariant,
  sellableVariant,
  until,
} from '../../../infra/test/platform-fixtures.ts';
import { startWholePlatform, type WholePlatform } from '../../../infra/test/whole-platform.ts';
import type * as Sdk from '../src/index.ts';

/**
 * The SDK as a partner gets it: `npm pack`ed, unpacked into a project of its own, loaded from there
 * (its built JavaScript, no workspace sources) and driven against the real platform.
 */
const packageDir = fileURLToPath(new URL('../', import.meta.url));
const project = mkdtempSync(join(tmpdir(), 'partner-project-'));
const installed = join(project, 'node_modules', '@ucos', 'partner-sdk');
let sdk: typeof Sdk;
let platform: WholePlatform;
let apiKey: string;
let owner: Record<string, string>;
let ok: Ok;
let warehouseId: string;
/** a priced, stocked variant shoppers can buy: the orders the fulfillment and finance cases start from */
let sold: SellableVariant;

beforeAll(async () => {
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', project], { cwd: packageDir, encoding: 'utf8' }),
  ) as { filename: string }[];
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(project, packed?.filename ?? ''), '-C', installed, '--strip-components=1']);
  sdk = (await import(pathToFileURL(join(installed, 'dist', 'index.js')).href)) as typeof Sdk;

  platform = await startWholePlatform();
  owner = (await platform.tenant('partner-sdk-shop')).bearer;
  ok = okAs(platform, owner);
  const key = await platform.gql(
    `mutation($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { secret errors { code } } }`,
    {
      input: {
        name: 'erp',
        scopes: [
          'catalog:read',
          'catalog:write',
          'inventory:read',
          'inventory:adjust',
          'orders:read',
          'fulfillment:manage',
          'procurement:manage',
          'procurement:approve',
          'finance:read',
          'finance:write',
          'workflows:manage',
        ],
      },
    },
    owner,
  );
  apiKey = key.body.data?.apiKeyCreate.secret;
  const warehouse = await platform.gql(
    `mutation { warehouseCreate(input: { code: "MAIN", name: "Main" }) { warehouse { id } errors { code } } }`,
    {},
    owner,
  );
  warehouseId = warehouse.body.data?.warehouseCreate.warehouse.id;
  sold = await sellableVariant(ok, {
    handle: 'sdk-sold',
    title: 'Sold to shoppers',
    sku: 'SDK-SOLD-1',
    amount: 1500,
    onHand: 50,
    warehouse: 'SHIPS',
  });
}, 180_000);
afterAll(() => platform?.close());

const partner = (fetch?: typeof globalThis.fetch) =>
  sdk.createClient({ endpoint: platform.gatewayUrl, apiKey, backoffMs: 10, ...(fetch ? { fetch } : {}) });

/** Forwards every request, but loses the answer to the first one: the write happened, the caller cannot know. */
function lossyFetch() {
  const sent: string[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    sent.push(String(init?.body));
    const answer = await globalThis.fetch(input, init);
    if (sent.length === 1) throw new TypeError('socket hang up');
    return answer;
  };
  return { sent, fetch };
}

async function newVariant(client: Sdk.PartnerClient, sku: string) {
  const created = await client.catalog.productCreate({
    handle: sku.toLowerCase(),
    title: `Product ${sku}`,
    status: 'ACTIVE',
    variants: [{ sku }],
  });
  expect(created.errors).toEqual([]);
  return created.product?.variants[0]?.id as string;
}

describe('the packed partner SDK', () => {
  it('is built JavaScript with type declarations and needs nothing at run time', () => {
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    expect(manifest.exports['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
    expect(readdirSync(installed).sort()).toEqual(['CHANGELOG.md', 'README.md', 'dist', 'package.json']);
    // the version the changelog describes last is the one packed
    const changelog = readFileSync(join(installed, 'CHANGELOG.md'), 'utf8');
    expect(/^## (\S+)$/m.exec(changelog)?.[1]).toBe(manifest.version);
    expect(readdirSync(join(installed, 'dist'))).toEqual(expect.arrayContaining(['index.js', 'index.d.ts']));
    // only its own files: the one dependency is type declarations
    expect(Object.keys(manifest.dependencies)).toEqual(['@graphql-typed-document-node/core']);
    const code = readdirSync(join(installed, 'dist'), { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(installed, 'dist', file), 'utf8'))
      .join('\n');
    expect(
      [...code.matchAll(/from '([^']+)'/g)].map((match) => match[1]).filter((path) => !path?.startsWith('.')),
    ).toEqual([]);
  });

  it('reads and writes through the gateway, and reports the budget left', async () => {
    const client = partner();
    expect((await client.viewer()).kind).toBe('API_KEY');
    const variantId = await newVariant(client, 'SDK-READ-1');
    const adjusted = await client.inventory.stockAdjust({
      variantId,
      warehouseId,
      setOnHand: 7,
      idempotencyKey: randomUUID(),
    });
    expect(adjusted.errors).toEqual([]);
    expect(adjusted.stockLevel?.onHand).toBe(7);
    const levels = await client.inventory.stockLevels(5, { variantId });
    expect(levels.edges.map(({ node }) => [node.variant.sku, node.warehouse.code, node.onHand])).toEqual([
      ['SDK-READ-1', 'MAIN', 7],
    ]);
    const handles: string[] = [];
    for await (const product of client.all.products()) handles.push(product.handle);
    expect(handles).toContain('sdk-read-1');
    const budget = client.budget();
    expect(budget?.requestCost).toBeGreaterThan(0);
    expect(budget?.limit).toBeGreaterThan(0);
    expect(budget?.remaining).toBeLessThan(budget?.limit ?? 0);
  });

  it('retries a lost write that carries its idempotency key, and the stock moves once', async () => {
    const variantId = await newVariant(partner(), 'SDK-RETRY-1');
    const lossy = lossyFetch();
    const idempotencyKey = randomUUID();
    const first = await partner(lossy.fetch).inventory.stockAdjust({
      variantId,
      warehouseId,
      delta: 3,
      idempotencyKey,
    });
    expect(lossy.sent).toHaveLength(2);
    expect(first.stockLevel?.onHand).toBe(3);
    // the caller's own retry later, with the same key: the first result, not a second movement
    const again = await partner().inventory.stockAdjust({ variantId, warehouseId, delta: 3, idempotencyKey });
    expect(again.stockLevel?.onHand).toBe(3);
    const levels = await partner().inventory.stockLevels(1, { variantId, warehouseId });
    expect(levels.edges[0]?.node.onHand).toBe(3);
  });

  it('never repeats a lost write without a key: the caller gets the network error', async () => {
    const lossy = lossyFetch();
    const attempt = partner(lossy.fetch).catalog.productCreate({ handle: 'sdk-once', title: 'Once', variants: [] });
    await expect(attempt).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
    expect(lossy.sent).toHaveLength(1);
    // it was created, once: creating it again is a typed failure, not a second product
    const repeat = await partner().catalog.productCreate({ handle: 'sdk-once', title: 'Once', variants: [] });
    expect(repeat.errors.map((error) => error.code)).toEqual(['DUPLICATE_HANDLE']);
  });

  it('runs the stock sync example: an export applies once, a second run changes nothing', async () => {
    await newVariant(partner(), 'SDK-SYNC-1');
    const example = readFileSync(join(packageDir, 'examples', 'sync-stock.ts'), 'utf8').replace(
      "from '../src/index.ts'",
      "from '@ucos/partner-sdk'",
    );
    writeFileSync(join(project, 'sync-stock.ts'), example);
    const csv = join(project, 'stock.csv');
    writeFileSync(csv, 'sku,warehouse,on_hand,revision\nSDK-SYNC-1,MAIN,12,r1\nNO-SUCH-SKU,MAIN,4,r1\n');
    // asynchronously: the gateway it calls runs in this process
    const run = async () => {
      const { stdout } = await promisify(execFile)(process.execPath, ['sync-stock.ts', csv], {
        cwd: project,
        encoding: 'utf8',
        env: { ...process.env, UCOS_API_KEY: apiKey, UCOS_GATEWAY_URL: platform.gatewayUrl },
      });
      return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
    };
    const unknown = [{ sku: 'NO-SUCH-SKU', reason: 'unknown SKU' }];
    expect(await run()).toEqual({ rows: 2, adjusted: 1, unchanged: 0, failed: unknown });
    expect(await run()).toEqual({ rows: 2, adjusted: 0, unchanged: 1, failed: unknown });
    const levels = await partner().inventory.stockLevels(5, { warehouseId });
    expect(levels.edges.find(({ node }) => node.variant.sku === 'SDK-SYNC-1')?.node.onHand).toBe(12);
  }, 60_000);

  it('ships an order as a warehouse system would: create, pack, ship with tracking; a repeated move is refused', async () => {
    const { variantId, warehouseId: shipFrom } = sold;
    const orderId = await checkoutOrder(ok, variantId, 2);
    await ok(`mutation($input: OrderTransitionInput!) { orderConfirm(input: $input) { errors { code message } } }`, {
      input: { orderId },
    });
    const client = partner();
    // fulfillment learns of the order from its events: the first attempts may not find it yet
    const created = await until(async () => {
      const answer = await client.fulfillment.create({
        orderId,
        warehouseId: shipFrom,
        lines: [{ variantId, quantity: 2 }],
      });
      return answer.shipment ? answer : null;
    }, 'fulfillment to know the order');
    expect(created.errors).toEqual([]);
    const shipment = created.shipment;
    expect(shipment).toMatchObject({ status: 'PENDING', warehouse: { code: 'SHIPS' }, order: { id: orderId } });
    expect(shipment?.lines.map((line) => [line.variant.sku, line.quantity])).toEqual([['SDK-SOLD-1', 2]]);
    const shipmentId = shipment?.id as string;

    const packed = await client.fulfillment.pack({ shipmentId, version: shipment?.version });
    expect(packed.errors).toEqual([]);
    expect(packed.shipment?.status).toBe('PACKED');
    // a stale version is a typed conflict, not a second move
    const stale = await client.fulfillment.ship({ shipmentId, version: shipment?.version, trackingNumber: 'X' });
    expect(stale.errors.map((error) => error.code)).toEqual(['CONFLICT']);
    const shipped = await client.fulfillment.ship({
      shipmentId,
      version: packed.shipment?.version,
      trackingNumber: 'SDK-TRACK-1',
    });
    expect(shipped.errors).toEqual([]);
    expect(shipped.shipment).toMatchObject({ status: 'SHIPPED', trackingNumber: 'SDK-TRACK-1' });
    const again = await client.fulfillment.ship({ shipmentId, trackingNumber: 'SDK-TRACK-2' });
    expect(again.errors.map((error) => error.code)).toEqual(['INVALID_TRANSITION']);

    expect(await client.fulfillment.shipment(shipmentId)).toMatchObject({
      status: 'SHIPPED',
      trackingNumber: 'SDK-TRACK-1',
    });
    const order = await client.orders.get(orderId);
    expect(order?.shipments).toEqual([expect.objectContaining({ id: shipmentId, trackingNumber: 'SDK-TRACK-1' })]);
    const listed: string[] = [];
    for await (const each of client.all.shipments({ orderId })) listed.push(each.id);
    expect(listed).toEqual([shipmentId]);
  }, 60_000);

  it('reads invoices the shop issued for a captured order', async () => {
    const { variantId } = sold;
    const orderId = await checkoutOrder(ok, variantId, 1);
    await ok(`mutation($input: OrderTransitionInput!) { orderConfirm(input: $input) { errors { code message } } }`, {
      input: { orderId },
    });
    await ok(
      `mutation($input: OrderTransitionInput!) { orderPaymentCapture(input: $input) { errors { code message } } }`,
      { input: { orderId } },
    );
    const client = partner();
    const invoice = await until(async () => {
      const page = await client.finance.invoices(5, { filter: { orderId } });
      return page.edges[0]?.node ?? null;
    }, 'finance to issue the invoice');
    expect(invoice).toMatchObject({ kind: 'INVOICE', orderId, currency: 'EUR', buyer: { email: 'buyer@example.com' } });
    expect(invoice.totalAmount).toBeGreaterThanOrEqual(1500);
    const whole = await client.finance.invoice(invoice.id);
    expect(whole?.lines.map((line) => [line.sku, line.quantity, line.unitAmount])).toEqual([['SDK-SOLD-1', 1, 1500]]);
    const all: string[] = [];
    for await (const each of client.all.invoices({ orderId })) all.push(each.number);
    expect(all).toEqual([invoice.number]);
  }, 60_000);

  it('books goods received against a purchase order once, though the answer was lost and the call retried', async () => {
    const client = partner();
    const variantId = await newVariant(client, 'SDK-PO-1');
    const supplier = await ok(
      `mutation($input: SupplierCreateInput!) { supplierCreate(input: $input) { supplier { id } errors { code message } } }`,
      { input: { code: 'SDK-SUP', name: 'SDK Supplies', currency: 'EUR', email: 'orders@sdk-supplies.example' } },
    );
    const supplierId = supplier.supplierCreate.supplier.id as string;
    // the ERP raises the order; the answer to its create is lost, the SDK retries it with its key
    const lossyCreate = lossyFetch();
    const created = await partner(lossyCreate.fetch).procurement.purchaseOrderCreate({
      supplierId,
      warehouseId,
      lines: [{ variantId, quantity: 10, unitCost: 400 }],
      idempotencyKey: randomUUID(),
    });
    expect(lossyCreate.sent).toHaveLength(2);
    expect(created.errors).toEqual([]);
    expect(created.purchaseOrder).toMatchObject({ status: 'DRAFT', supplier: { code: 'SDK-SUP' } });
    const purchaseOrderId = created.purchaseOrder?.id as string;
    const drafts = await client.procurement.purchaseOrders(10, { filter: { supplierId } });
    expect(drafts.edges.map(({ node }) => node.id)).toEqual([purchaseOrderId]);
    // approved by the shop's rule (a small order), then sent to the supplier
    const submitted = await client.procurement.purchaseOrderSubmit({ purchaseOrderId, idempotencyKey: randomUUID() });
    expect(submitted.errors).toEqual([]);
    expect(submitted.purchaseOrder?.status).toBe('APPROVED');
    const sentOrder = await client.procurement.purchaseOrderSend({ purchaseOrderId, idempotencyKey: randomUUID() });
    expect(sentOrder.errors).toEqual([]);
    expect(sentOrder.purchaseOrder?.status).toBe('SENT');

    const suppliers: string[] = [];
    for await (const each of client.all.suppliers({ query: 'SDK' })) suppliers.push(each.code);
    expect(suppliers).toEqual(['SDK-SUP']);
    expect((await client.procurement.supplier(supplierId))?.name).toBe('SDK Supplies');
    const sent = await client.procurement.purchaseOrders(10, { filter: { supplierId, statuses: ['SENT'] } });
    expect(sent.edges.map(({ node }) => node.id)).toEqual([purchaseOrderId]);
    const order = await client.procurement.purchaseOrder(purchaseOrderId);
    const line = order?.lines[0];
    expect(line).toMatchObject({ sku: 'SDK-PO-1', quantity: 10, quantityOpen: 10 });

    const lossy = lossyFetch();
    const input = {
      purchaseOrderId,
      post: true,
      lines: [
        {
          purchaseOrderLineId: line?.id as string,
          acceptedQuantity: 6,
          rejectedQuantity: 1,
          rejectionReason: 'dented',
        },
      ],
      idempotencyKey: randomUUID(),
    };
    const received = await partner(lossy.fetch).procurement.receiptCreate(input);
    expect(lossy.sent).toHaveLength(2);
    expect(received.errors).toEqual([]);
    expect(received.receipt).toMatchObject({ status: 'POSTED', acceptedQuantity: 6, rejectedQuantity: 1 });
    // the integration's own retry later, with the same key: the first receipt, not a second one
    const repeated = await client.procurement.receiptCreate(input);
    expect(repeated.receipt?.id).toBe(received.receipt?.id);

    const after = await client.procurement.purchaseOrder(purchaseOrderId);
    expect(after?.receipts.map((receipt) => receipt.id)).toEqual([received.receipt?.id]);
    // a rejected unit is still owed by the supplier: it stays open
    expect(after?.lines[0]).toMatchObject({ quantityReceived: 6, quantityRejected: 1, quantityOpen: 4 });
    // inventory applies the posted receipt from its event: six on hand, once
    const onHand = await until(async () => {
      const levels = await client.inventory.stockLevels(1, { variantId, warehouseId });
      const level = levels.edges[0]?.node.onHand;
      return level === undefined || level === 0 ? null : level;
    }, 'inventory to apply the receipt');
    expect(onHand).toBe(6);
  }, 60_000);

  it('books a customer payment against an open receivable once, though the answer was lost and the call retried', async () => {
    const orderId = await checkoutOrder(ok, sold.variantId, 1);
    const { order } = await ok(`query($id: ID!) { order(id: $id) { number total { amount } } }`, { id: orderId });
    const client = partner();
    // finance opens the order's receivable from its placed event, a moment later
    const receivable = await until(async () => {
      for await (const item of client.all.openItems('RECEIVABLE', { status: 'OPEN' })) {
        if (item.documentNumber === String(order.number)) return item;
      }
      return null;
    }, 'finance to open the receivable');
    expect(receivable).toMatchObject({ openAmount: order.total.amount, currency: 'EUR', allocations: [] });

    const lossy = lossyFetch();
    const input = {
      amount: order.total.amount,
      receivedOn: new Date().toISOString().slice(0, 10),
      reference: `BANK-${order.number}`,
      idempotencyKey: randomUUID(),
      allocations: [{ itemId: receivable.id, amount: order.total.amount }],
    };
    const recorded = await partner(lossy.fetch).finance.receiptRecord(input);
    expect(lossy.sent).toHaveLength(2);
    expect(recorded.errors).toEqual([]);
    expect(recorded.receipt).toMatchObject({ amount: order.total.amount, reference: `BANK-${order.number}` });
    const repeated = await client.finance.receiptRecord(input);
    expect(repeated.receipt?.id).toBe(recorded.receipt?.id);

    const settled = await client.finance.openItems('RECEIVABLE', 100, { status: 'SETTLED' });
    const item = settled.edges.find(({ node }) => node.id === receivable.id)?.node;
    expect(item).toMatchObject({ openAmount: 0, status: 'SETTLED' });
    expect(item?.allocations.map((allocation) => allocation.amount)).toEqual([order.total.amount]);
  }, 60_000);

  it('enters supplier bills (a lost answer retried, entered once), cancels a mistaken one, releases a held one, edits and cancels a draft run and pays both in a second run', async () => {
    const client = partner();
    const [shirts, socks] = [await newVariant(client, 'SDK-AP-1'), await newVariant(client, 'SDK-AP-2')];
    const supplier = await ok(
      `mutation($input: SupplierCreateInput!) { supplierCreate(input: $input) { supplier { id } errors { code message } } }`,
      { input: { code: 'SDK-AP', name: 'SDK Payables', currency: 'EUR', email: 'ap@sdk-payables.example' } },
    );
    const supplierId = supplier.supplierCreate.supplier.id as string;
    const created = await client.procurement.purchaseOrderCreate({
      supplierId,
      warehouseId,
      lines: [
        { variantId: shirts, quantity: 10, unitCost: 400 },
        { variantId: socks, quantity: 5, unitCost: 200 },
      ],
    });
    expect(created.errors).toEqual([]);
    const purchaseOrderId = created.purchaseOrder?.id as string;
    expect((await client.procurement.purchaseOrderSubmit({ purchaseOrderId })).purchaseOrder?.status).toBe('APPROVED');
    expect((await client.procurement.purchaseOrderSend({ purchaseOrderId })).purchaseOrder?.status).toBe('SENT');
    const lines = (await client.procurement.purchaseOrder(purchaseOrderId))?.lines ?? [];
    const lineOf = (sku: string) => lines.find((line) => line.sku === sku)?.id as string;
    const received = await client.procurement.receiptCreate({
      purchaseOrderId,
      post: true,
      lines: [
        { purchaseOrderLineId: lineOf('SDK-AP-1'), acceptedQuantity: 10 },
        { purchaseOrderLineId: lineOf('SDK-AP-2'), acceptedQuantity: 5 },
      ],
      idempotencyKey: randomUUID(),
    });
    expect(received.errors).toEqual([]);

    const today = new Date().toISOString().slice(0, 10);
    // the supplier's invoice as ordered: matched and posted at once; its answer is lost, the SDK retries with the key
    const lossy = lossyFetch();
    const matched = {
      purchaseOrderId,
      supplierInvoiceNumber: 'SDK-INV-1',
      billDate: today,
      lines: [{ purchaseOrderLineId: lineOf('SDK-AP-1'), quantity: 10, unitPrice: 400 }],
      idempotencyKey: randomUUID(),
    };
    const first = await partner(lossy.fetch).procurement.supplierBillCreate(matched);
    expect(lossy.sent).toHaveLength(2);
    expect(first.errors).toEqual([]);
    expect(first.bill).toMatchObject({ status: 'POSTED', kind: 'BILL', totalAmount: 4000, holdReasons: [] });
    const again = await client.procurement.supplierBillCreate(matched);
    expect(again.bill?.id).toBe(first.bill?.id);

    // a held bill entered by mistake is cancelled (its lines free for the right one); once only
    const mistaken = await client.procurement.supplierBillCreate({
      purchaseOrderId,
      supplierInvoiceNumber: 'SDK-INV-0',
      billDate: today,
      lines: [{ purchaseOrderLineId: lineOf('SDK-AP-2'), quantity: 5, unitPrice: 350 }],
      idempotencyKey: randomUUID(),
    });
    expect(mistaken.bill?.status).toBe('HELD');
    const cancelled = await client.procurement.supplierBillCancel({ billId: mistaken.bill?.id as string });
    expect(cancelled.errors).toEqual([]);
    expect(cancelled.bill?.status).toBe('CANCELLED');
    const cancelledAgain = await client.procurement.supplierBillCancel({ billId: mistaken.bill?.id as string });
    expect(cancelledAgain.errors.map((error) => error.code)).toEqual(['BILL_NOT_HELD']);

    // billed above the ordered price: held with the reason, until released with a comment
    const dearer = await client.procurement.supplierBillCreate({
      purchaseOrderId,
      supplierInvoiceNumber: 'SDK-INV-2',
      billDate: today,
      lines: [{ purchaseOrderLineId: lineOf('SDK-AP-2'), quantity: 5, unitPrice: 300 }],
      idempotencyKey: randomUUID(),
    });
    expect(dearer.errors).toEqual([]);
    expect(dearer.bill?.status).toBe('HELD');
    expect(dearer.bill?.holdReasons.map((reason) => reason.code)).toEqual(['PRICE_VARIANCE']);
    const heldId = dearer.bill?.id as string;
    const held: string[] = [];
    for await (const bill of client.all.supplierBills({ supplierId, statuses: ['HELD'] })) held.push(bill.id);
    expect(held).toEqual([heldId]);
    const released = await client.procurement.supplierBillRelease({
      billId: heldId,
      comment: 'price rise agreed by phone',
      expectedVersion: dearer.bill?.version,
    });
    expect(released.errors).toEqual([]);
    expect(released.bill).toMatchObject({ status: 'POSTED', releaseComment: 'price rise agreed by phone' });
    const repeated = await client.procurement.supplierBillRelease({ billId: heldId, comment: 'again' });
    expect(repeated.errors.map((error) => error.code)).toEqual(['BILL_NOT_HELD']);
    expect(await client.procurement.supplierBill(heldId)).toMatchObject({
      status: 'POSTED',
      totalAmount: 1500,
      lines: [{ sku: 'SDK-AP-2', quantity: 5, unitPrice: 300, matchStatus: 'MISMATCH' }],
    });
    const listed = await client.procurement.supplierBills(10, { filter: { purchaseOrderId } });
    expect(listed.edges.map(({ node }) => node.supplierInvoiceNumber).sort()).toEqual([
      'SDK-INV-0',
      'SDK-INV-1',
      'SDK-INV-2',
    ]);

    // finance opens both payables from the posted bills, a moment later; a run pays them
    const numbers = [first.bill?.number, released.bill?.number];
    await until(async () => {
      const open: string[] = [];
      for await (const item of client.all.openItems('PAYABLE', { partyId: supplierId, status: 'OPEN' })) {
        open.push(item.documentNumber);
      }
      return numbers.every((number) => open.includes(number as string)) ? open : null;
    }, 'finance to open the payables');
    const dueBy = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
    // a first draft: one bill paid in part (its lost answer retried: setting it again changes nothing),
    // the other taken off, then the draft cancelled; both bills stay open for the run that pays them
    const trial = await client.finance.paymentRunCreate({ dueBy, supplierIds: [supplierId] });
    expect(trial.errors).toEqual([]);
    const trialId = trial.run?.id as string;
    const itemOf = (run: typeof trial.run, number: string | undefined) =>
      run?.lines.find((line) => line.item.documentNumber === number)?.item.id as string;
    const lossyLine = lossyFetch();
    const reduced = await partner(lossyLine.fetch).finance.paymentRunLineUpdate({
      runId: trialId,
      itemId: itemOf(trial.run, first.bill?.number),
      amount: 1000,
    });
    expect(lossyLine.sent).toHaveLength(2);
    expect(reduced.errors).toEqual([]);
    expect(reduced.run?.lines.find((line) => line.item.documentNumber === first.bill?.number)?.amount).toBe(1000);
    const more = await client.finance.paymentRunLineUpdate({
      runId: trialId,
      itemId: itemOf(trial.run, first.bill?.number),
      amount: 4000,
    });
    expect(more.errors.map((error) => error.code)).toEqual(['OVER_ALLOCATED']);
    const removed = await client.finance.paymentRunLineRemove({
      runId: trialId,
      itemId: itemOf(trial.run, released.bill?.number),
    });
    expect(removed.errors).toEqual([]);
    expect(removed.run).toMatchObject({ lineCount: 1, totalBaseAmount: 1000 });
    const removedAgain = await client.finance.paymentRunLineRemove({
      runId: trialId,
      itemId: itemOf(trial.run, released.bill?.number),
    });
    expect(removedAgain.errors.map((error) => error.code)).toEqual(['NOT_FOUND']);
    const dropped = await client.finance.paymentRunCancel({ runId: trialId });
    expect(dropped.errors).toEqual([]);
    expect(dropped.run).toMatchObject({ status: 'CANCELLED', availableActions: [] });
    const droppedAgain = await client.finance.paymentRunCancel({ runId: trialId });
    expect(droppedAgain.errors.map((error) => error.code)).toEqual(['INVALID_TRANSITION']);

    const drafted = await client.finance.paymentRunCreate({ dueBy, supplierIds: [supplierId] });
    expect(drafted.errors).toEqual([]);
    expect(drafted.run).toMatchObject({ status: 'DRAFT', lineCount: 2, supplierCount: 1, totalBaseAmount: 5500 });
    expect(drafted.run?.lines.map((line) => line.item.documentNumber).sort()).toEqual([...numbers].sort());
    const runId = drafted.run?.id as string;
    // the answer to the post is lost: the SDK posts again, and the posted run answers unchanged
    const lossyPost = lossyFetch();
    const posted = await partner(lossyPost.fetch).finance.paymentRunPost({ runId, paymentDate: today });
    expect(lossyPost.sent).toHaveLength(2);
    expect(posted.errors).toEqual([]);
    expect(posted.run).toMatchObject({ status: 'POSTED', paymentDate: today });
    expect(posted.run?.lines.every((line) => line.entryId !== null)).toBe(true);
    // posted again (a caller's own repeat): the same run, paid once
    const twice = await client.finance.paymentRunPost({ runId });
    expect(twice.errors).toEqual([]);
    expect(twice.run).toMatchObject({ status: 'POSTED', postedAt: posted.run?.postedAt });
    expect((await client.finance.paymentRun(runId))?.lines.map((line) => line.item.status)).toEqual([
      'SETTLED',
      'SETTLED',
    ]);
    const runs: string[] = [];
    for await (const run of client.all.paymentRuns('POSTED')) runs.push(run.id);
    expect(runs).toContain(runId);
    const nothing = await client.finance.paymentRunCreate({ dueBy, supplierIds: [supplierId] });
    expect(nothing.errors.map((error) => error.code)).toEqual(['NOTHING_DUE']);
  }, 90_000);

  it('takes a return of a shipped order: requested, approved, received (inventory restocks it) and refunded once', async () => {
    const { variantId, warehouseId: shipFrom } = sold;
    const orderId = await checkoutOrder(ok, variantId, 2);
    await ok(`mutation($input: OrderTransitionInput!) { orderConfirm(input: $input) { errors { code message } } }`, {
      input: { orderId },
    });
    const client = partner();
    const created = await until(async () => {
      const answer = await client.fulfillment.create({
        orderId,
        warehouseId: shipFrom,
        lines: [{ variantId, quantity: 2 }],
      });
      return answer.shipment ? answer.shipment : null;
    }, 'fulfillment to know the order');
    const packed = await client.fulfillment.pack({ shipmentId: created.id, version: created.version });
    const shipped = await client.fulfillment.ship({ shipmentId: created.id, version: packed.shipment?.version });
    expect(shipped.shipment?.status).toBe('SHIPPED');

    const tooMany = await client.fulfillment.returnRequest({ orderId, lines: [{ variantId, quantity: 3 }] });
    expect(tooMany.errors.map((error) => error.code)).toEqual(['RETURN_QUANTITY_EXCEEDS_SHIPPED']);
    const requested = await client.fulfillment.returnRequest({
      orderId,
      reason: 'too small',
      lines: [{ variantId, quantity: 1 }],
    });
    expect(requested.errors).toEqual([]);
    expect(requested.return).toMatchObject({ status: 'REQUESTED', reason: 'too small', order: { id: orderId } });
    const returnId = requested.return?.id as string;
    const pending: string[] = [];
    for await (const each of client.all.returns({ orderId, statuses: ['REQUESTED'] })) pending.push(each.id);
    expect(pending).toEqual([returnId]);

    // receiving before approval is not a move its state allows
    const early = await client.fulfillment.returnReceive({ returnId, warehouseId: shipFrom });
    expect(early.errors.map((error) => error.code)).toEqual(['INVALID_TRANSITION']);
    const approved = await client.fulfillment.returnApprove({ returnId, version: requested.return?.version });
    expect(approved.return?.status).toBe('APPROVED');
    const stale = await client.fulfillment.returnReceive({
      returnId,
      version: requested.return?.version,
      warehouseId: shipFrom,
    });
    expect(stale.errors.map((error) => error.code)).toEqual(['CONFLICT']);
    const receivedBack = await client.fulfillment.returnReceive({
      returnId,
      version: approved.return?.version,
      warehouseId: shipFrom,
    });
    expect(receivedBack.errors).toEqual([]);
    expect(receivedBack.return?.status).toBe('RECEIVED');

    const read = await client.fulfillment.return(returnId);
    expect(read).toMatchObject({
      id: returnId,
      status: 'RECEIVED',
      lines: [{ quantity: 1, variant: { id: variantId } }],
    });
    expect(read?.history.map((step) => step.to)).toEqual(['requested', 'approved', 'received']);
    // another record's id is no return
    expect(await client.fulfillment.return(created.id)).toBeNull();
    // inventory puts the unit back on hand at the warehouse from the received event
    const restocked = await until(async () => {
      const { stockMovements } = await ok(
        `query($filter: StockMovementFilter) { stockMovements(first: 5, filter: $filter) { edges { node { onHandDelta warehouse { id } } } } }`,
        { filter: { variantId, reason: 'RETURN' } },
      );
      return stockMovements.edges.length ? stockMovements.edges.map(({ node }: { node: unknown }) => node) : null;
    }, 'inventory to restock the return');
    expect(restocked).toEqual([{ onHandDelta: 1, warehouse: { id: shipFrom } }]);

    // refunded (once: a second refund is not a move its state allows)
    const refunded = await client.fulfillment.returnRefund({ returnId, version: receivedBack.return?.version });
    expect(refunded.errors).toEqual([]);
    expect(refunded.return?.status).toBe('REFUNDED');
    const refundedAgain = await client.fulfillment.returnRefund({ returnId });
    expect(refundedAgain.errors.map((error) => error.code)).toEqual(['INVALID_TRANSITION']);
  }, 90_000);

  it("subscribes an integration to the shop's events: an endpoint created, listed, tested, rotated, disabled and deleted", async () => {
    const client = partner();
    expect(await client.webhooks.eventTypes()).toContain('orders.order.created');
    const created = await client.webhooks.endpointCreate({
      url: 'https://erp.example.com/ucos-hooks',
      description: 'ERP order sync',
      eventTypes: ['orders.order.*'],
    });
    expect(created.errors).toEqual([]);
    // the signing secret is shown this once
    expect(created.secret).toMatch(/^whsec_/);
    expect(created.endpoint).toMatchObject({ enabled: true, eventTypes: ['orders.order.*'], consecutiveFailures: 0 });
    const endpointId = created.endpoint?.id as string;
    // outside development a loopback destination is refused, typed, and nothing is made
    const loopback = await client.webhooks.endpointCreate({ url: 'http://127.0.0.1:9/hook', eventTypes: ['*'] });
    expect(loopback.errors.map((error) => error.code)).toEqual(['DESTINATION_NOT_ALLOWED']);
    const updated = await client.webhooks.endpointUpdate({
      endpointId,
      eventTypes: ['orders.order.created', 'orders.order.cancelled'],
    });
    expect(updated.endpoint?.eventTypes).toEqual(['orders.order.created', 'orders.order.cancelled']);
    const listed: string[] = [];
    for await (const endpoint of client.all.webhookEndpoints()) listed.push(endpoint.id);
    expect(listed).toEqual([endpointId]);

    // a test ping reaches the endpoint's delivery log (the destination does not exist: its attempts fail there)
    expect((await client.webhooks.endpointTest({ endpointId })).errors).toEqual([]);
    const ping = await until(async () => {
      const log = await client.webhooks.deliveries(endpointId, 10);
      return log.edges.find(({ node }) => node.eventType === 'webhooks.test.ping')?.node ?? null;
    }, 'the test ping in the delivery log');
    expect(JSON.parse(ping.payload)).toMatchObject({ type: 'webhooks.test.ping' });

    const rotated = await client.webhooks.endpointSecretRotate({ endpointId, overlapHours: 24 });
    expect(rotated.errors).toEqual([]);
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(created.secret);
    expect(rotated.endpoint?.previousSecretExpiresAt).not.toBeNull();
    expect((await client.webhooks.endpointDisable({ endpointId })).endpoint?.enabled).toBe(false);
    expect((await client.webhooks.endpointEnable({ endpointId })).endpoint?.enabled).toBe(true);
    const deleted = await client.webhooks.endpointDelete({ endpointId });
    expect(deleted).toMatchObject({ deletedEndpointId: endpointId, errors: [] });
    expect(await client.webhooks.endpoint(endpointId)).toBeNull();
    const again = await client.webhooks.endpointDelete({ endpointId });
    expect(again.errors.map((error) => error.code)).toEqual(['NOT_FOUND']);
  }, 60_000);

  it("starts the shop's manual workflow with its input, follows the run to its end and lists it; a finished run cannot be cancelled", async () => {
    const created = await ok(
      `mutation($input: WorkflowCreateInput!) { workflowCreate(input: $input) { workflow { id } errors { code message } } }`,
      {
        input: {
          source: [
            'name: sdk-stock-sync',
            'trigger: { manual: { input: { sku: { type: string, required: true } } } }',
            'steps:',
            '  - id: mark',
            '    set: { synced: "{{ input.sku }}" }',
          ].join('\n'),
        },
      },
    );
    const workflowId = created.workflowCreate.workflow.id as string;
    await ok(`mutation($id: ID!) { workflowEnable(input: { id: $id }) { errors { code } } }`, {
      id: workflowId,
    });
    const client = partner();
    const listed = [];
    for (const edge of (await client.workflows.list(50)).edges) listed.push(edge.node.name);
    expect(listed).toContain('sdk-stock-sync');
    // its input is checked against the trigger's: a missing sku is a typed refusal, and nothing runs
    const refused = await client.workflows.start({ workflowId, input: JSON.stringify({}) });
    expect(refused.errors.map((error) => error.code)).toEqual(['INVALID_INPUT']);
    const started = await client.workflows.start({ workflowId, input: JSON.stringify({ sku: 'SDK-SOLD-1' }) });
    expect(started.errors).toEqual([]);
    const runId = started.run?.id as string;
    const run = await until(async () => {
      const read = await client.workflows.run(runId);
      return read?.status === 'COMPLETED' ? read : null;
    }, 'the run to complete');
    expect(run.timeline.map((step) => [step.stepId, step.status])).toEqual([['mark', 'COMPLETED']]);
    expect(JSON.parse(run.variables)).toMatchObject({ synced: 'SDK-SOLD-1' });
    const runs: string[] = [];
    for await (const listedRun of client.all.workflowRuns({ workflowId })) runs.push(listedRun.id);
    expect(runs).toEqual([runId]);
    const cancelled = await client.workflows.runCancel({ runId });
    expect(cancelled.errors.map((error) => error.code)).toEqual(['ALREADY_FINISHED']);
  }, 60_000);
});
