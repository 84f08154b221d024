import { createHash } from 'node:crypto';
import type pg from 'pg';
import { fail, type PayloadError, payloadError, type Result } from '../errors.ts';
import { qualified } from '../events/schema-name.ts';

/** The payload error code of a key reused for another request; clients depend on it. */
export const IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED';
export type IdempotencyKeyReused = typeof IDEMPOTENCY_KEY_REUSED;

/** One idempotent mutation: where its record lives, the client's key, and what it asks for. */
export interface IdempotentRequest {
  /** the domain's Postgres schema, whose `idempotency_records` (kit migration 0011) holds the key */
  schema: string;
  /** the client's key; none (null, undefined, '') runs the mutation without a record */
  key: string | null | undefined;
  /** the mutation's name: a key used for one mutation is refused for another */
  operation: string;
  /** the normalised input without the key, so equal requests hash equally */
  input: unknown;
}

/**
 * The request's fingerprint: the operation and its input as JSON. Unchanged from the domains' former
 * copies, so records moved from their tables still match a retry.
 */
export const idempotencyRequestHash = (operation: string, input: unknown): string =>
  createHash('sha256').update(operation).update('\u0000').update(JSON.stringify(input)).digest('hex');

export const idempotencyKeyReused = (): PayloadError<IdempotencyKeyReused> =>
  payloadError(IDEMPOTENCY_KEY_REUSED, 'This idempotency key was used for a different request', [
    'input',
    'idempotencyKey',
  ]);

/** What `onceForKey` needs of the open unit of work beside its `sql`: its tenant (`UnitOfWorkTx`). */
export interface IdempotencyTx {
  readonly tenantId: string | null;
}

/**
 * Runs `run` at most once per (tenant, key), inside the caller's unit of work (`sql` is its
 * transaction, `tx` tells its tenant). The record is claimed first (`insert … on conflict do nothing`):
 * a concurrent request with the same key waits on the claim until the first commits, then finds the
 * stored result, or, if the first rolled back, claims the key itself. Only successes are stored: a
 * failed result rolls the claim back with everything else, so the client may retry with the same key.
 * The same key with another operation or input is refused with `IDEMPOTENCY_KEY_REUSED`. A replay
 * returns the first result as JSON read back (a `Date` comes back as its ISO string).
 */
export async function onceForKey<T, Code extends string>(
  sql: pg.ClientBase,
  tx: IdempotencyTx,
  request: IdempotentRequest,
  run: () => Promise<Result<T, Code>>,
): Promise<Result<T, Code | IdempotencyKeyReused>> {
  const { key, operation } = request;
  if (!key) return run();
  if (tx.tenantId === null)
    throw new Error(`${operation}: an idempotency key belongs to a tenant, and this unit of work has none`);
  const records = qualified(request.schema, 'idempotency_records');
  const requestHash = idempotencyRequestHash(operation, request.input);
  const claimed = await sql.query(
    `insert into ${records} (tenant_id, key, operation, request_hash) values ($1, $2, $3, $4)
     on conflict (tenant_id, key) do nothing`,
    [tx.tenantId, key, operation, requestHash],
  );
  if (claimed.rowCount === 1) {
    const result = await run();
    if (result.ok) {
      await sql.query(`update ${records} set response = $3::jsonb where tenant_id = $1 and key = $2`, [
        tx.tenantId,
        key,
        JSON.stringify(result.value ?? null),
      ]);
    }
    return result;
  }
  const { rows } = await sql.query<{ operation: string; request_hash: string; response: T }>(
    `select operation, request_hash, response from ${records} where tenant_id = $1 and key = $2`,
    [tx.tenantId, key],
  );
  const first = rows[0];
  if (!first || first.operation !== operation || first.request_hash !== requestHash) {
    return fail(idempotencyKeyReused());
  }
  return { ok: true, value: first.response };
}
