import { type EventEnvelope, ok, type PgUnitOfWork, queryEveryDatabase } from '@ucos/kit';
import type pg from 'pg';
import { one, orm } from '../db.ts';
import type { WebhooksEvents } from '../events/out/webhooks-events.ts';
import type { SendOutcome } from '../ports/http-sender.ts';

/**
 * The dispatcher's database work. Claiming crosses tenants through `claim_due_deliveries` (SECURITY
 * DEFINER, FOR UPDATE SKIP LOCKED plus a lease, so two replicas never send the same delivery at
 * once); reading a claimed delivery and recording its attempt run in the delivery's tenant's unit of work.
 */
export async function claimDue(
  pool: pg.Pool,
  batch: number,
  leaseMs: number,
): Promise<{ tenantId: string; id: string }[]> {
  // a SECURITY DEFINER function across tenants (FOR UPDATE SKIP LOCKED and a lease) on every database, outside any unit of work
  const rows = await queryEveryDatabase<{ tenant_id: string; id: string }>(
    pool,
    'select tenant_id, id from webhooks.claim_due_deliveries($1, $2)',
    [batch, leaseMs],
  );
  return rows.map((row) => ({ tenantId: row.tenant_id, id: row.id }));
}

/** When the next pending delivery of an enabled endpoint is due, or null. */
export async function nextDue(pool: pg.Pool): Promise<Date | null> {
  const rows = await queryEveryDatabase<{ due: Date | null }>(pool, 'select webhooks.next_delivery_due() as due');
  const due = rows.flatMap((row) => (row.due ? [row.due.getTime()] : []));
  return due.length > 0 ? new Date(Math.min(...due)) : null;
}

export interface ClaimedDelivery {
  id: string;
  endpointId: string;
  url: string;
  envelope: EventEnvelope;
  /** sealed signing secrets that are live now */
  secrets: string[];
}

export const loadClaimed = (db: PgUnitOfWork<WebhooksEvents, string>, id: string): Promise<ClaimedDelivery | null> =>
  db.run(async (sql) => {
    // a join of the delivery and its endpoint, and the secrets live by the database's clock
    const row = await one<Omit<ClaimedDelivery, 'secrets'>>(
      sql,
      `select d.id, d.endpoint_id as "endpointId", e.url, d.envelope
         from webhooks.deliveries d join webhooks.endpoints e on e.tenant_id = d.tenant_id and e.id = d.endpoint_id
        where d.id = $1 and d.status = 'pending' and e.enabled`,
      [id],
    );
    if (!row) return null;
    const { rows } = await sql.query<{ ciphertext: string }>(
      `select ciphertext from webhooks.endpoint_secrets
        where endpoint_id = $1 and (expires_at is null or expires_at > now()) order by created_at desc`,
      [row.endpointId],
    );
    return { ...row, secrets: rows.map((secret) => secret.ciphertext) };
  });

export interface AttemptPolicy {
  /** the wait before each retry; past the last one the delivery has failed */
  retryScheduleMs: readonly number[];
  /** consecutive failed attempts that disable the endpoint */
  disableAfterFailures: number;
  /** multiplies each wait by 1 ± jitter/2 */
  jitter?: number;
}

export const succeeded = (outcome: SendOutcome) =>
  outcome.status !== null && outcome.status >= 200 && outcome.status < 300;

export function retryDelay(policy: AttemptPolicy, failures: number, random = Math.random): number | null {
  const base = policy.retryScheduleMs[failures - 1];
  if (base === undefined) return null;
  const jitter = policy.jitter ?? 0.2;
  return Math.max(0, Math.round(base * (1 - jitter / 2 + random() * jitter)));
}

/**
 * Records one attempt: success marks the delivery succeeded and clears the endpoint's failure count;
 * a failure schedules the next try (or fails the delivery after the last), counts against the
 * endpoint and disables it at the threshold, publishing `webhooks.endpoint.disabled`.
 */
export interface AttemptRecorded {
  status: 'succeeded' | 'pending' | 'failed';
  disabled: boolean;
}

export const recordAttempt = (
  db: PgUnitOfWork<WebhooksEvents, string>,
  delivery: { id: string; endpointId: string },
  outcome: SendOutcome,
  policy: AttemptPolicy,
): Promise<AttemptRecorded> =>
  db
    .tx<AttemptRecorded, never>(async (sql, tx) => {
      // the attempt's counters move in the database (`attempts + 1`), stamped with its clock, the
      // next try due by the clock the dispatcher's claims compare with
      const common = [delivery.id, outcome.status, outcome.latencyMs, outcome.body, outcome.error];
      const set = `attempts = attempts + 1, last_attempt_at = now(), response_status = $2, latency_ms = $3,
                   response_body = $4, error = $5, lease_until = null, updated_at = now()`;
      if (succeeded(outcome)) {
        await sql.query(`update webhooks.deliveries set ${set}, status = 'succeeded' where id = $1`, common);
        await orm(sql, (prisma) =>
          prisma.endpoint.updateMany({
            where: { id: delivery.endpointId, consecutiveFailures: { not: 0 } },
            data: { consecutiveFailures: 0 },
          }),
        );
        return ok({ status: 'succeeded', disabled: false });
      }
      // a row lock (for update): the failure count this attempt adds to
      const current = await one<{ failures: number }>(
        sql,
        `select failures from webhooks.deliveries where id = $1 for update`,
        [delivery.id],
      );
      const failures = (current?.failures ?? 0) + 1;
      const delay = retryDelay(policy, failures);
      await sql.query(
        `update webhooks.deliveries set ${set}, failures = $6,
                status = case when $7::integer is null then 'failed' else 'pending' end,
                next_attempt_at = case when $7::integer is null then next_attempt_at else now() + make_interval(secs => $7::integer / 1000.0) end
          where id = $1`,
        [...common, failures, delay],
      );
      // an increment that answers the new count (null: the endpoint was deleted meanwhile)
      const endpoint = await one<{ url: string; consecutiveFailures: number; enabled: boolean }>(
        sql,
        `update webhooks.endpoints set consecutive_failures = consecutive_failures + 1 where id = $1
         returning url, consecutive_failures as "consecutiveFailures", enabled`,
        [delivery.endpointId],
      );
      let disabled = false;
      if (endpoint?.enabled && endpoint.consecutiveFailures >= policy.disableAfterFailures) {
        const reason = `${endpoint.consecutiveFailures} consecutive failed attempts (last: ${outcome.error ?? `HTTP ${outcome.status}`})`;
        await orm(sql, (prisma) =>
          prisma.endpoint.updateMany({
            where: { id: delivery.endpointId },
            data: { enabled: false, disabledReason: reason.slice(0, 1000), updatedAt: new Date() },
          }),
        );
        await tx.emit('webhooks.endpoint.disabled', delivery.endpointId, {
          endpointId: delivery.endpointId,
          url: endpoint.url,
          reason,
          failures: endpoint.consecutiveFailures,
        });
        disabled = true;
      }
      return ok({ status: delay === null ? 'failed' : 'pending', disabled });
    })
    .then((result) => {
      if (!result.ok) throw new Error('recording a webhook attempt failed');
      return result.value;
    });
