import { type EventEnvelope, normalizeEnvelope, subjectFor } from './event.ts';
import { qualified } from './schema-name.ts';

/** What a `pg.PoolClient` (or `pg.Client`) offers. */
export interface SqlClient {
  query(text: string, values?: unknown[]): Promise<unknown>;
}

/** What a Prisma interactive transaction (`tx`) offers. */
export interface RawSqlExecutor {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
}

/** The caller's open transaction, in either form; the event commits or rolls back with it. */
export type OutboxExecutor = SqlClient | RawSqlExecutor;

/**
 * Writes the event into `<schema>.outbox` inside the caller's transaction, which must have the
 * envelope's tenant set (RLS refuses a row for any other tenant). The relay publishes it after commit.
 */
export async function enqueueEvent(
  executor: OutboxExecutor,
  schema: string,
  envelope: EventEnvelope<unknown>,
): Promise<void> {
  const event = normalizeEnvelope(envelope);
  const sql = `insert into ${qualified(schema, 'outbox')}
    (tenant_id, event_id, subject, type, version, aggregate_type, aggregate_id, payload, created_at, traceparent,
     correlation_id, causation_id)
    values ($1::uuid, $2::uuid, $3, $4, $5::integer, $6, $7, $8::jsonb, $9::timestamptz, $10, $11, $12)`;
  const values = [
    event.tenantId,
    event.id,
    subjectFor(event.type),
    event.type,
    event.version,
    event.aggregateType,
    event.aggregateId,
    // stringified here: pg would send a top-level array as a Postgres array, not as JSON
    JSON.stringify(event.payload),
    // created_at holds occurredAt: the relay rebuilds the identical envelope from the row
    event.occurredAt,
    event.traceparent ?? null,
    event.correlationId ?? null,
    event.causationId ?? null,
  ];
  if ('$executeRawUnsafe' in executor) await executor.$executeRawUnsafe(sql, ...values);
  else await executor.query(sql, values);
}
