import { orm, type Sql } from '../db.ts';

/** Records the tenant's time zone announced at `changedAt`, unless a newer announcement is already kept. */
export async function recordTenantTimeZone(
  sql: Sql,
  tenantId: string,
  timeZone: string,
  changedAt: string,
): Promise<void> {
  // a conditional upsert: an older announcement never overwrites a newer one
  await sql.query(
    `insert into workflows.tenant_time_zones (tenant_id, time_zone, changed_at) values ($1, $2, $3)
     on conflict (tenant_id) do update set time_zone = excluded.time_zone, changed_at = excluded.changed_at
     where tenant_time_zones.changed_at <= excluded.changed_at`,
    [tenantId, timeZone, changedAt],
  );
}

/** The zone the unit of work's tenant's schedules fire in when a trigger names none: its own, else UTC. */
export async function tenantTimeZone(sql: Sql): Promise<string> {
  const row = await orm(sql, (db) => db.tenantTimeZone.findFirst({ select: { timeZone: true } }));
  return row?.timeZone ?? 'UTC';
}
