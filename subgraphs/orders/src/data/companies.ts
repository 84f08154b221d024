import { type Connection, type CURSOR_KEYS, ok, type Page, toConnection, uuidAfter } from '@ucos/kit';
import { one, orm, type Sql, type TenantDb } from '../db.ts';
import type { CustomerAccountsPort } from '../ports/customer-accounts.ts';
import { CUSTOMER_COLUMNS, type CustomerRow, ensureCustomer } from './customers.ts';
import { type OrdersResult, ordersFail } from './errors.ts';
import type { CompanyRow } from './rows.ts';

export type { CompanyRow } from './rows.ts';

export const COMPANY_COLUMNS = `id, name, customer_group as "customerGroup", version, created_at as "createdAt"`;

export async function companiesByIds(sql: Sql, ids: readonly string[]): Promise<CompanyRow[]> {
  const { rows } = await sql.query<CompanyRow>(
    `select ${COMPANY_COLUMNS} from orders.companies where id = any($1::uuid[])`,
    [ids],
  );
  return rows;
}

/** The buyers of these companies. */
export async function buyersOfCompanies(sql: Sql, companyIds: readonly string[]): Promise<CustomerRow[]> {
  const { rows } = await sql.query<CustomerRow>(
    `select ${CUSTOMER_COLUMNS} from orders.customers where company_id = any($1::uuid[])`,
    [companyIds],
  );
  return rows;
}

/** The tenant's companies by id, keyset-paged; two statements. */
export function listCompanies(db: TenantDb, page: Page<typeof CURSOR_KEYS.id>): Promise<Connection<CompanyRow>> {
  return db.run(async (sql) => {
    const total = await one<{ count: number }>(sql, 'select count(*)::int as count from orders.companies', []);
    const { rows } = await sql.query<CompanyRow>(
      `select ${COMPANY_COLUMNS} from orders.companies where ($1::uuid is null or id > $1::uuid) order by id limit $2`,
      [uuidAfter(page), page.limit + 1],
    );
    return toConnection(rows, page, total?.count ?? 0, (row) => [row.id]);
  });
}

/** What a company row holds, as Prisma selects it (no `tenant_id`: row security scopes it). */
const COMPANY_FIELDS = { id: true, name: true, customerGroup: true, version: true, createdAt: true } as const;

export function createCompany(
  db: TenantDb,
  input: { name: string; customerGroup: string },
): Promise<OrdersResult<CompanyRow>> {
  return db.tx(async (sql) =>
    ok(
      await orm(sql, (orders) =>
        orders.company.create({
          data: { tenantId: db.tenantId, name: input.name, customerGroup: input.customerGroup },
          select: COMPANY_FIELDS,
        }),
      ),
    ),
  );
}

/**
 * Makes a customer a buyer of the company. A shopper orders has not met yet must be one identity
 * vouches for (another tenant's or a made-up id is NOT_FOUND); catalog learns the buyer's group
 * from `orders.customer.pricing_group_changed`.
 */
export function addBuyer(
  db: TenantDb,
  customerAccounts: CustomerAccountsPort,
  companyId: string | null,
  customerId: string | null,
): Promise<OrdersResult<CompanyRow>> {
  return db.tx(async (sql, tx) => {
    const company = companyId
      ? await orm(sql, (orders) => orders.company.findFirst({ where: { id: companyId }, select: COMPANY_FIELDS }))
      : null;
    if (!company) return ordersFail('NOT_FOUND', 'No such company', ['input', 'companyId']);
    if (!customerId) return ordersFail('NOT_FOUND', 'No such customer', ['input', 'customerId']);
    const known = await orm(sql, (orders) => orders.customer.count({ where: { id: customerId } }));
    // a shopper orders has not met yet: only identity can say the id is one of the tenant's
    if (!known && !(await customerAccounts.exists(db.tenantId, customerId))) {
      return ordersFail('NOT_FOUND', 'No such customer', ['input', 'customerId']);
    }
    await ensureCustomer(sql, db.tenantId, customerId);
    await orm(sql, (orders) =>
      orders.customer.update({
        where: { tenantId_id: { tenantId: db.tenantId, id: customerId } },
        data: { companyId: company.id, version: { increment: 1 } },
      }),
    );
    // catalog prices a signed-in buyer for their company's group from this (its own read model)
    await tx.emit('orders.customer.pricing_group_changed', customerId, {
      customerId,
      companyId: company.id,
      customerGroup: company.customerGroup,
    });
    return ok(company);
  });
}
