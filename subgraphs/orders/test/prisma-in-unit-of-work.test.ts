import { randomUUID } from 'node:crypto';
import { fail, ok, payloadError } from '@ucos/kit';
import { suiteFixture } from '@ucos/kit/testing/suite';
import { describe, expect, it } from 'vitest';
import { orm } from '../src/db.ts';
import { customer, type OrdersHarness, staff, startOrders } from './harness.ts';

/**
 * Plain reads and writes through Prisma run inside the unit of work: on its connection, so they see
 * what the transaction wrote before it commits, only its tenant's rows, and roll back with it.
 */
let orders: OrdersHarness;
const tenant = randomUUID();
const other = randomUUID();

suiteFixture(async (own) => {
  orders = own(await startOrders());
});

const companyNames = (tenantId: string) =>
  orders.server.deps
    .unitOfWork(tenantId)
    .run((sql) => orm(sql, (db) => db.company.findMany({ select: { name: true }, orderBy: { name: 'asc' } })));

describe('Prisma inside the unit of work', () => {
  it('is one more statement of the transaction: it sees the hand SQL before commit, and rolls back with it', async () => {
    const db = orders.server.deps.unitOfWork(tenant);
    const seen = await db.tx(async (sql) => {
      await sql.query(`insert into orders.companies (tenant_id, name, customer_group) values ($1, 'Kept', 'retail')`, [
        tenant,
      ]);
      const found = await orm(sql, (prisma) => prisma.company.findFirst({ where: { name: 'Kept' } }));
      return ok(found?.name);
    });
    expect(seen).toEqual({ ok: true, value: 'Kept' });

    const failed = await db.tx(async (sql) => {
      await orm(sql, (prisma) =>
        prisma.company.create({ data: { tenantId: tenant, name: 'Dropped', customerGroup: 'retail' } }),
      );
      return fail(payloadError('CONFLICT', 'changed my mind', null));
    });
    expect(failed.ok).toBe(false);
    expect(await companyNames(tenant)).toEqual([{ name: 'Kept' }]);
  });

  it("reads and writes only the unit of work's tenant", async () => {
    expect(await companyNames(other)).toEqual([]);
    await expect(
      orders.server.deps
        .unitOfWork(other)
        .tx((sql) =>
          orm(sql, (prisma) =>
            prisma.company.create({ data: { tenantId: tenant, name: 'Smuggled', customerGroup: 'retail' } }),
          ).then(ok),
        ),
    ).rejects.toThrow(/row-level security/);
    expect(await companyNames(tenant)).toEqual([{ name: 'Kept' }]);
  });

  it('refuses a statement outside a unit of work instead of running it elsewhere', async () => {
    await expect(orm.client.company.findMany()).rejects.toThrow(/outside a unit of work/);
  });
});

describe('what orders reads and writes through Prisma', () => {
  it('a profile update keeps what is not given and moves the version; an address is stored as given', async () => {
    const shopper = customer(tenant);
    const update = `mutation ($input: CustomerUpdateInput!) {
      customerUpdate(input: $input) { customer { email firstName lastName version } errors { code } } }`;
    const first = await orders.call(update, { input: { email: 'ada@example.com', firstName: 'Ada' } }, shopper);
    expect(first.data?.customerUpdate).toEqual({
      customer: { email: 'ada@example.com', firstName: 'Ada', lastName: null, version: 2 },
      errors: [],
    });
    const second = await orders.call(update, { input: { lastName: 'Lovelace', version: 2 } }, shopper);
    expect(second.data?.customerUpdate.customer).toEqual({
      email: 'ada@example.com',
      firstName: 'Ada',
      lastName: 'Lovelace',
      version: 3,
    });
    const stale = await orders.call(update, { input: { lastName: 'Byron', version: 2 } }, shopper);
    expect(stale.data?.customerUpdate).toEqual({ customer: null, errors: [{ code: 'CONFLICT' }] });

    const added = await orders.call(
      `mutation ($input: CustomerAddressAddInput!) {
        customerAddressAdd(input: $input) { customer { addresses { name line1 line2 city postalCode country } } errors { code } } }`,
      { input: { address: { name: 'Ada', line1: '1 Main St', city: 'Berlin', postalCode: '10115', country: 'de' } } },
      shopper,
    );
    expect(added.data?.customerAddressAdd).toEqual({
      customer: {
        addresses: [
          { name: 'Ada', line1: '1 Main St', line2: null, city: 'Berlin', postalCode: '10115', country: 'DE' },
        ],
      },
      errors: [],
    });
  });

  it('a company is created and found again by its buyer look-up', async () => {
    const manager = staff(tenant, ['orders:manage', 'orders:read', 'customers:manage']);
    const created = await orders.call(
      `mutation { companyCreate(input: { name: "Acme", customerGroup: "wholesale" }) { company { id name customerGroup } errors { code } } }`,
      {},
      manager,
    );
    expect(created.data?.companyCreate.company).toMatchObject({ name: 'Acme', customerGroup: 'wholesale' });
    const missing = await orders.call(
      `mutation ($c: ID!, $u: ID!) { companyBuyerAdd(input: { companyId: $c, customerId: $u }) { errors { code field } } }`,
      {
        c: Buffer.from(`Company:${randomUUID()}`).toString('base64url'),
        u: Buffer.from(`Customer:${randomUUID()}`).toString('base64url'),
      },
      manager,
    );
    expect(missing.data?.companyBuyerAdd.errors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'companyId'] }]);
  });
});
