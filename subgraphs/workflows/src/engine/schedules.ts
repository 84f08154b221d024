import type { Logger } from '@ucos/kit';
import { CronExpressionParser } from 'cron-parser';
import type pg from 'pg';
import { definitionVersion } from '../data/definitions.ts';
import { recordScheduleTickRun, scheduledDefinitions, takeScheduleTick } from '../data/due-work.ts';
import { insertRun } from '../data/runs.ts';
import { tenantTimeZone } from '../data/tenant-time-zones.ts';
import type { TenantDb } from '../db.ts';
import { isScheduleTrigger } from '../definitions/model.ts';

/** The latest time `cron` fired at or before `now`, in `timezone` (default UTC); null for a bad expression. */
export function lastFire(cron: string, timezone: string | undefined, now: Date): Date | null {
  try {
    const expression = CronExpressionParser.parse(cron, {
      currentDate: new Date(now.getTime() + 1),
      tz: timezone ?? 'UTC',
    });
    return expression.prev().toDate();
  } catch {
    return null;
  }
}

/**
 * One scheduler tick: for every enabled scheduled definition (all tenants), the latest time its cron
 * fired (in the trigger's zone, else the tenant's), if within `windowMs`, starts one run: the
 * `schedule_ticks` row (definition, time) is taken by exactly one replica, and the run's dedupe key
 * repeats it.
 */
export async function scheduleTick(
  pool: pg.Pool,
  unitOfWork: (tenantId: string) => TenantDb,
  windowMs: number,
  started: (tenantId: string, runId: string) => void,
  log: Logger,
  now = new Date(),
): Promise<void> {
  for (const row of await scheduledDefinitions(pool)) {
    try {
      const db = unitOfWork(row.tenant_id);
      const runId = await db.run(async (sql) => {
        const definition = await definitionVersion(sql, row.definition_id, row.version);
        const trigger = definition?.document.trigger;
        if (!definition || !trigger || !isScheduleTrigger(trigger)) return null;
        const zone = trigger.schedule.timezone ?? (await tenantTimeZone(sql));
        const at = lastFire(trigger.schedule.cron, zone, now);
        if (!at || now.getTime() - at.getTime() > windowMs) return null;
        if (!(await takeScheduleTick(sql, row.tenant_id, row.definition_id, at))) return null;
        const run = await insertRun(sql, row.tenant_id, {
          definitionId: definition.id,
          version: definition.version,
          trigger: { kind: 'schedule', scheduledAt: at.toISOString() },
          requester: null,
          event: null,
          input: null,
          vars: definition.document.variables ?? {},
          dedupeKey: `schedule:${at.toISOString()}`,
        });
        if (run) await recordScheduleTickRun(sql, row.definition_id, at, run.id);
        return run?.id ?? null;
      });
      if (runId) started(row.tenant_id, runId);
    } catch (error) {
      log.error({ err: error, definitionId: row.definition_id }, 'a scheduled start failed');
    }
  }
}
