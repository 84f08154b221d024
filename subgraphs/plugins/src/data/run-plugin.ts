import type { Logger } from '@ucos/kit';
import { invokePlugin } from '@ucos/kit/plugins';
import type { Capability, HookInputs, HookPoint, PluginHost, PluginOutcome } from '@ucos/plugin-sdk';
import type { TenantDb } from '../db.ts';
import type { PluginsDeps } from '../deps.ts';
import type { HookInstallationRow } from './hooks.ts';
import { recordInvocations } from './invocations.ts';
import { kvGet, kvSet } from './kv.ts';
import type { InvocationOutcome } from './rows.ts';

/**
 * The one way this domain runs an installation at a hook point (the worker's `event.action`, the
 * admin's `admin.action`): the kit's `invokePlugin` (sandbox, limits, metrics, logs) with the hook's
 * timeout and the installation's capabilities, `kv` served by this domain's store, `http` by
 * `fetch` when given (the sandbox grants it to `event.action` only); then `recordRun` puts the call
 * in the log and counters, so the failure streak disables a plugin whichever hook keeps failing.
 */
export function runInstallation<H extends HookPoint>(
  db: TenantDb,
  tenantId: string,
  logger: Logger,
  installation: HookInstallationRow,
  hook: H,
  input: HookInputs[H],
  fetch?: NonNullable<PluginHost['fetch']>,
): Promise<PluginOutcome<H>> {
  const host: PluginHost = {};
  if (installation.capabilities.includes('kv')) {
    host.kv = {
      get: (key) => kvGet(db, installation.installationId, key),
      async set(key, value) {
        const written = await kvSet(db, installation.installationId, key, value);
        if (!written.ok) throw new Error(written.errors[0]?.message ?? 'kv write refused');
      },
    };
  }
  if (fetch && installation.capabilities.includes('http')) host.fetch = fetch;
  return invokePlugin(
    {
      code: installation.code,
      hook,
      input,
      config: installation.config,
      capabilities: installation.capabilities as Capability[],
      allowedHosts: installation.allowedHosts,
      limits: { timeoutMs: installation.timeoutMs },
      host,
    },
    {
      plugin: { id: installation.installationId, name: installation.pluginName, version: installation.version },
      tenantId,
      logger,
    },
  );
}

/** One run in the log and counters at once (the hook runners of other domains report in batches). */
export async function recordRun<H extends HookPoint>(
  deps: Pick<PluginsDeps, 'disableAfterFailures' | 'logRetention'>,
  db: TenantDb,
  logger: Logger,
  installation: HookInstallationRow,
  hook: H,
  outcome: PluginOutcome<H>,
  answer: { outcome: InvocationOutcome; message: string | null },
): Promise<void> {
  const recorded = await recordInvocations(deps, db, [
    {
      installationId: installation.installationId,
      version: installation.version,
      hook,
      outcome: outcome.ok ? answer.outcome : 'failed',
      failure: outcome.ok ? null : outcome.failure,
      message: outcome.ok ? answer.message : outcome.message,
      durationMs: outcome.durationMs,
      logs: outcome.logs,
      at: new Date(),
    },
  ]);
  if (!recorded.ok) logger.warn({ hook, errors: recorded.errors }, 'plugin run not recorded');
}
