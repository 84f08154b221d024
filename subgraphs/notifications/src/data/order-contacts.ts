import { orm, type Sql } from '../db.ts';
import type { OrderContact } from './rows.ts';

export type { OrderContact } from './rows.ts';

export async function saveOrderContact(sql: Sql, tenantId: string, contact: OrderContact): Promise<void> {
  // the first announcement of an order is kept: a redelivered one adds nothing
  await orm(sql, (db) =>
    db.orderContact.createMany({
      data: [
        {
          tenantId,
          orderId: contact.orderId,
          number: contact.number,
          displayNumber: contact.displayNumber,
          email: contact.email.trim().toLowerCase(),
          locale: contact.locale,
          currency: contact.currency,
        },
      ],
      skipDuplicates: true,
    }),
  );
}

export const orderContact = (sql: Sql, orderId: string): Promise<OrderContact | null> =>
  orm(sql, (db) =>
    db.orderContact.findFirst({
      where: { orderId },
      select: { orderId: true, number: true, displayNumber: true, email: true, locale: true, currency: true },
    }),
  );
