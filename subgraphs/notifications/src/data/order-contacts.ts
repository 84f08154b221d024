import { one, type Sql } from '../db.ts';

/** What later events about an order need: who placed it, its number, locale and currency. */
export interface OrderContact {
  orderId: string;
  number: number;
  email: string;
  locale: string;
  currency: string;
}

export async function saveOrderContact(sql: Sql, tenantId: string, contact: OrderContact): Promise<void> {
  await sql.query(
    `insert into notifications.order_contacts (tenant_id, order_id, number, email, locale, currency)
     values ($1, $2, $3, $4, $5, $6) on conflict (tenant_id, order_id) do nothing`,
    [tenantId, contact.orderId, contact.number, contact.email.trim().toLowerCase(), contact.locale, contact.currency],
  );
}

export const orderContact = (sql: Sql, orderId: string): Promise<OrderContact | null> =>
  one<OrderContact>(
    sql,
    `select order_id as "orderId", number, email, locale, currency from notifications.order_contacts where order_id = $1`,
    [orderId],
  );
