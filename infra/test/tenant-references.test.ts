import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  const registered = await data(
    platform.gql(
      `mutation($input: CustomerRegisterInput!) { customerRegister(input: $input) { session { customer { id } } errors { code } } }`,
      { input: { email, password: 'Shopper-Password-2026' } },
      { 'x-publishable-key': key.storefrontKeyCreate.secret },
    ),
  );
  return registered.customerRegister.session.customer.id;
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
    const app = new pg.Client({ connectionString: platform.db.appUrl });
    await app.connect();
    const asTenant = async (tenantId: string, sql: string, values: unknown[]) => {
      await app.query('begin');
      try {
        await app.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
        return await app.query(sql, values);
      } finally {
        await app.query('rollback');
      }
    };
    const uuidOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1]!;
    const [alphaId, betaId] = [uuidOf(alpha.tenantId), uuidOf(beta.tenantId)];
    try {
      const betaCustomer = randomUUID();
      await app.query('begin');
      await app.query(`select set_config('app.tenant_id', $1, true)`, [betaId]);
      await app.query('insert into orders.customers (tenant_id, id) values ($1, $2)', [betaId, betaCustomer]);
      await app.query(`insert into orders.carts (tenant_id, id, currency) values ($1, $2, 'EUR')`, [
        betaId,
        betaCustomer,
      ]);
      await app.query(
        `insert into inventory.reservations (tenant_id, id, reference, expires_at, actor_kind)
        values ($1, $2, 'r', now() + interval '1 hour', 'user')`,
        [betaId, betaCustomer],
      );
      await app.query('commit');

      const alphaCart = randomUUID();
      // the order's own cart is alpha's, so only the customer reference can be what is refused
      await expect(
        asTenant(
          alphaId,
          `insert into orders.carts (tenant_id, id, currency) values ('${alphaId}', '${alphaCart}', 'EUR');
           insert into orders.orders (tenant_id, id, cart_id, customer_id, email, status, payment_status, currency,
             subtotal_amount, shipping_amount, tax_amount, total_amount, shipping_address, payment_provider,
             payment_reference, number)
           values ('${alphaId}', gen_random_uuid(), '${alphaCart}', '${betaCustomer}', 'x@example.com', 'created',
             'authorized', 'EUR', 0, 0, 0, 0, '{}', 'test', 'r', 1000)`,
          [],
        ),
      ).rejects.toThrow(/orders_customer_fk/);
      await expect(
        asTenant(
          alphaId,
          `insert into orders.checkout_attempts (tenant_id, key, cart_id, order_id, lease_until)
           values ($1, 'k', $2, gen_random_uuid(), now())`,
          [alphaId, betaCustomer],
        ),
      ).rejects.toThrow(/checkout_attempts_cart_fk/);
      await expect(
        asTenant(
          alphaId,
          `insert into inventory.warehouses (tenant_id, id, code, name) values ($1, $1, 'W', 'W');
           insert into inventory.stock_movements (tenant_id, variant_id, warehouse_id, on_hand_delta, reserved_delta, reason, actor_kind, reservation_id)
           values ($1, gen_random_uuid(), $1, 0, 1, 'RESERVATION', 'user', $2)`
            .replace(/\$1/g, `'${alphaId}'`)
            .replace('$2', `'${betaCustomer}'`),
          [],
        ),
      ).rejects.toThrow(/stock_movements_reservation_fk/);
    } finally {
      await app.end();
    }
  });
});
