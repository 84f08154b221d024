import {
  type Connection,
  type CURSOR_KEYS,
  type EventEnvelope,
  type Keyed,
  type KeysetCondition,
  keysetPage,
  ok,
  type Page,
  type Sql,
} from '@ucos/kit';
import { one, type TenantDb } from '../db.ts';
import { type WebhooksResult, webhooksFail } from './errors.ts';
import { TEST_PING } from './event-types.ts';
import type { DeliveryRow, DeliveryStatus } from './rows.ts';

export type { DeliveryRow, DeliveryStatus } from './rows.ts';

export const DELIVERY_COLUMNS = `id, endpoint_id as "endpointId", event_id as "eventId", event_type as "eventType", envelope,
  status, attempts, failures, case when status = 'pending' then next_attempt_at end as "nextAttemptAt",
  last_attempt_at as "lastAttemptAt", response_status as "responseStatus", latency_ms as "latencyMs",
  response_body as "responseBody", error, created_at as "createdAt"`;

export interface DeliveryFilter {
  statuses: readonly DeliveryStatus[] | null;
}

/** One endpoint's delivery log, newest first. */
export function listDeliveries(
  db: TenantDb,
  endpointId: string,
  filter: DeliveryFilter,
  page: Page<typeof CURSOR_KEYS.instant>,
): Promise<Connection<Keyed<DeliveryRow>>> {
  const conditions: (KeysetCondition | null)[] = [
    ['endpoint_id = ?::uuid', endpointId],
    filter.statuses ? ['status = any(?::text[])', filter.statuses] : null,
  ];
  return db.run((sql) =>
    keysetPage<DeliveryRow>(sql, {
      table: 'webhooks.deliveries',
      columns: DELIVERY_COLUMNS,
      conditions,
      page,
    }),
  );
}

export const deliveryById = (db: TenantDb, id: string): Promise<DeliveryRow | null> =>
  db.run((sql) => one<DeliveryRow>(sql, `select ${DELIVERY_COLUMNS} from webhooks.deliveries where id = $1`, [id]));

/** Sends a delivery again now, with a fresh retry schedule (the attempt count keeps counting). */
export const redeliver = (db: TenantDb, id: string): Promise<WebhooksResult<DeliveryRow>> =>
  db.tx(async (sql) => {
    // a row lock (for update) against the dispatcher recording an attempt meanwhile
    const row = await one<{ status: DeliveryStatus }>(
      sql,
      `select status from webhooks.deliveries where id = $1 for update`,
      [id],
    );
    if (!row) return webhooksFail('NOT_FOUND', 'No such delivery', ['input', 'deliveryId']);
    if (row.status === 'pending')
      return webhooksFail('DELIVERY_PENDING', 'The delivery is still being sent', ['input', 'deliveryId']);
    // back on the queue, due by the database's clock the dispatcher's claims compare with
    await sql.query(
      `update webhooks.deliveries set status = 'pending', failures = 0, next_attempt_at = now(), lease_until = null,
              updated_at = now() where id = $1`,
      [id],
    );
    return ok(
      (await one<DeliveryRow>(sql, `select ${DELIVERY_COLUMNS} from webhooks.deliveries where id = $1`, [
        id,
      ])) as DeliveryRow,
    );
  });

/**
 * The fan-out of one event, inside the consumer's unit of work and in one statement (it runs for
 * every event of the platform): one delivery per enabled endpoint whose filters match — an exact
 * type, or a prefix wildcard as `matchesFilter` — and a ping only to the endpoint it names;
 * idempotent on (endpoint, event). Returns how many it recorded.
 */
export async function recordDeliveries(sql: Sql, tenantId: string, envelope: EventEnvelope): Promise<number> {
  let pingTarget: string | null = null;
  if (envelope.type === TEST_PING) {
    pingTarget = String((envelope.payload as { endpointId?: unknown } | null)?.endpointId ?? '');
    if (!UUID.test(pingTarget)) return 0;
  }
  // an insert from a select over the matching endpoints: one statement for every event of the platform
  const inserted = await sql.query(
    `insert into webhooks.deliveries (tenant_id, endpoint_id, event_id, event_type, aggregate_key, envelope)
     select $1, e.id, $2, $3, $4, $5 from webhooks.endpoints e
      where e.enabled
        and case when $6::uuid is not null then e.id = $6::uuid
                 else exists (select 1 from unnest(e.event_types) f
                               where f = $3 or (f like '%*' and starts_with($3, left(f, -1)))) end
     on conflict (tenant_id, endpoint_id, event_id) do nothing`,
    [
      tenantId,
      envelope.id,
      envelope.type,
      `${envelope.aggregateType}:${envelope.aggregateId}`,
      JSON.stringify(envelope),
      pingTarget,
    ],
  );
  return inserted.rowCount ?? 0;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
