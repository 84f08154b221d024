import {
  type FailurePolicy,
  HOOK_POINTS,
  type HookPoint,
  type PluginOutcome,
  type PluginRun,
  runPlugin,
  type ValidatorVerdict,
} from '@ucos/plugin-sdk';
import type { Logger } from './logger.ts';
import { pluginMetrics } from './plugin-metrics.ts';

export { type PluginMetrics, pluginMetrics } from './plugin-metrics.ts';

export interface PluginInvocation {
  /** who the plugin is, for the log (never for metric labels) */
  plugin: { id?: string; name: string; version: string };
  tenantId?: string;
  logger: Logger;
}

/**
 * The one way a domain runs a plugin hook: `runPlugin` in the sandbox, counted and timed in
 * metrics, a failure logged with the plugin, hook and tenant, and the plugin's own console lines
 * logged at debug (the plugins domain keeps them for the admin). Never throws for the plugin's
 * misbehaviour; the caller applies the hook's failure policy (see `verdictUnderPolicy`).
 */
export async function invokePlugin<H extends HookPoint>(
  run: PluginRun<H>,
  invocation: PluginInvocation,
): Promise<PluginOutcome<H>> {
  const outcome = await runPlugin(run);
  const { invocations, duration } = pluginMetrics();
  const hook = (HOOK_POINTS as readonly string[]).includes(run.hook) ? run.hook : 'other';
  invocations.inc({ hook, outcome: outcome.ok ? 'ok' : outcome.failure });
  duration.observe({ hook }, outcome.durationMs / 1000);
  const log = invocation.logger.child({
    plugin: invocation.plugin.name,
    pluginVersion: invocation.plugin.version,
    ...(invocation.plugin.id ? { pluginId: invocation.plugin.id } : {}),
    ...(invocation.tenantId ? { tenantId: invocation.tenantId } : {}),
    hook: run.hook,
  });
  for (const line of outcome.logs) log.debug({ pluginLevel: line.level, at: line.at }, line.message);
  if (outcome.ok) log.debug({ durationMs: outcome.durationMs }, 'plugin ran');
  else {
    log.warn({ failure: outcome.failure, durationMs: outcome.durationMs }, `plugin failed: ${outcome.message}`);
  }
  return outcome;
}

/** What shoppers and staff see when a validator that must answer could not. */
export const PLUGIN_UNAVAILABLE_MESSAGE = 'This cannot be checked right now. Please try again in a moment.';

/**
 * A validator's outcome under its hook's failure policy: its verdict when it answered; when it
 * failed, `allow` lets the operation through (fail open) and `refuse` stops it (fail closed).
 */
export function verdictUnderPolicy(
  outcome: PluginOutcome<HookPoint>,
  policy: FailurePolicy,
): { verdict: ValidatorVerdict; failed: boolean } {
  if (outcome.ok) return { verdict: outcome.output as ValidatorVerdict, failed: false };
  return {
    verdict: policy === 'allow' ? { allow: true } : { allow: false, message: PLUGIN_UNAVAILABLE_MESSAGE },
    failed: true,
  };
}
