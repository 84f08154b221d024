import type { Sql, TenantDb } from '../db.ts';
import type { TransitionRow } from './rows.ts';

/** One event from the outbox, as the audit view shows it. */
export interface EventRow {
  eventId: string;
  type: string;
  version: number;
  occurredAt: Date;
  publishedAt: Date | null;
  payload: unknown;
}

/** A shipment's or return's events from the outbox (the tenant's rows only), oldest first, at most 500. */
export async function aggregateEvents(db: TenantDb, aggregateId: string): Promise<EventRow[]> {
  const { rows } = await db.run((sql) =>
    sql.query<EventRow>(
      `select event_id as "eventId", type, version, created_at as "occurredAt", published_at as "publishedAt", payload
         from fulfillment.outbox where aggregate_id = $1 order by id limit 500`,
      [aggregateId],
    ),
  );
  return rows;
}

/** The transitions of these shipments and returns, oldest first. */
export async function transitionsOf(sql: Sql, aggregateIds: readonly string[]): Promise<TransitionRow[]> {
  const { rows } = await sql.query<TransitionRow>(
    `select aggregate_id as "aggregateId", from_state as "fromState", to_state as "toState", actor_kind as "actorKind",
            actor_id as "actorId", occurred_at as "occurredAt"
       from fulfillment.transitions where aggregate_id = any($1::uuid[]) order by id`,
    [aggregateIds],
  );
  return rows;
}
