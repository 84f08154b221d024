import { type OutboxEventRow, outboxHistory } from '@ucos/kit';
import type { Sql, TenantDb } from '../db.ts';
import type { TransitionRow } from './rows.ts';

export type EventRow = OutboxEventRow;

/** A shipment's or return's events from the outbox (the tenant's rows only), oldest first, at most 500. */
export const aggregateEvents = (db: TenantDb, aggregateId: string): Promise<EventRow[]> =>
  db.run((sql) => outboxHistory(sql, { schema: 'fulfillment', aggregateId }));

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
