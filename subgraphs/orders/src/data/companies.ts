import { type Connection, type CURSOR_KEYS, ok, type Page, toConnection, uuidAfter } from '@ucos/kit';
import { one, type Sql, type TenantDb } from '../db.ts';
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

export function createCompany(
  db: TenantDb,
  input: { name: string; customerGroup: string },
): Promise<OrdersResult<CompanyRow>> {
  return db.tx(async (sql) =>
    ok(
      (await one<CompanyRow>(
        sql,
        `insert into orders.companies (tenant_id, name, customer_group) values ($1, $2, $3) returning ${COMPANY_COLUMNS}`,
        [db.tenantId, input.name, input.customerGroup],
      )) as CompanyRow,
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
      ? await one<CompanyRow>(sql, `select ${COMPANY_COLUMNS} from orders.companies where id = $1`, [companyId])
      : null;
    if (!company) return ordersFail('NOT_FOUND', 'No such company', ['input', 'companyId']);
    if (!customerId) return ordersFail('NOT_FOUND', 'No such customer', ['input', 'customerId']);
    const known = await one(sql, 'select 1 from orders.customers where id = $1', [customerId]);
    // a shopper orders has not met yet: only identity can say the id is one of the tenant's
    if (!known && !(await customerAccounts.exists(db.tenantId, customerId))) {
      return ordersFail('NOT_FOUND', 'No such customer', ['input', 'customerId']);
    }
    await ensureCustomer(sql, db.tenantId, customerId);
    await sql.query(`update orders.customers set company_id = $2, version = version + 1 where id = $1`, [
      customerId,
      company.id,
    ]);
    // catalog prices a signed-in buyer for their company's group from this (its own read model)
    await tx.emit('orders.customer.pricing_group_changed', customerId, {
      customerId,
      companyId: company.id,
      customerGroup: company.customerGroup,
    });
    return ok(company);
  });
}
