import { createHash } from 'node:crypto';
import type { UnitOfWorkTx } from '@ucos/kit';
import type { Sql } from '../db.ts';
import type { ProcurementEvents } from '../events/out/procurement-events.ts';
import { type ProcurementResult, procurementFail } from './errors.ts';

const hashOf = (operation: string, input: unknown) =>
  createHash('sha256').update(operation).update('\u0000').update(JSON.stringify(input)).digest('hex');

/**
 * Runs a mutation at most once per (tenant, key), inside the caller's transaction: the key row is
 * inserted first, so a concurrent request with the same key waits on it and then finds the stored
 * result. Only successes are stored (a failure rolls the key back with everything else, so the caller
 * may retry with the same key). The same key with another operation or input is refused. `input` is
 * the normalised input without the key. With no key the mutation just runs.
 */
export async function onceForKey<T>(
  sql: Sql,
  tx: UnitOfWorkTx<ProcurementEvents, string>,
  key: string | null | undefined,
  operation: string,
  input: unknown,
  run: () => Promise<ProcurementResult<T>>,
): Promise<ProcurementResult<T>> {
  if (!key) return run();
  const requestHash = hashOf(operation, input);
  const claimed = await sql.query(
    `insert into procurement.idempotency_keys (tenant_id, key, operation, request_hash) values ($1, $2, $3, $4)
     on conflict (tenant_id, key) do nothing returning key`,
    [tx.tenantId, key, operation, requestHash],
  );
  if (claimed.rowCount === 1) {
    const result = await run();
    if (result.ok) {
      await sql.query('update procurement.idempotency_keys set response = $2::jsonb where key = $1', [
        key,
        JSON.stringify(result.value ?? null),
      ]);
    }
    return result;
  }
  const { rows } = await sql.query<{ operation: string; request_hash: string; response: T }>(
    'select operation, request_hash, response from procurement.idempotency_keys where key = $1',
    [key],
  );
  const first = rows[0];
  if (!first || first.operation !== operation || first.request_hash !== requestHash) {
    return procurementFail('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was used for a different request', [
      'input',
      'idempotencyKey',
    ]);
  }
  return { ok: true, value: first.response };
}
