import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerShopperByMail } from './sign-up.ts';
import { startWholePlatform, type WholePlatform } from './whole-platform.ts';

/**
 * One tenant pointing its rows at another tenant's: refused as NOT_FOUND through the gateway, and by
 * the database itself (foreign keys that include tenant_id) where the reference stays in one domain.
 */
let platform: WholePlatform;
let alpha: { bearer: Record<string, string>; tenantId: string };
let beta: { bearer: Record<string, string>; tenantId: string };

async function data(answer: Promise<{ body: { data?: any; errors?: unknown[] } }>) {
  const { body } = await answer;
  expect(body.errors, JSON.stringify(body)).toBeUndefined();
  return body.data;
}

/** A shopper registered at the tenant's storefront; their Customer id. */
async function shopper(tenant: typeof alpha, email: string): Promise<string> {
  const key = await data(
    platform.gql(
      `mutation { storefrontKeyCreate(input: { name: "web" }) { secret errors { code } } }`,
      {},
      tenant.bearer,
    ),
  );
  const registered = await registerShopperByMail(
    platform.gql,
    platform.mail,
    { 'x-publishable-key': key.storefrontKeyCreate.secret },
    { email, password: 'Shopper-Password-2026' },
  );
  return registered.customer.id;
}

beforeAll(async () => {
  platform = await startWholePlatform();
  alpha = await platform.tenant('refs-alpha');
  beta = await platform.tenant('refs-beta');
}, 120_000);
afterAll(() => platform?.close());

describe("references to another tenant's rows", () => {
  it("a shipment from another tenant's warehouse is NOT_FOUND", async () => {
    const theirs = await data(
      platform.gql(
        `mutation { warehouseCreate(input: { code: "BETA", name: "Beta" }) { warehouse { id } } }`,
        {},
        beta.bearer,
      ),
    );
    const answer = await data(
      platform.gql(
        `mutation($input: ShipmentCreateInput!) { shipmentCreate(input: $input) { shipment { id } errors { code field } } }`,
        {
          input: {
            orderId: Buffer.from(`Order:${randomUUID()}`).toString('base64url'),
            warehouseId: theirs.warehouseCreate.warehouse.id,
            lines: [{ variantId: Buffer.from(`ProductVariant:${randomUUID()}`).toString('base64url'), quantity: 1 }],
          },
        },
        alpha.bearer,
      ),
    );
    expect(answer.shipmentCreate).toEqual({
      shipment: null,
      errors: [{ code: 'NOT_FOUND', field: ['input', 'warehouseId'] }],
    });
  });

  it("a B2B buyer is only one of the tenant's own shoppers: another tenant's or a made-up id is NOT_FOUND", async () => {
    const company = await data(
      platform.gql(
        `mutation { companyCreate(input: { name: "Acme", customerGroup: "wholesale" }) { company { id } errors { code } } }`,
        {},
        alpha.bearer,
      ),
    );
    const companyId = company.companyCreate.company.id;
    const ADD = `mutation($input: CompanyBuyerAddInput!) { companyBuyerAdd(input: $input) { company { buyers { id } } errors { code field } } }`;
    const theirShopper = await shopper(beta, 'beta-shopper@example.com');
    for (const customerId of [theirShopper, Buffer.from(`Customer:${randomUUID()}`).toString('base64url')]) {
      const refused = await data(platform.gql(ADD, { input: { companyId, customerId } }, alpha.bearer));
      expect(refused.companyBuyerAdd).toEqual({
        company: null,
        errors: [{ code: 'NOT_FOUND', field: ['input', 'customerId'] }],
      });
    }
    const ourShopper = await shopper(alpha, 'alpha-shopper@example.com');
    const added = await data(platform.gql(ADD, { input: { companyId, customerId: ourShopper } }, alpha.bearer));
    expect(added.companyBuyerAdd).toEqual({ company: { buyers: [{ id: ourShopper }] }, errors: [] });
  });

  it("the database refuses a row that points at another tenant's customer, cart or reservation", async () => {
    // each domain's own service role, as the services connect
    const orders = new pg.Client({ connectionString: platform.db.serviceUrl('orders') });
    const inventory = new pg.Client({ connectionString: platform.db.serviceUrl('inventory') });
    await orders.connect();
    await inventory.connect();
    const asTenant = async (client: pg.Client, tenantId: string, statements: string, commit = false) => {
      await client.query('begin');
      try {
        await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
        await client.query(statements);
      } finally {
        await client.query(commit ? 'commit' : 'rollback');
      }
    };
    const uuidOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1]!;
    const [alphaId, betaId] = [uuidOf(alpha.tenantId), uuidOf(beta.tenantId)];
    const theirs = randomUUID();
    const ourCart = randomUUID();
    try {
      await asTenant(
        orders,
        betaId,
        `insert into orders.customers (tenant_id, id) values ('${betaId}', '${theirs}');
        insert into orders.carts (tenant_id, id, currency) values ('${betaId}', '${theirs}', 'EUR')`,
        true,
      );
      await asTenant(
        inventory,
        betaId,
        `insert into inventory.reservations (tenant_id, id, reference, expires_at, actor_kind)
        values ('${betaId}', '${theirs}', 'r', now() + interval '1 hour', 'user')`,
        true,
      );

      // the order's own cart is alpha's, so only the customer reference can be what is refused
      await expect(
        asTenant(
          orders,
          alphaId,
          `insert into orders.carts (tenant_id, id, currency) values ('${alphaId}', '${ourCart}', 'EUR');
           insert into orders.orders (tenant_id, id, cart_id, customer_id, email, status, payment_status, currency,
             subtotal_amount, shipping_amount, tax_amount, total_amount, shipping_address, payment_provider,
             payment_reference, number)
           values ('${alphaId}', gen_random_uuid(), '${ourCart}', '${theirs}', 'x@example.com', 'created',
             'authorized', 'EUR', 0, 0, 0, 0, '{}', 'test', 'r', 1000)`,
        ),
      ).rejects.toThrow(/orders_customer_fk/);
      await expect(
        asTenant(
          orders,
          alphaId,
          `insert into orders.checkout_attempts (tenant_id, key, cart_id, order_id, lease_until)
           values ('${alphaId}', 'k', '${theirs}', gen_random_uuid(), now())`,
        ),
      ).rejects.toThrow(/checkout_attempts_cart_fk/);
      await expect(
        asTenant(
          inventory,
          alphaId,
          `insert into inventory.warehouses (tenant_id, id, code, name) values ('${alphaId}', '${alphaId}', 'W', 'W');
           insert into inventory.stock_movements (tenant_id, variant_id, warehouse_id, on_hand_delta, reserved_delta,
             reason, actor_kind, reservation_id)
           values ('${alphaId}', gen_random_uuid(), '${alphaId}', 0, 1, 'RESERVATION', 'user', '${theirs}')`,
        ),
      ).rejects.toThrow(/stock_movements_reservation_fk/);
    } finally {
      await orders.end();
      await inventory.end();
    }
  });
});
