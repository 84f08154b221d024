import type pg from 'pg';
import { withTenantClient } from '../db/pg-tenant.ts';
import type { DeliveryMeta, EventHandler } from './bus.ts';
import type { EventEnvelope, JsonValue } from './event.ts';
import { qualified } from './schema-name.ts';

export interface IdempotentHandlerOptions<Payload = JsonValue> {
  /** the application role's pool */
  pool: pg.Pool;
  /** the consuming subgraph's schema, where `processed_messages` lives */
  schema: string;
  /** the durable consumer name; the same event is applied once per consumer */
  consumer: string;
  /** runs in the event tenant's transaction; its writes commit together with the "processed" mark */
  handle(envelope: EventEnvelope<Payload>, client: pg.PoolClient, meta: DeliveryMeta): Promise<void>;
}

/**
 * Turns at-least-once delivery into exactly-once effects: the event is recorded in
 * `processed_messages` in the same transaction as the handler's writes. A redelivery finds the
 * record and does nothing; a concurrent duplicate waits on the record's key, then does nothing; a
 * failed handler rolls the record back with everything else, so the retry runs it again.
 */
export function idempotentHandler<Payload = JsonValue>(
  options: IdempotentHandlerOptions<Payload>,
): EventHandler<Payload> {
  const sql = `insert into ${qualified(options.schema, 'processed_messages')} (tenant_id, consumer, message_id)
    values ($1::uuid, $2, $3) on conflict do nothing`;
  return async (envelope, meta) => {
    await withTenantClient(options.pool, envelope.tenantId, async (client) => {
      const inserted = await client.query(sql, [envelope.tenantId, options.consumer, envelope.id]);
      if (inserted.rowCount === 0) return;
      await options.handle(envelope, client, meta);
    });
  };
}
