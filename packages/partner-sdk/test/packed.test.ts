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
          'finance:read',
          'finance:write',
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
});
