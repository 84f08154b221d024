import { type OutboxEventRow, outboxHistory } from '@ucos/kit';
import type { TenantDb } from '../db.ts';

export type EventRow = OutboxEventRow;

/** The order's events from the outbox (the tenant's rows only), oldest first, at most 500. */
export const orderEvents = (db: TenantDb, orderId: string): Promise<EventRow[]> =>
  db.run((sql) => outboxHistory(sql, { schema: 'orders', aggregateId: orderId, aggregateType: 'Order' }));
