// The worker's cross-tenant look-ups and the scheduler's ticks. The look-ups call the migrations'
// SECURITY DEFINER functions on every database of the placement map (only ids leave them; the work
// itself runs in the tenant's unit of work).
import { queryEveryDatabase } from '@ucos/kit';
import type pg from 'pg';
import { orm, type Sql } from '../db.ts';

/** Runs with work due, in every tenant: a free lease on a running run, a waiting step whose time came. */
export async function runsDue(pool: pg.Pool, batch: number): Promise<{ tenant_id: string; run_id: string }[]> {
  // a set-returning SECURITY DEFINER function across tenants, outside any unit of work
  return queryEveryDatabase<{ tenant_id: string; run_id: string }>(pool, 'select * from workflows.runs_due($1)', [
    batch,
  ]);
}

/** The enabled scheduled definitions of every tenant, at their latest version. */
export async function scheduledDefinitions(
  pool: pg.Pool,
): Promise<{ tenant_id: string; definition_id: string; version: number }[]> {
  // a set-returning SECURITY DEFINER function across tenants, outside any unit of work
  return queryEveryDatabase<{ tenant_id: string; definition_id: string; version: number }>(
    pool,
    'select * from workflows.scheduled_definitions()',
  );
}

/** Takes the tick (definition, scheduled time) for this replica; false when another one took it first. */
export async function takeScheduleTick(
  sql: Sql,
  tenantId: string,
  definitionId: string,
  scheduledAt: Date,
): Promise<boolean> {
  const { count } = await orm(sql, (db) =>
    db.scheduleTick.createMany({ data: [{ tenantId, definitionId, scheduledAt }], skipDuplicates: true }),
  );
  return count > 0;
}

/** Records the run a tick started. */
export async function recordScheduleTickRun(
  sql: Sql,
  definitionId: string,
  scheduledAt: Date,
  runId: string,
): Promise<void> {
  await orm(sql, (db) => db.scheduleTick.updateMany({ where: { definitionId, scheduledAt }, data: { runId } }));
}
