import { byKeys, groupedByKeys, tenantRequired } from '@ucos/kit';
import type { OrdersContext } from '../context.ts';
import { loadCartLines } from '../data/carts.ts';
import { ADDRESS_COLUMNS, type AddressRow, CUSTOMER_COLUMNS, type CustomerRow } from '../data/customers.ts';
import { loadHolds } from '../data/holds.ts';
import { loadOrderLines, loadOrders, loadTransitions } from '../data/orders.ts';
import type { CartLineRow, HoldRow, OrderLineRow, OrderRow, TransitionRow } from '../data/rows.ts';
import type { TenantDb } from '../db.ts';

/** The caller's tenant's database; fields that reach it require a tenant, so this never throws in practice. */
export function dbOf(context: OrdersContext): TenantDb {
  const tenantId = context.auth.tenantId;
  if (!tenantId) throw tenantRequired();
  return context.deps.unitOfWork(tenantId);
}

export const orderLoader = (context: OrdersContext) =>
  context.loaders.get<string, OrderRow | null>('order', async (ids) => {
    const rows = await dbOf(context).run((sql) => loadOrders(sql, ids));
    return byKeys(ids, rows, (row) => row.id);
  });

export const orderLinesLoader = (context: OrdersContext) =>
  context.loaders.get<string, OrderLineRow[]>('orderLines', async (ids) => {
    const rows = await dbOf(context).run((sql) => loadOrderLines(sql, ids));
    return groupedByKeys(ids, rows, (row) => row.orderId);
  });

export const transitionsLoader = (context: OrdersContext) =>
  context.loaders.get<string, TransitionRow[]>('orderTransitions', async (ids) => {
    const rows = await dbOf(context).run((sql) => loadTransitions(sql, ids));
    return groupedByKeys(ids, rows, (row) => row.orderId);
  });

/** Every hold of each order, oldest first (one statement per request for a page of orders). */
export const holdsLoader = (context: OrdersContext) =>
  context.loaders.get<string, HoldRow[]>('orderHolds', async (ids) => {
    const rows = await dbOf(context).run((sql) => loadHolds(sql, ids));
    return groupedByKeys(ids, rows, (row) => row.orderId);
  });

export const cartLinesLoader = (context: OrdersContext) =>
  context.loaders.get<string, CartLineRow[]>('cartLines', async (ids) => {
    const rows = await dbOf(context).run((sql) => loadCartLines(sql, ids));
    return groupedByKeys(ids, rows, (row) => row.cartId);
  });

export const customerLoader = (context: OrdersContext) =>
  context.loaders.get<string, CustomerRow | null>('customer', async (ids) => {
    const { rows } = await dbOf(context).run((sql) =>
      sql.query<CustomerRow>(`select ${CUSTOMER_COLUMNS} from orders.customers where id = any($1::uuid[])`, [ids]),
    );
    return byKeys(ids, rows, (row) => row.id);
  });

export const addressesLoader = (context: OrdersContext) =>
  context.loaders.get<string, AddressRow[]>('addresses', async (ids) => {
    const { rows } = await dbOf(context).run((sql) =>
      sql.query<AddressRow>(
        `select ${ADDRESS_COLUMNS} from orders.addresses where customer_id = any($1::uuid[]) order by created_at`,
        [ids],
      ),
    );
    return groupedByKeys(ids, rows, (row) => row.customerId);
  });

export interface CompanyRow {
  id: string;
  name: string;
  customerGroup: string;
  version: number;
  createdAt: Date;
}
export const COMPANY_COLUMNS = `id, name, customer_group as "customerGroup", version, created_at as "createdAt"`;

export const companyLoader = (context: OrdersContext) =>
  context.loaders.get<string, CompanyRow | null>('company', async (ids) => {
    const { rows } = await dbOf(context).run((sql) =>
      sql.query<CompanyRow>(`select ${COMPANY_COLUMNS} from orders.companies where id = any($1::uuid[])`, [ids]),
    );
    return byKeys(ids, rows, (row) => row.id);
  });

export const buyersLoader = (context: OrdersContext) =>
  context.loaders.get<string, CustomerRow[]>('buyers', async (ids) => {
    const { rows } = await dbOf(context).run((sql) =>
      sql.query<CustomerRow>(`select ${CUSTOMER_COLUMNS} from orders.customers where company_id = any($1::uuid[])`, [
        ids,
      ]),
    );
    return groupedByKeys(ids, rows, (row) => row.companyId ?? '');
  });
