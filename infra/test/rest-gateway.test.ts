import { readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import { readRouteTable } from '@ucos/gateway/rest/routes';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkoutOrder, okAs, sellableVariant, until } from './platform-fixtures.ts';
import { startWholePlatform, type WholePlatform } from './whole-platform.ts';

/**
 * The REST routes through the real gateway and subgraphs: each answers what its GraphQL operation
 * answers, with the same credentials, tenant and budgets, and refuses with RFC 9457 problems.
 */
let platform: WholePlatform;
let origin: string;
let owner: Record<string, string>;
let partner: Record<string, string>;
let storefront: Record<string, string>;
let productId: string;
/** records of this shop the write routes made, which another shop's key then probes */
const made: {
  shipmentId?: string;
  purchaseOrderId?: string;
  variantId?: string;
  warehouseId?: string;
  billId?: string;
  returnId?: string;
  runId?: string;
  itemId?: string;
} = {};
/** the stocked variant shoppers buy in the shipping case; the return case orders it again */
let sellable: { variantId: string; warehouseId: string } | undefined;

const PROBLEM = 'application/problem+json';
const root = new URL('../../', import.meta.url);
const openapi = JSON.parse(readFileSync(new URL('schema/openapi.json', root), 'utf8'));
// formats are documentation here; the OpenAPI wrapper keys are not JSON Schema keywords
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });

/** The answer fits the 200 schema the OpenAPI document gives its operation. */
function expectDocumented(operationName: string, body: unknown) {
  const validate = ajv.compile({
    $ref: `#/components/schemas/${operationName}Response`,
    components: openapi.components,
  });
  expect(validate(body) ? [] : validate.errors, operationName).toEqual([]);
}

