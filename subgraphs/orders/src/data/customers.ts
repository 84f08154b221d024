import { type Connection, type CURSOR_KEYS, ok, type Page, toConnection, uuidAfter } from '@ucos/kit';
import { type CustomFieldFilter, customFieldConditions } from '@ucos/kit/custom-field-filters';
import type { CustomFieldValueInput } from '@ucos/kit/custom-fields';
import { one, orm, type Sql, type TenantDb } from '../db.ts';
import { customFields } from './custom-fields.ts';
import { type OrdersResult, ordersFail } from './errors.ts';
import type { Address, AddressRow, CustomerRow } from './rows.ts';

export type { AddressRow, CustomerRow } from './rows.ts';

export const CUSTOMER_COLUMNS = `id, email, first_name as "firstName", last_name as "lastName",
  company_id as "companyId", custom_fields as "customFields", version, created_at as "createdAt"`;
export const ADDRESS_COLUMNS = `id, customer_id as "customerId", name, line1, line2, city,
  postal_code as "postalCode", country, phone`;
/** The same row, as Prisma selects it. */
const ADDRESS_FIELDS = {
  id: true,
  customerId: true,
  name: true,
  line1: true,
  line2: true,
  city: true,
  postalCode: true,
  country: true,
  phone: true,
} as const;

export async function customersByIds(sql: Sql, ids: readonly string[]): Promise<CustomerRow[]> {
  const { rows } = await sql.query<CustomerRow>(
    `select ${CUSTOMER_COLUMNS} from orders.customers where id = any($1::uuid[])`,
    [ids],
  );
  return rows;
}

/** The addresses of these customers, oldest first. */
export async function addressesOfCustomers(sql: Sql, customerIds: readonly string[]): Promise<AddressRow[]> {
  const { rows } = await sql.query<AddressRow>(
    `select ${ADDRESS_COLUMNS} from orders.addresses where customer_id = any($1::uuid[]) order by created_at`,
    [customerIds],
  );
  return rows;
}

/** The tenant's customers by id, keyset-paged; two statements. */
/** `customFields`: each field's value (stored, or else its default) is one of its values (`@ucos/kit/custom-field-filters`). */
export function listCustomers(
  db: TenantDb,
  page: Page<typeof CURSOR_KEYS.id>,
  filter: { customFields?: readonly CustomFieldFilter[] | null } = {},
): Promise<Connection<CustomerRow>> {
  return db.run(async (sql) => {
    const conditions = await customFieldConditions(customFields, sql, 'CUSTOMER', filter.customFields);
    const values = conditions.map(([, value]) => value);
    // each condition has one parameter, numbered after the `first` the statement has before them
    const and = (first: number) =>
      conditions.map(([clause], index) => ` and ${clause.replace('?', `$${first + index + 1}`)}`).join('');
    const total = await one<{ count: number }>(
      sql,
      `select count(*)::int as count from orders.customers where true${and(0)}`,
      values,
    );
    const { rows } = await sql.query<CustomerRow>(
      `select ${CUSTOMER_COLUMNS} from orders.customers where ($1::uuid is null or id > $1::uuid)${and(2)}
        order by id limit $2`,
      [uuidAfter(page), page.limit + 1, ...values],
    );
    return toConnection(rows, page, total?.count ?? 0, (row) => [row.id]);
  });
}

/** The signed-in shopper's profile, created on first use. */
export const myProfile = (db: TenantDb, customerId: string): Promise<CustomerRow> =>
  db.run((sql) => ensureCustomer(sql, db.tenantId, customerId));

/** The customer's profile, created on first use: the id is the subject of their customer token. */
export async function ensureCustomer(sql: Sql, tenantId: string, customerId: string): Promise<CustomerRow> {
  await sql.query(`insert into orders.customers (tenant_id, id) values ($1, $2) on conflict do nothing`, [
    tenantId,
    customerId,
  ]);
  const row = await one<CustomerRow>(sql, `select ${CUSTOMER_COLUMNS} from orders.customers where id = $1`, [
    customerId,
  ]);
  if (!row) throw new Error('customer row vanished');
  return row;
}

/** The customer group their B2B company prices at, or null for a consumer. */
export async function customerGroupOf(sql: Sql, customerId: string | null): Promise<string | null> {
  if (!customerId) return null;
  const row = await one<{ group: string }>(
    sql,
    `select c.customer_group as "group" from orders.customers u join orders.companies c
       on c.tenant_id = u.tenant_id and c.id = u.company_id where u.id = $1`,
    [customerId],
  );
  return row?.group ?? null;
}

export interface ProfileInput {
  email?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  version?: number | null;
  /** STOREFRONT custom fields only: the shopper edits their own profile */
  customFields?: readonly CustomFieldValueInput[] | null;
}

export async function updateProfile(
  db: TenantDb,
  customerId: string,
  input: ProfileInput,
): Promise<OrdersResult<CustomerRow>> {
  return db.tx(async (sql) => {
    const current = await ensureCustomer(sql, db.tenantId, customerId);
    if (input.version != null && input.version !== current.version) {
      return ordersFail('CONFLICT', 'The profile was changed meanwhile; reload it', ['input', 'version']);
    }
    // the values are merged into what is stored: read under a row lock, so a staff write of the same
    // customer in between cannot be lost (hand SQL: Prisma takes no row locks)
    const locked = input.customFields
      ? await one<CustomerRow>(sql, `select ${CUSTOMER_COLUMNS} from orders.customers where id = $1 for update`, [
          customerId,
        ])
      : null;
    const values = input.customFields
      ? await customFields.values(sql, 'CUSTOMER', input.customFields, (locked ?? current).customFields, {
          only: (definition) => definition.visibility === 'STOREFRONT',
        })
      : null;
    const row = await orm(sql, (orders) =>
      orders.customer.update({
        where: { tenantId_id: { tenantId: db.tenantId, id: customerId } },
        // a field left out (or null) keeps what is stored
        data: {
          ...(input.email != null ? { email: input.email } : {}),
          ...(input.firstName != null ? { firstName: input.firstName } : {}),
          ...(input.lastName != null ? { lastName: input.lastName } : {}),
          ...(values ? { customFields: values } : {}),
          version: { increment: 1 },
        },
        omit: { tenantId: true },
      }),
    );
    return ok(row as CustomerRow);
  });
}

export async function addAddress(
  db: TenantDb,
  customerId: string,
  address: Address,
): Promise<OrdersResult<AddressRow>> {
  return db.tx(async (sql) => {
    await ensureCustomer(sql, db.tenantId, customerId);
    const row = await orm(sql, (orders) =>
      orders.address.create({
        data: {
          tenantId: db.tenantId,
          customerId,
          name: address.name,
          line1: address.line1,
          line2: address.line2 ?? null,
          city: address.city,
          postalCode: address.postalCode,
          country: address.country.toUpperCase(),
          phone: address.phone ?? null,
        },
        select: ADDRESS_FIELDS,
      }),
    );
    return ok(row);
  });
}
