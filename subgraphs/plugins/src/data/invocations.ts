import { ok } from '@ucos/kit';
import { one, type TenantDb } from '../db.ts';
import type { PluginsDeps } from '../deps.ts';
import type { PluginsResult } from './errors.ts';
import type { InvocationLogLine, InvocationOutcome, InvocationRow, InvocationStatsRow } from './rows.ts';

export type { InvocationRow, InvocationStatsRow } from './rows.ts';

export interface InvocationReport {
  installationId: string;
  version: string;
  hook: string;
  outcome: InvocationOutcome;
  failure: string | null;
  message: string | null;
  durationMs: number;
  logs: InvocationLogLine[];
  at: Date;
}

export const MAX_LOG_LINES = 50;
const MAX_MESSAGE = 2_000;

const INVOCATION_COLUMNS = `id, installation_id as "installationId", version, hook, outcome, failure, message,
  duration_ms as "durationMs", logs, at`;

export const recentInvocations = (db: TenantDb, installationId: string, limit: number, failuresOnly = false) =>
  db.run(
    async (sql) =>
      (
        await sql.query<InvocationRow>(
          `select ${INVOCATION_COLUMNS} from plugins.invocations where installation_id = $1
             ${failuresOnly ? `and outcome = 'failed'` : ''}
           order by at desc, id limit $2`,
          [installationId, limit],
        )
      ).rows,
  );

export const statsOf = (db: TenantDb, installationId: string) =>
  db.run(
    async (sql) =>
      (
        await sql.query<InvocationStatsRow>(
          `select hook, calls::float8 as calls, failures::float8 as failures, refusals::float8 as refusals,
                  total_ms as "totalMs", max_ms as "maxMs"
             from plugins.invocation_stats where installation_id = $1 order by hook`,
          [installationId],
        )
      ).rows,
  );

const clip = (text: string | null) => (text && text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE)}…` : text);

/**
 * What the hook runners report, in batches, after the fact: the log (trimmed to the newest
 * `logRetention` per installation), the counters, and the failure streak. A streak of
 * `disableAfterFailures` failed calls of the version it runs disables the installation and emits
 * `plugins.installation.disabled`. Reports for an installation that is gone are dropped.
 */
export function recordInvocations(
  deps: Pick<PluginsDeps, 'disableAfterFailures' | 'logRetention'>,
  db: TenantDb,
  reports: InvocationReport[],
): Promise<PluginsResult<{ recorded: number; disabled: string[] }>> {
  return db.tx(async (sql, tx) => {
    const byInstallation = new Map<string, InvocationReport[]>();
    for (const report of reports) {
      byInstallation.set(report.installationId, [...(byInstallation.get(report.installationId) ?? []), report]);
    }
    let recorded = 0;
    const disabled: string[] = [];
    for (const [installationId, batch] of byInstallation) {
      // a row lock: two replicas reporting at once count the streak one after the other
      const installation = await one<{
        enabled: boolean;
        failures: number;
        version: string;
        name: string;
        pluginId: string;
      }>(
        sql,
        `select i.enabled, i.consecutive_failures as failures, v.version, p.name, p.id as "pluginId"
           from plugins.installations i
           join plugins.plugin_versions v on v.tenant_id = i.tenant_id and v.id = i.version_id
           join plugins.plugins p on p.tenant_id = i.tenant_id and p.id = i.plugin_id
          where i.id = $1 for update of i`,
        [installationId],
      );
      if (!installation) continue;
      batch.sort((a, b) => a.at.getTime() - b.at.getTime());
      // bulk insert with unnest: one statement per installation, whatever the batch size
      await sql.query(
        `insert into plugins.invocations (tenant_id, installation_id, version, hook, outcome, failure, message, duration_ms, logs, at)
         select $1, $2, * from unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::float8[], $9::jsonb[], $10::timestamptz[])`,
        [
          tx.tenantId,
          installationId,
          batch.map((r) => r.version),
          batch.map((r) => r.hook),
          batch.map((r) => r.outcome),
          batch.map((r) => r.failure),
          batch.map((r) => clip(r.message)),
          batch.map((r) => r.durationMs),
          batch.map((r) =>
            JSON.stringify(r.logs.slice(0, MAX_LOG_LINES).map((line) => ({ ...line, message: clip(line.message) }))),
          ),
          batch.map((r) => r.at),
        ],
      );
      // the log keeps the newest calls only
      await sql.query(
        `delete from plugins.invocations where installation_id = $1 and id not in (
           select id from plugins.invocations where installation_id = $1 order by at desc, id limit $2)`,
        [installationId, deps.logRetention],
      );
      const hooks = new Map<
        string,
        { calls: number; failures: number; refusals: number; totalMs: number; maxMs: number }
      >();
      for (const report of batch) {
        const stats = hooks.get(report.hook) ?? { calls: 0, failures: 0, refusals: 0, totalMs: 0, maxMs: 0 };
        stats.calls++;
        if (report.outcome === 'failed') stats.failures++;
        if (report.outcome === 'refused') stats.refusals++;
        stats.totalMs += report.durationMs;
        stats.maxMs = Math.max(stats.maxMs, report.durationMs);
        hooks.set(report.hook, stats);
      }
      for (const [hook, stats] of hooks) {
        // a conditional upsert of counters: Prisma cannot add to a column on conflict
        await sql.query(
          `insert into plugins.invocation_stats (tenant_id, installation_id, hook, calls, failures, refusals, total_ms, max_ms)
           values ($1, $2, $3, $4, $5, $6, $7, $8)
           on conflict (tenant_id, installation_id, hook) do update set
             calls = invocation_stats.calls + excluded.calls, failures = invocation_stats.failures + excluded.failures,
             refusals = invocation_stats.refusals + excluded.refusals, total_ms = invocation_stats.total_ms + excluded.total_ms,
             max_ms = greatest(invocation_stats.max_ms, excluded.max_ms)`,
          [tx.tenantId, installationId, hook, stats.calls, stats.failures, stats.refusals, stats.totalMs, stats.maxMs],
        );
      }
      recorded += batch.length;
      // the streak only counts calls of the version it runs now (an upgrade or rollback starts afresh)
      let streak = installation.failures;
      let lastFailure: InvocationReport | null = null;
      for (const report of batch) {
        if (report.version !== installation.version) continue;
        if (report.outcome === 'failed') {
          streak++;
          lastFailure = report;
        } else streak = 0;
      }
      const disable = installation.enabled && streak >= deps.disableAfterFailures;
      const reason = disable
        ? `Disabled after ${streak} failed calls in a row (last: ${lastFailure?.failure ?? 'error'}: ${clip(lastFailure?.message ?? '') ?? ''})`
        : null;
      await sql.query(
        `update plugins.installations set consecutive_failures = $2,
           enabled = enabled and not $3, disabled_reason = case when $3 then $4 else disabled_reason end,
           updated_at = case when $3 then now() else updated_at end
         where id = $1`,
        [installationId, streak, disable, reason],
      );
      if (disable) {
        disabled.push(installationId);
        await tx.emit('plugins.installation.disabled', installationId, {
          installationId,
          pluginId: installation.pluginId,
          pluginName: installation.name,
          version: installation.version,
          reason: reason as string,
          failures: streak,
        });
      }
    }
    return ok({ recorded, disabled });
  });
}