async function rest(path: string, headers: Record<string, string> = {}, init: RequestInit = {}) {
  const response = await fetch(`${origin}${path}`, { ...init, headers: { ...headers, ...(init.headers ?? {}) } });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

beforeAll(async () => {
  platform = await startWholePlatform({
    // a small storefront budget, so that a few product pages exhaust it
    RATE_LIMIT_STOREFRONT_CLIENT_POINTS: '60',
    // storefront keys may run only trusted documents: the storefront routes' operations are among them
    TRUSTED_DOCUMENTS: new URL('apps/storefront/src/generated/persisted-documents.json', root).pathname,
  });
  origin = new URL(platform.gatewayUrl).origin;
  owner = (await platform.tenant('rest-shop')).bearer;
  const key = await platform.gql(
    `mutation { apiKeyCreate(input: { name: "erp", scopes: ["catalog:read", "inventory:read", "inventory:adjust", "orders:read", "orders:manage", "fulfillment:manage", "procurement:manage", "procurement:approve", "finance:read", "finance:write"] }) { secret errors { code } } }`,
    {},
    owner,
  );
  partner = { 'x-api-key': key.body.data?.apiKeyCreate.secret as string };
  const publishable = await platform.gql(
    `mutation { storefrontKeyCreate(input: { name: "web" }) { secret } }`,
    {},
    owner,
  );
  storefront = { 'x-publishable-key': publishable.body.data?.storefrontKeyCreate.secret as string };
  const created = await platform.gql(
    `mutation($input: ProductCreateInput!) { productCreate(input: $input) { product { id } errors { code } } }`,
    {
      input: {
        handle: 'linen-shirt',
        title: 'Linen shirt',
        status: 'ACTIVE',
        variants: [
          { sku: 'LINEN-S', title: 'S' },
          { sku: 'LINEN/M', title: 'M' },
        ],
      },
    },
    owner,
  );
  expect(created.body.data?.productCreate.errors).toEqual([]);
  productId = created.body.data?.productCreate.product.id;
}, 120_000);
afterAll(() => platform?.close());

describe('REST routes through the gateway', () => {
  it('lists products as the GraphQL operation does, with the budget headers', async () => {
    const answer = await rest('/rest/v1/products?first=10&filter[status]=ACTIVE', partner);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(answer.body.totalCount).toBe(1);
    expect(answer.body.edges[0].node).toMatchObject({ id: productId, handle: 'linen-shirt', status: 'ACTIVE' });
    expect(Number(answer.headers.get('x-request-cost'))).toBeGreaterThan(0);
    expect(answer.headers.get('ratelimit-policy')).toMatch(/name="api_key"/);
    expect(answer.headers.get('x-request-id')).toBeTruthy();

    const route = readRouteTable().find(({ operationName }) => operationName === 'RestProducts')!;
    const graphql = await platform.gql(route.document, { first: 10, filter: { status: 'ACTIVE' } }, partner);
    expect(answer.body).toEqual(graphql.body.data?.products);
    expectDocumented('RestProducts', answer.body);
  });

  it('gets one record by id, handle and SKU (path parameters decoded), 404 for none', async () => {
    const product = await rest(`/rest/v1/products/${productId}`, partner);
    expect(product.status).toBe(200);
    expect(product.body).toMatchObject({ id: productId, title: 'Linen shirt' });
    expect(product.body.variants.map(({ sku }: { sku: string }) => sku)).toEqual(['LINEN-S', 'LINEN/M']);
    expectDocumented('RestProduct', product.body);
    expect((await rest('/rest/v1/products/by-handle/linen-shirt', partner)).body.id).toBe(productId);
    const variant = await rest(`/rest/v1/variants/by-sku/${encodeURIComponent('LINEN/M')}`, partner);
    expect(variant.body).toMatchObject({ sku: 'LINEN/M', product: { id: productId } });
    expectDocumented('RestVariantBySku', variant.body);

    const missing = await rest('/rest/v1/products/by-handle/no-such-shirt', partner);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe(PROBLEM);
    expect(missing.body).toMatchObject({
      type: 'urn:ucos:problem:not-found',
      title: 'Not Found',
      status: 404,
      code: 'NOT_FOUND',
      instance: '/rest/v1/products/by-handle/no-such-shirt',
    });
    expect(missing.body.requestId).toBe(missing.headers.get('x-request-id'));
  });

  it('refuses a bad credential with 401 and a staff-only route to no tenant with a problem', async () => {
    const bad = await rest('/rest/v1/orders', { authorization: 'Bearer not-a-token' });
    expect(bad.status).toBe(401);
    expect(bad.headers.get('content-type')).toBe(PROBLEM);
    expect(bad.body).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(bad.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const revoked = await rest('/rest/v1/orders', { 'x-api-key': 'ucos_sk_not_a_real_key_000000' });
    expect(revoked.status).toBe(401);
  });

  it('applies the key’s scopes as GraphQL does: a catalog-only key reads no orders', async () => {
    const created = await platform.gql(
      `mutation { apiKeyCreate(input: { name: "catalog only", scopes: ["catalog:read"] }) { secret } }`,
      {},
      owner,
    );
    const catalogOnly = { 'x-api-key': created.body.data?.apiKeyCreate.secret as string };
    expect((await rest('/rest/v1/products', catalogOnly)).status).toBe(200);
    const orders = await rest('/rest/v1/orders', catalogOnly);
    expect({ status: orders.status, code: orders.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
  });

  it('limits a publishable key to the storefront routes (403 elsewhere)', async () => {
    const products = await rest('/rest/v1/products?first=1', storefront);
    expect(products.status, JSON.stringify(products.body)).toBe(200);
    expect(products.body.edges).toHaveLength(1);
    // the same key may not send its own documents to /graphql
    const arbitrary = await platform.gql('{ products(first: 1) { totalCount } }', {}, storefront);
    expect(arbitrary.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
    for (const path of ['/rest/v1/orders', '/rest/v1/customers', '/rest/v1/stock-levels']) {
      const refused = await rest(path, storefront);
      expect({ path, status: refused.status, code: refused.body.code }).toEqual({
        path,
        status: 403,
        code: 'FORBIDDEN',
      });
    }
    const cancel = await rest(`/rest/v1/orders/${productId}/cancel`, storefront, { method: 'POST' });
    expect(cancel.status).toBe(403);
  });

  it('answers 400 to input it cannot read and 422 to values it refuses', async () => {
    const cases: [string, number, string][] = [
      ['/rest/v1/products?first=ten', 400, 'BAD_REQUEST'],
      ['/rest/v1/products?limit=5', 400, 'BAD_REQUEST'],
      ['/rest/v1/products?sort=CHEAPEST', 422, 'BAD_USER_INPUT'],
      ['/rest/v1/products?first=500', 422, 'BAD_USER_INPUT'],
    ];
    for (const [path, status, code] of cases) {
      const answer = await rest(path, partner);
      expect({ path, status: answer.status, code: answer.body.code }).toEqual({ path, status, code });
      expect(answer.headers.get('content-type')).toBe(PROBLEM);
    }
    const post = (body: string, contentType = 'application/json') =>
      rest(`/rest/v1/orders/${productId}/cancel`, partner, {
        method: 'POST',
        body,
        headers: { 'content-type': contentType },
      });
    expect((await post('{not json')).status).toBe(400);
    expect((await post('{"colour":"red"}')).body).toMatchObject({ status: 422, code: 'BAD_USER_INPUT' });
    expect((await post('reason=x', 'application/x-www-form-urlencoded')).status).toBe(400);
  });

  it('runs a mutation by POST: its typed errors become a problem', async () => {
    const order = Buffer.from(`Order:${crypto.randomUUID()}`).toString('base64url');
    const answer = await rest(`/rest/v1/orders/${order}/cancel`, partner, {
      method: 'POST',
      body: JSON.stringify({ reason: 'customer asked' }),
      headers: { 'content-type': 'application/json' },
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(404);
    expect(answer.body).toMatchObject({ code: 'NOT_FOUND', errors: [{ code: 'NOT_FOUND' }] });
  });

  it('serves the staff routes of every domain to the owner, each answer as documented', async () => {
    const warehouse = await platform.gql(
      `mutation { warehouseCreate(input: { code: "MAIN", name: "Main" }) { warehouse { id } errors { code } } }`,
      {},
      owner,
    );
    const variant = await rest(`/rest/v1/variants/by-sku/LINEN-S`, owner);
    const adjusted = await platform.gql(
      `mutation($input: StockAdjustInput!) { stockAdjust(input: $input) { stockLevel { onHand } errors { code } } }`,
      {
        input: {
          variantId: variant.body.id,
          warehouseId: warehouse.body.data?.warehouseCreate.warehouse.id,
          setOnHand: 7,
          idempotencyKey: 'rest-stock-1',
        },
      },
      owner,
    );
    expect(adjusted.body.data?.stockAdjust).toEqual({ stockLevel: { onHand: 7 }, errors: [] });
    const stock = await rest(`/rest/v1/stock-levels?filter[variantId]=${variant.body.id}`, owner);
    expect(stock.body).toMatchObject({
      totalCount: 1,
      edges: [{ node: { onHand: 7, available: 7, variant: { sku: 'LINEN-S' }, warehouse: { code: 'MAIN' } } }],
    });
    expectDocumented('RestStockLevels', stock.body);

    const lists: [string, string][] = [
      ['/rest/v1/orders?first=5', 'RestOrders'],
      ['/rest/v1/customers', 'RestCustomers'],
      ['/rest/v1/shipments', 'RestShipments'],
      ['/rest/v1/suppliers', 'RestSuppliers'],
      ['/rest/v1/purchase-orders', 'RestPurchaseOrders'],
      ['/rest/v1/invoices', 'RestInvoices'],
      ['/rest/v1/returns', 'RestReturns'],
      ['/rest/v1/supplier-bills', 'RestSupplierBills'],
      ['/rest/v1/finance/payment-runs', 'RestPaymentRuns'],
    ];
    for (const [path, operationName] of lists) {
      const answer = await rest(path, owner);
      expect({ path, status: answer.status, body: answer.body }).toMatchObject({
        path,
        status: 200,
        body: { totalCount: 0, edges: [] },
      });
      expectDocumented(operationName, answer.body);
    }
    const trialBalance = await rest('/rest/v1/finance/trial-balance?to=2026-01-31', owner);
    expect(trialBalance.status, JSON.stringify(trialBalance.body)).toBe(200);
    expect(trialBalance.body).toMatchObject({ to: '2026-01-31' });
    expectDocumented('RestTrialBalance', trialBalance.body);
  });

  it('adjusts stock by POST, once per idempotency key, as the GraphQL mutation answers', async () => {
    const warehouse = await platform.gql(
      `mutation { warehouseCreate(input: { code: "REST", name: "Rest" }) { warehouse { id } errors { code } } }`,
      {},
      owner,
    );
    const warehouseId = warehouse.body.data?.warehouseCreate.warehouse.id as string;
    const variant = await rest('/rest/v1/variants/by-sku/LINEN-S', partner);
    const move = (body: Record<string, unknown>) =>
      rest('/rest/v1/stock-adjustments', partner, {
        method: 'POST',
        body: JSON.stringify({ variantId: variant.body.id, warehouseId, ...body }),
        headers: { 'content-type': 'application/json' },
      });
    const set = await move({ setOnHand: 9, reason: 'ADJUSTMENT', idempotencyKey: 'rest-count-1' });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body).toMatchObject({
      stockLevel: { onHand: 9, available: 9, variant: { sku: 'LINEN-S' }, warehouse: { code: 'REST' } },
      errors: [],
    });
    expect(Number(set.headers.get('x-request-cost'))).toBeGreaterThan(0);
    expectDocumented('RestStockAdjust', set.body);
    const moved = await move({ delta: -2, idempotencyKey: 'rest-pick-1' });
    expect(moved.body.stockLevel.onHand).toBe(7);
    // the same key again (a client's retry): the first answer, the stock moved once
    const retried = await move({ delta: -2, idempotencyKey: 'rest-pick-1' });
    expect(retried.status).toBe(200);
    expect(retried.body.stockLevel.onHand).toBe(7);
    const route = readRouteTable().find(({ operationName }) => operationName === 'RestStockLevels')!;
    const graphql = await platform.gql(
      route.document,
      { filter: { variantId: variant.body.id, warehouseId } },
      partner,
    );
    expect(graphql.body.data?.stockLevels.edges.map(({ node }: { node: { onHand: number } }) => node.onHand)).toEqual([
      7,
    ]);

    const missingKey = await move({ delta: 1 });
    expect(missingKey.status).toBe(422);
    expect(missingKey.body).toMatchObject({ code: 'BAD_USER_INPUT' });
    const unknownWarehouse = await move({
      warehouseId: Buffer.from(`Warehouse:${crypto.randomUUID()}`).toString('base64url'),
      delta: 1,
      idempotencyKey: 'rest-nowhere-1',
    });
    expect(unknownWarehouse.status, JSON.stringify(unknownWarehouse.body)).toBe(422);
    expect(unknownWarehouse.body).toMatchObject({ code: 'UNKNOWN_WAREHOUSE', errors: [{ code: 'UNKNOWN_WAREHOUSE' }] });
    // a storefront key moves no stock
    const byStorefront = await rest('/rest/v1/stock-adjustments', storefront, {
      method: 'POST',
      body: JSON.stringify({ variantId: variant.body.id, warehouseId, delta: 5, idempotencyKey: 'rest-storefront-1' }),
      headers: { 'content-type': 'application/json' },
    });
    expect({ status: byStorefront.status, code: byStorefront.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
  });

  it('ships an order by REST: create, pack, ship, deliver; a stale version is 409, a repeated move 409', async () => {
    const ok = okAs(platform, owner);
    const { variantId, warehouseId } = await sellableVariant(ok, {
      handle: 'rest-shipped',
      title: 'Shipped by REST',
      sku: 'REST-SHIP-1',
      amount: 1200,
      onHand: 4,
      warehouse: 'SHIPS',
    });
    sellable = { variantId, warehouseId };
    const orderId = await checkoutOrder(ok, variantId, 2);
    await ok(`mutation($input: OrderTransitionInput!) { orderConfirm(input: $input) { errors { code message } } }`, {
      input: { orderId },
    });
    const post = (path: string, body: Record<string, unknown>) =>
      rest(path, partner, {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json' },
      });
    // fulfillment learns of the confirmed order from its events: a moment later
    const created = await until(async () => {
      const answer = await post(`/rest/v1/orders/${orderId}/shipments`, {
        warehouseId,
        lines: [{ variantId, quantity: 2 }],
      });
      return answer.status === 200 ? answer : null;
    }, 'fulfillment to know the order');
    expect(created.body).toMatchObject({
      shipment: {
        status: 'PENDING',
        order: { id: orderId },
        lines: [{ quantity: 2, variant: { sku: 'REST-SHIP-1' } }],
      },
      errors: [],
    });
    expectDocumented('RestShipmentCreate', created.body);
    const { id, version } = created.body.shipment as { id: string; version: number };
    made.shipmentId = id;

    const packed = await post(`/rest/v1/shipments/${id}/pack`, { version });
    expect(packed.status, JSON.stringify(packed.body)).toBe(200);
    expect(packed.body.shipment.status).toBe('PACKED');
    expectDocumented('RestShipmentPack', packed.body);
    const stale = await post(`/rest/v1/shipments/${id}/ship`, { version, trackingNumber: 'OLD' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'CONFLICT', errors: [{ code: 'CONFLICT' }] });
    const shipped = await post(`/rest/v1/shipments/${id}/ship`, {
      version: packed.body.shipment.version,
      trackingNumber: 'REST-TRACK-1',
    });
    expect(shipped.status, JSON.stringify(shipped.body)).toBe(200);
    expect(shipped.body.shipment).toMatchObject({ status: 'SHIPPED', trackingNumber: 'REST-TRACK-1' });
    expectDocumented('RestShipmentShip', shipped.body);
    const again = await post(`/rest/v1/shipments/${id}/ship`, { trackingNumber: 'REST-TRACK-2' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ errors: [{ code: 'INVALID_TRANSITION' }] });
    const delivered = await post(`/rest/v1/shipments/${id}/deliver`, {});
    expect(delivered.body.shipment.status).toBe('DELIVERED');
    expectDocumented('RestShipmentDeliver', delivered.body);

    // the read routes answer what their GraphQL forms answer
    const one = await rest(`/rest/v1/shipments/${id}`, partner);
    const route = readRouteTable().find(({ operationName }) => operationName === 'RestShipment')!;
    expect(one.body).toEqual((await platform.gql(route.document, { id }, partner)).body.data?.shipment);
    expect(one.body).toMatchObject({ status: 'DELIVERED', trackingNumber: 'REST-TRACK-1' });
    const order = await rest(`/rest/v1/orders/${orderId}`, partner);
    const orderRoute = readRouteTable().find(({ operationName }) => operationName === 'RestOrder')!;
    expect(order.body).toEqual((await platform.gql(orderRoute.document, { id: orderId }, partner)).body.data?.order);
    expectDocumented('RestOrder', order.body);
    const listed = await rest(`/rest/v1/shipments?filter[orderId]=${orderId}`, partner);
    expect(listed.body.edges.map(({ node }: { node: { id: string } }) => node.id)).toEqual([id]);
    expectDocumented('RestShipments', listed.body);
  }, 60_000);

  it('receives goods against a purchase order by REST, booked once per idempotency key', async () => {
    const ok = okAs(platform, owner);
    const product = await ok(
      `mutation($input: ProductCreateInput!) { productCreate(input: $input) { product { variants { id } } errors { code } } }`,
      { input: { handle: 'rest-received', title: 'Received by REST', variants: [{ sku: 'REST-PO-1' }] } },
    );
    const variantId = product.productCreate.product.variants[0].id as string;
    const dock = await ok(
      `mutation { warehouseCreate(input: { code: "DOCK", name: "Dock" }) { warehouse { id } errors { code } } }`,
    );
    const warehouseId = dock.warehouseCreate.warehouse.id as string;
    const supplier = await ok(
      `mutation($input: SupplierCreateInput!) { supplierCreate(input: $input) { supplier { id } errors { code message } } }`,
      { input: { code: 'REST-SUP', name: 'Rest Supplies', currency: 'EUR', email: 'orders@rest-supplies.example' } },
    );
    const created = await ok(
      `mutation($input: PurchaseOrderCreateInput!) { purchaseOrderCreate(input: $input) { purchaseOrder { id } errors { code message } } }`,
      {
        input: {
          supplierId: supplier.supplierCreate.supplier.id,
          warehouseId,
          lines: [{ variantId, quantity: 8, unitCost: 300 }],
        },
      },
    );
    const purchaseOrderId = created.purchaseOrderCreate.purchaseOrder.id as string;
    made.purchaseOrderId = purchaseOrderId;
    made.variantId = variantId;
    made.warehouseId = warehouseId;
    for (const step of ['Submit', 'Send']) {
      await ok(
        `mutation($input: PurchaseOrder${step}Input!) { purchaseOrder${step}(input: $input) { errors { code message } } }`,
        { input: { purchaseOrderId } },
      );
    }

    const order = await rest(`/rest/v1/purchase-orders/${purchaseOrderId}`, partner);
    expect(order.status, JSON.stringify(order.body)).toBe(200);
    expect(order.body).toMatchObject({ status: 'SENT', lines: [{ sku: 'REST-PO-1', quantity: 8, quantityOpen: 8 }] });
    expectDocumented('RestPurchaseOrder', order.body);
    const route = readRouteTable().find(({ operationName }) => operationName === 'RestPurchaseOrder')!;
    expect(order.body).toEqual(
      (await platform.gql(route.document, { id: purchaseOrderId }, partner)).body.data?.purchaseOrder,
    );

    const receive = (body: Record<string, unknown>) =>
      rest(`/rest/v1/purchase-orders/${purchaseOrderId}/receipts`, partner, {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json' },
      });
    const body = {
      post: true,
      lines: [{ purchaseOrderLineId: order.body.lines[0].id, acceptedQuantity: 5 }],
      idempotencyKey: 'rest-receipt-1',
    };
    const received = await receive(body);
    expect(received.status, JSON.stringify(received.body)).toBe(200);
    expect(received.body).toMatchObject({ receipt: { status: 'POSTED', acceptedQuantity: 5 }, errors: [] });
    expectDocumented('RestReceiptCreate', received.body);
    // the client's retry with the same key: the first receipt, booked once
    const retried = await receive(body);
    expect(retried.body.receipt.id).toBe(received.body.receipt.id);
    const after = await rest(`/rest/v1/purchase-orders/${purchaseOrderId}`, partner);
    expect(after.body.receipts.map(({ id }: { id: string }) => id)).toEqual([received.body.receipt.id]);
    expect(after.body.lines[0]).toMatchObject({ quantityReceived: 5, quantityOpen: 3 });
    const stocked = await until(async () => {
      const levels = await rest(`/rest/v1/stock-levels?filter[variantId]=${variantId}`, partner);
      return levels.body.edges[0]?.node.onHand === 5 ? levels.body : null;
    }, 'inventory to apply the receipt');
    expect(stocked.totalCount).toBe(1);

    const tooMany = await receive({
      post: true,
      lines: [{ purchaseOrderLineId: order.body.lines[0].id, acceptedQuantity: 9 }],
      idempotencyKey: 'rest-receipt-2',
    });
    expect(tooMany.status, JSON.stringify(tooMany.body)).toBe(422);
    expect(tooMany.headers.get('content-type')).toBe(PROBLEM);
  }, 60_000);

  it('enters supplier bills by REST (once per key), cancels a mistaken one, releases a held one and pays both in a payment run', async () => {
    const ok = okAs(platform, owner);
    const product = await ok(
      `mutation($input: ProductCreateInput!) { productCreate(input: $input) { product { variants { id sku } } errors { code } } }`,
      {
        input: {
          handle: 'rest-billed',
          title: 'Billed by REST',
          variants: [{ sku: 'REST-AP-1' }, { sku: 'REST-AP-2' }],
        },
      },
    );
    const [first, second] = product.productCreate.product.variants as { id: string }[];
    const dock = await ok(
      `mutation { warehouseCreate(input: { code: "AP", name: "Payables dock" }) { warehouse { id } errors { code } } }`,
    );
    const supplier = await ok(
      `mutation($input: SupplierCreateInput!) { supplierCreate(input: $input) { supplier { id } errors { code message } } }`,
      { input: { code: 'REST-AP', name: 'Rest Payables', currency: 'EUR', email: 'ap@rest-payables.example' } },
    );
    const supplierId = supplier.supplierCreate.supplier.id as string;
    const created = await ok(
      `mutation($input: PurchaseOrderCreateInput!) { purchaseOrderCreate(input: $input) { purchaseOrder { id lines { id sku } } errors { code message } } }`,
      {
        input: {
          supplierId,
          warehouseId: dock.warehouseCreate.warehouse.id,
          lines: [
            { variantId: first?.id, quantity: 4, unitCost: 500 },
            { variantId: second?.id, quantity: 2, unitCost: 100 },
          ],
        },
      },
    );
    const purchaseOrderId = created.purchaseOrderCreate.purchaseOrder.id as string;
    const lineOf = (sku: string) =>
      (created.purchaseOrderCreate.purchaseOrder.lines as { id: string; sku: string }[]).find(
        (line) => line.sku === sku,
      )?.id;
    for (const step of ['Submit', 'Send']) {
      await ok(
        `mutation($input: PurchaseOrder${step}Input!) { purchaseOrder${step}(input: $input) { errors { code message } } }`,
        { input: { purchaseOrderId } },
      );
    }
    const post = (path: string, body: Record<string, unknown>) =>
      rest(path, partner, {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json' },
      });
    const receipt = await post(`/rest/v1/purchase-orders/${purchaseOrderId}/receipts`, {
      post: true,
      lines: [
        { purchaseOrderLineId: lineOf('REST-AP-1'), acceptedQuantity: 4 },
        { purchaseOrderLineId: lineOf('REST-AP-2'), acceptedQuantity: 2 },
      ],
      idempotencyKey: 'rest-ap-receipt-1',
    });
    expect(receipt.status, JSON.stringify(receipt.body)).toBe(200);

    const today = new Date().toISOString().slice(0, 10);
    const matched = {
      purchaseOrderId,
      supplierInvoiceNumber: 'REST-INV-1',
      billDate: today,
      lines: [{ purchaseOrderLineId: lineOf('REST-AP-1'), quantity: 4, unitPrice: 500 }],
      idempotencyKey: 'rest-bill-1',
    };
    const bill = await post('/rest/v1/supplier-bills', matched);
    expect(bill.status, JSON.stringify(bill.body)).toBe(200);
    expect(bill.body).toMatchObject({ bill: { status: 'POSTED', totalAmount: 2000, holdReasons: [] }, errors: [] });
    expectDocumented('RestSupplierBillCreate', bill.body);
    // the client's retry with the same key: the first bill, entered once
    expect((await post('/rest/v1/supplier-bills', matched)).body.bill.id).toBe(bill.body.bill.id);
    const sameNumber = await post('/rest/v1/supplier-bills', { ...matched, idempotencyKey: 'rest-bill-1-again' });
    expect(sameNumber.status).toBe(422);
    expect(sameNumber.body).toMatchObject({ code: 'DUPLICATE_INVOICE_NUMBER' });

    // a held bill entered by mistake is cancelled (once): its lines are free for the right bill
    const mistaken = await post('/rest/v1/supplier-bills', {
      purchaseOrderId,
      supplierInvoiceNumber: 'REST-INV-0',
      billDate: today,
      lines: [{ purchaseOrderLineId: lineOf('REST-AP-2'), quantity: 2, unitPrice: 175 }],
      idempotencyKey: 'rest-bill-0',
    });
    expect(mistaken.body.bill, JSON.stringify(mistaken.body)).toMatchObject({ status: 'HELD' });
    const cancelled = await post(`/rest/v1/supplier-bills/${mistaken.body.bill.id}/cancel`, {});
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    expect(cancelled.body).toMatchObject({ bill: { id: mistaken.body.bill.id, status: 'CANCELLED' }, errors: [] });
    expectDocumented('RestSupplierBillCancel', cancelled.body);
    const cancelledAgain = await post(`/rest/v1/supplier-bills/${mistaken.body.bill.id}/cancel`, {});
    expect({ status: cancelledAgain.status, code: cancelledAgain.body.code }).toEqual({
      status: 422,
      code: 'BILL_NOT_HELD',
    });
    const dearer = await post('/rest/v1/supplier-bills', {
      purchaseOrderId,
      supplierInvoiceNumber: 'REST-INV-2',
      billDate: today,
      lines: [{ purchaseOrderLineId: lineOf('REST-AP-2'), quantity: 2, unitPrice: 150 }],
      idempotencyKey: 'rest-bill-2',
    });
    expect(dearer.status, JSON.stringify(dearer.body)).toBe(200);
    expect(dearer.body.bill).toMatchObject({ status: 'HELD', holdReasons: [{ code: 'PRICE_VARIANCE' }] });
    const heldId = dearer.body.bill.id as string;
    made.billId = heldId;
    const held = await rest(`/rest/v1/supplier-bills?filter[statuses]=HELD&filter[supplierId]=${supplierId}`, partner);
    expect(held.body.edges.map(({ node }: { node: { id: string } }) => node.id)).toEqual([heldId]);
    expectDocumented('RestSupplierBills', held.body);
    const stale = await post(`/rest/v1/supplier-bills/${heldId}/release`, { comment: 'ok', expectedVersion: 99 });
    expect({ status: stale.status, code: stale.body.code }).toEqual({ status: 409, code: 'CONFLICT' });
    const released = await post(`/rest/v1/supplier-bills/${heldId}/release`, {
      comment: 'new price list',
      expectedVersion: dearer.body.bill.version,
    });
    expect(released.status, JSON.stringify(released.body)).toBe(200);
    expect(released.body.bill).toMatchObject({ status: 'POSTED', releaseComment: 'new price list' });
    expectDocumented('RestSupplierBillRelease', released.body);
    const again = await post(`/rest/v1/supplier-bills/${heldId}/release`, { comment: 'again' });
    expect({ status: again.status, code: again.body.code }).toEqual({ status: 422, code: 'BILL_NOT_HELD' });
    const one = await rest(`/rest/v1/supplier-bills/${heldId}`, partner);
    const route = readRouteTable().find(({ operationName }) => operationName === 'RestSupplierBill')!;
    expect(one.body).toEqual((await platform.gql(route.document, { id: heldId }, partner)).body.data?.supplierBill);
    expect(one.body).toMatchObject({ status: 'POSTED', totalAmount: 300 });
    expectDocumented('RestSupplierBill', one.body);

    // finance opens the payables from the posted bills a moment later; a run drafts and pays them
    const numbers = [bill.body.bill.number, released.body.bill.number].sort();
    await until(async () => {
      const items = await ok(
        `query($partyId: ID) { financeOpenItems(kind: PAYABLE, first: 10, partyId: $partyId, status: OPEN) { edges { node { documentNumber } } } }`,
        { partyId: supplierId },
      );
      const open = items.financeOpenItems.edges.map(
        ({ node }: { node: { documentNumber: string } }) => node.documentNumber,
      );
      return numbers.every((number) => open.includes(number)) ? open : null;
    }, 'finance to open the payables');
    const dueBy = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
    // a first draft is edited (one bill paid in part, the other taken off) and cancelled: both stay open
    const trial = await post('/rest/v1/finance/payment-runs', { dueBy, supplierIds: [supplierId] });
    const trialId = trial.body.run.id as string;
    const itemOf = (number: string) =>
      trial.body.run.lines.find(({ item }: { item: { documentNumber: string } }) => item.documentNumber === number).item
        .id as string;
    const [firstItem, heldItem] = [itemOf(bill.body.bill.number), itemOf(released.body.bill.number)];
    made.itemId = heldItem;
    const reduced = await post(`/rest/v1/finance/payment-runs/${trialId}/lines/${firstItem}`, { amount: 500 });
    expect(reduced.status, JSON.stringify(reduced.body)).toBe(200);
    expect(reduced.body.run).toMatchObject({ status: 'DRAFT', lineCount: 2, totalBaseAmount: 800 });
    expectDocumented('RestPaymentRunLineUpdate', reduced.body);
    const over = await post(`/rest/v1/finance/payment-runs/${trialId}/lines/${firstItem}`, { amount: 900 });
    expect({ status: over.status, code: over.body.code }).toEqual({ status: 422, code: 'OVER_ALLOCATED' });
    const removed = await post(`/rest/v1/finance/payment-runs/${trialId}/lines/${heldItem}/remove`, {});
    expect(removed.status, JSON.stringify(removed.body)).toBe(200);
    expect(removed.body.run).toMatchObject({ lineCount: 1, totalBaseAmount: 500 });
    expectDocumented('RestPaymentRunLineRemove', removed.body);
    const removedAgain = await post(`/rest/v1/finance/payment-runs/${trialId}/lines/${heldItem}/remove`, {});
    expect({ status: removedAgain.status, code: removedAgain.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
    const dropped = await post(`/rest/v1/finance/payment-runs/${trialId}/cancel`, {});
    expect(dropped.status, JSON.stringify(dropped.body)).toBe(200);
    expect(dropped.body.run).toMatchObject({ status: 'CANCELLED' });
    expectDocumented('RestPaymentRunCancel', dropped.body);
    const droppedAgain = await post(`/rest/v1/finance/payment-runs/${trialId}/cancel`, {});
    expect({ status: droppedAgain.status, code: droppedAgain.body.code }).toEqual({
      status: 409,
      code: 'INVALID_TRANSITION',
    });

    const drafted = await post('/rest/v1/finance/payment-runs', { dueBy, supplierIds: [supplierId] });
    expect(drafted.status, JSON.stringify(drafted.body)).toBe(200);
    expect(drafted.body.run).toMatchObject({ status: 'DRAFT', lineCount: 2, totalBaseAmount: 2300 });
    expectDocumented('RestPaymentRunCreate', drafted.body);
    const runId = drafted.body.run.id as string;
    made.runId = runId;
    const paid = await post(`/rest/v1/finance/payment-runs/${runId}/post`, { paymentDate: today });
    expect(paid.status, JSON.stringify(paid.body)).toBe(200);
    expect(paid.body.run).toMatchObject({ status: 'POSTED', paymentDate: today });
    expectDocumented('RestPaymentRunPost', paid.body);
    // a repeated post (a lost answer) answers the posted run unchanged
    const repeated = await post(`/rest/v1/finance/payment-runs/${runId}/post`, {});
    expect(repeated.status).toBe(200);
    expect(repeated.body.run).toEqual(paid.body.run);
    const run = await rest(`/rest/v1/finance/payment-runs/${runId}`, partner);
    expect(run.body.lines.map(({ item }: { item: { documentNumber: string } }) => item.documentNumber).sort()).toEqual(
      numbers,
    );
    expect(
      run.body.lines.every(
        ({ entryId, item }: { entryId: string; item: { status: string } }) => entryId && item.status === 'SETTLED',
      ),
    ).toBe(true);
    expectDocumented('RestPaymentRun', run.body);
    const runs = await rest('/rest/v1/finance/payment-runs?status=POSTED', partner);
    expect(runs.body.edges.map(({ node }: { node: { id: string } }) => node.id)).toContain(runId);
    expectDocumented('RestPaymentRuns', runs.body);
    const nothing = await post('/rest/v1/finance/payment-runs', { dueBy, supplierIds: [supplierId] });
    expect({ status: nothing.status, code: nothing.body.code }).toEqual({ status: 422, code: 'NOTHING_DUE' });
  }, 90_000);

  it('takes a return by REST: requested, approved, received (inventory restocks it), refunded; another rejected; other ids 404', async () => {
    const ok = okAs(platform, owner);
    expect(sellable).toBeDefined();
    const { variantId, warehouseId } = sellable!;
    const orderId = await checkoutOrder(ok, variantId, 2);
    await ok(`mutation($input: OrderTransitionInput!) { orderConfirm(input: $input) { errors { code message } } }`, {
      input: { orderId },
    });
    const post = (path: string, body: Record<string, unknown>) =>
      rest(path, partner, {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json' },
      });
    const shipment = await until(async () => {
      const answer = await post(`/rest/v1/orders/${orderId}/shipments`, {
        warehouseId,
        lines: [{ variantId, quantity: 2 }],
      });
      return answer.status === 200 ? (answer.body.shipment as { id: string }) : null;
    }, 'fulfillment to know the order');
    for (const move of ['pack', 'ship']) {
      expect((await post(`/rest/v1/shipments/${shipment.id}/${move}`, {})).status).toBe(200);
    }

    const tooMany = await post(`/rest/v1/orders/${orderId}/returns`, { lines: [{ variantId, quantity: 3 }] });
    expect({ status: tooMany.status, code: tooMany.body.code }).toEqual({
      status: 422,
      code: 'RETURN_QUANTITY_EXCEEDS_SHIPPED',
    });
    const requested = await post(`/rest/v1/orders/${orderId}/returns`, {
      reason: 'wrong colour',
      lines: [{ variantId, quantity: 1 }],
    });
    expect(requested.status, JSON.stringify(requested.body)).toBe(200);
    expect(requested.body).toMatchObject({ return: { status: 'REQUESTED', order: { id: orderId } }, errors: [] });
    expectDocumented('RestReturnRequest', requested.body);
    const returnId = requested.body.return.id as string;
    made.returnId = returnId;
    const listed = await rest(`/rest/v1/returns?filter[orderId]=${orderId}&filter[statuses]=REQUESTED`, partner);
    expect(listed.body.edges.map(({ node }: { node: { id: string } }) => node.id)).toEqual([returnId]);
    expectDocumented('RestReturns', listed.body);

    const early = await post(`/rest/v1/returns/${returnId}/receive`, { warehouseId });
    expect({ status: early.status, code: early.body.code }).toEqual({ status: 409, code: 'INVALID_TRANSITION' });
    const approved = await post(`/rest/v1/returns/${returnId}/approve`, { version: requested.body.return.version });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.return.status).toBe('APPROVED');
    expectDocumented('RestReturnApprove', approved.body);
    const received = await post(`/rest/v1/returns/${returnId}/receive`, {
      version: approved.body.return.version,
      warehouseId,
    });
    expect(received.status, JSON.stringify(received.body)).toBe(200);
    expect(received.body.return.status).toBe('RECEIVED');
    expectDocumented('RestReturnReceive', received.body);

    const one = await rest(`/rest/v1/returns/${returnId}`, partner);
    expect(one.status).toBe(200);
    const route = readRouteTable().find(({ operationName }) => operationName === 'RestReturn')!;
    expect(one.body).toEqual((await platform.gql(route.document, { id: returnId }, partner)).body.data?.node);
    expect(one.body).toMatchObject({ __typename: 'Return', status: 'RECEIVED', lines: [{ quantity: 1 }] });
    expect(one.body.history.map(({ to }: { to: string }) => to)).toEqual(['requested', 'approved', 'received']);
    expectDocumented('RestReturn', one.body);
    // the id of a shipment (a node, but no return) is no return
    const notReturn = await rest(`/rest/v1/returns/${shipment.id}`, partner);
    expect({ status: notReturn.status, code: notReturn.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });

    // inventory puts the unit back on hand from the received event
    const restocked = await until(async () => {
      const { stockMovements } = await ok(
        `query($filter: StockMovementFilter) { stockMovements(first: 5, filter: $filter) { edges { node { onHandDelta } } } }`,
        { filter: { variantId, reason: 'RETURN' } },
      );
      return stockMovements.edges.length ? stockMovements.edges : null;
    }, 'inventory to restock the return');
    expect(restocked).toEqual([{ node: { onHandDelta: 1 } }]);

    // the received return is refunded; a second request for the other unit is rejected
    const refunded = await post(`/rest/v1/returns/${returnId}/refund`, { version: received.body.return.version });
    expect(refunded.status, JSON.stringify(refunded.body)).toBe(200);
    expect(refunded.body).toMatchObject({ return: { id: returnId, status: 'REFUNDED' }, errors: [] });
    expect(refunded.body.return.refundAmount).toBeGreaterThan(0);
    expectDocumented('RestReturnRefund', refunded.body);
    const refundedAgain = await post(`/rest/v1/returns/${returnId}/refund`, {});
    expect({ status: refundedAgain.status, code: refundedAgain.body.code }).toEqual({
      status: 409,
      code: 'INVALID_TRANSITION',
    });
    const second = await post(`/rest/v1/orders/${orderId}/returns`, {
      reason: 'changed my mind',
      lines: [{ variantId, quantity: 1 }],
    });
    expect(second.status, JSON.stringify(second.body)).toBe(200);
    const rejected = await post(`/rest/v1/returns/${second.body.return.id}/reject`, {});
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
    expect(rejected.body).toMatchObject({ return: { id: second.body.return.id, status: 'REJECTED' }, errors: [] });
    expectDocumented('RestReturnReject', rejected.body);
  }, 90_000);

  it("gives another shop's key none of these records: reads 404, writes refused, nothing changed", async () => {
    expect(made.shipmentId && made.purchaseOrderId && made.variantId && made.warehouseId).toBeTruthy();
    const other = (await platform.tenant('rest-other-shop')).bearer;
    const key = await platform.gql(
      `mutation { apiKeyCreate(input: { name: "probe", scopes: ["inventory:read", "inventory:adjust", "orders:read", "fulfillment:manage", "procurement:manage", "procurement:approve", "finance:read", "finance:write"] }) { secret } }`,
      {},
      other,
    );
    const stranger = { 'x-api-key': key.body.data?.apiKeyCreate.secret as string };
    const post = (path: string, body: Record<string, unknown>) =>
      rest(path, stranger, {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json' },
      });

    expect(made.billId && made.returnId && made.runId && made.itemId).toBeTruthy();
    for (const path of [
      `/rest/v1/shipments/${made.shipmentId}`,
      `/rest/v1/purchase-orders/${made.purchaseOrderId}`,
      `/rest/v1/supplier-bills/${made.billId}`,
      `/rest/v1/returns/${made.returnId}`,
      `/rest/v1/finance/payment-runs/${made.runId}`,
    ]) {
      const answer = await rest(path, stranger);
      expect({ path, status: answer.status, code: answer.body.code }).toEqual({ path, status: 404, code: 'NOT_FOUND' });
    }
    const before = await rest(`/rest/v1/purchase-orders/${made.purchaseOrderId}`, partner);
    const shipmentBefore = await rest(`/rest/v1/shipments/${made.shipmentId}`, partner);

    const receipt = await post(`/rest/v1/purchase-orders/${made.purchaseOrderId}/receipts`, {
      post: true,
      lines: [{ purchaseOrderLineId: before.body.lines[0].id, acceptedQuantity: 1 }],
      idempotencyKey: 'probe-receipt-1',
    });
    expect({ status: receipt.status, code: receipt.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
    const deliver = await post(`/rest/v1/shipments/${made.shipmentId}/deliver`, {});
    expect(deliver.status).toBe(404);
    for (const [path, body] of [
      [`/rest/v1/supplier-bills/${made.billId}/release`, { comment: 'probe' }],
      [`/rest/v1/supplier-bills/${made.billId}/cancel`, {}],
      [`/rest/v1/returns/${made.returnId}/approve`, {}],
      [`/rest/v1/returns/${made.returnId}/refund`, {}],
      [`/rest/v1/returns/${made.returnId}/reject`, {}],
      [`/rest/v1/finance/payment-runs/${made.runId}/post`, {}],
      [`/rest/v1/finance/payment-runs/${made.runId}/cancel`, {}],
      [`/rest/v1/finance/payment-runs/${made.runId}/lines/${made.itemId}`, { amount: 1 }],
      [`/rest/v1/finance/payment-runs/${made.runId}/lines/${made.itemId}/remove`, {}],
    ] as const) {
      const answer = await post(path, body);
      expect({ path, status: answer.status, code: answer.body.code }).toEqual({ path, status: 404, code: 'NOT_FOUND' });
    }
    const adjust = await post('/rest/v1/stock-adjustments', {
      variantId: made.variantId,
      warehouseId: made.warehouseId,
      delta: 100,
      idempotencyKey: 'probe-stock-1',
    });
    // the warehouse is this shop's: to the stranger it does not exist
    expect({ status: adjust.status, code: adjust.body.code }).toEqual({ status: 422, code: 'UNKNOWN_WAREHOUSE' });
    expect((await rest('/rest/v1/shipments', stranger)).body.totalCount).toBe(0);
    expect((await rest('/rest/v1/purchase-orders', stranger)).body.totalCount).toBe(0);

    // and nothing of the shop moved
    expect((await rest(`/rest/v1/purchase-orders/${made.purchaseOrderId}`, partner)).body).toEqual(before.body);
    expect((await rest(`/rest/v1/shipments/${made.shipmentId}`, partner)).body).toEqual(shipmentBefore.body);
    const levels = await rest(
      `/rest/v1/stock-levels?filter[variantId]=${made.variantId}&filter[warehouseId]=${made.warehouseId}`,
      partner,
    );
    expect(levels.body.edges.map(({ node }: { node: { onHand: number } }) => node.onHand)).toEqual([5]);
  });

  it('answers 404 to an unknown route and 405 with Allow to a wrong method', async () => {
    const unknown = await rest('/rest/v1/nothing-here', partner);
    expect(unknown).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
    const wrong = await rest('/rest/v1/products', partner, { method: 'POST' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET');
  });

  it('refuses over budget with 429, Retry-After and the budget it ran out of', async () => {
    const path = '/rest/v1/products?first=2';
    let answer = await rest(path, storefront);
    let served = 0;
    for (; served < 60 && answer.status === 200; served++) answer = await rest(path, storefront);
    // the earlier storefront calls of this file spent a few points: some pages still fit
    expect(served).toBeGreaterThan(0);
    expect(answer.status, JSON.stringify(answer.body)).toBe(429);
    expect(answer.headers.get('content-type')).toBe(PROBLEM);
    expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(answer.body).toMatchObject({
      status: 429,
      code: 'RATE_LIMITED',
      budget: { budget: 'storefront_client', limit: 60 },
    });
    expect(answer.headers.get('ratelimit-remaining')).toBeDefined();
  });

  it('serves a valid OpenAPI 3.1 document, the committed schema/openapi.json', async () => {
    const answer = await rest('/rest/openapi.json');
    expect(answer.status).toBe(200);
    const validator = new Validator();
    expect(await validator.validate(answer.body)).toEqual({ valid: true });
    expect(answer.body).toEqual(JSON.parse(readFileSync(new URL('schema/openapi.json', root), 'utf8')));
    expect(Object.keys(answer.body.paths)).toContain('/rest/v1/orders/{orderId}/cancel');
  });
});
