import type pg from 'pg';

/** One event from a domain's outbox, as an audit view shows it. */
export interface OutboxEventRow {
  eventId: string;
  type: string;
  version: number;
  occurredAt: Date;
  publishedAt: Date | null;
  payload: unknown;
}

export interface OutboxHistoryQuery {
  /** the domain's schema, whose outbox is read */
  schema: string;
  aggregateId: string;
  /** only the events of this aggregate type (ids of two aggregates' types may not be told apart otherwise) */
  aggregateType?: string;
}

/**
 * An aggregate's events from the domain's outbox, oldest first, at most 500: run inside the unit of
 * work (`db.run((sql) => outboxHistory(sql, …))`), so RLS leaves the tenant's rows only.
 */
export async function outboxHistory(sql: pg.PoolClient, query: OutboxHistoryQuery): Promise<OutboxEventRow[]> {
  const { rows } = await sql.query<OutboxEventRow>(
    `select event_id as "eventId", type, version, created_at as "occurredAt", published_at as "publishedAt", payload
       from ${query.schema}.outbox where aggregate_id = $1 and ($2::text is null or aggregate_type = $2)
      order by id limit 500`,
    [query.aggregateId, query.aggregateType ?? null],
  );
  return rows;
}
