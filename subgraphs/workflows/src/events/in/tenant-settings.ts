import { type EventEnvelope, rules } from '@ucos/kit';
import { recordTenantTimeZone } from '../../data/tenant-time-zones.ts';
import type { Sql } from '../../db.ts';

export const TENANT_SETTINGS_CHANGED = 'identity.tenant.settings_changed';

/**
 * Keeps the time zone identity announces for the event's tenant (its scheduled triggers fire in it).
 * A zone this runtime does not know is ignored rather than kept: schedules stay on the last good one.
 */
export async function recordTenantSettings(envelope: EventEnvelope, sql: Sql): Promise<void> {
  if (envelope.type !== TENANT_SETTINGS_CHANGED) return;
  const announced = (envelope.payload as { timeZone?: unknown } | null)?.timeZone;
  const timeZone = typeof announced === 'string' ? rules.canonicalTimeZone(announced) : undefined;
  if (!timeZone) return;
  await recordTenantTimeZone(sql, envelope.tenantId, timeZone, envelope.occurredAt);
}
