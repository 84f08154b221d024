import {
  PluginHookInstallations,
  type PluginInvocationInput,
  PluginInvocationsRecord,
  PluginKvGet,
  PluginKvSet,
} from '@ucos/internal-clients/plugins';
import {
  type Capability,
  type HookInputs,
  type HookPoint,
  type PluginHost,
  type PluginOutcome,
  type PluginRun,
  runPlugin,
  type ValidatorHook,
  type ValidatorVerdict,
} from '@ucos/plugin-sdk';
import { Counter, Histogram } from 'prom-client';
import type { EventBus, Subscription } from './events/bus.ts';
import type { InternalClient } from './internal-client.ts';
import type { Logger } from './logger.ts';

export type { ValidatorHook } from '@ucos/plugin-sdk';

import { pipelineMetrics } from './pipeline-metrics.ts';

/** What the domain does with a hook run: proceed, or refuse with the plugin's message and field. */
export type HookVerdict = { allow: true } | { allow: false; message: string; field: string | null; plugin: string };

interface CachedInstallation {
  installationId: string;
  pluginName: string;
  version: string;
  code: string;
  config: Record<string, unknown>;
  failurePolicy: 'refuse' | 'allow';
  timeoutMs: number;
  capabilities: Capability[];
  allowedHosts: string[];
}

export interface PluginHookRunnerOptions {
  /** the internal client of the plugins subgraph */
  plugins: InternalClient;
  /** the calling domain (the internal token's subject, the consumer name's prefix) */
  caller: string;
  logger: Logger;
  /** how long a tenant's installations of a hook are reused; the plugins events drop them sooner (default 5 s) */
  cacheTtlMs?: number;
  /** how often reports are sent (default 1 s) */
  flushEveryMs?: number;
  /** reports kept in memory at most; past it the oldest are dropped (default 10,000) */
  maxPending?: number;
  /** the sandbox (tests may count calls); default the SDK's `runPlugin` */
  run?: <H extends HookPoint>(run: PluginRun<H>) => Promise<PluginOutcome<H>>;
}

export interface PluginHookRunner {
  /**
   * Runs the tenant's enabled installations of a validator hook in order; the first refusal wins.
   * A plugin that fails (error, timeout, limits, bad output) refuses or allows as its manifest's
   * failure policy says. Never throws for a plugin's misbehaviour.
   */
  validate<H extends ValidatorHook>(tenantId: string, hook: H, input: HookInputs[H]): Promise<HookVerdict>;
  /** drops the cache on the plugins events (call once the bus is up) */
  subscribe(bus: EventBus): Promise<Subscription>;
  /** sends what is pending now (tests, shutdown) */
  flush(): Promise<void>;
  /** stops the flush timer and sends what is pending */
  close(): Promise<void>;
}

interface Metrics {
  calls: Counter<'hook' | 'outcome'>;
  duration: Histogram<'hook'>;
  dropped: Counter<'reason'>;
}

let metrics: Metrics | undefined;

/** Labels are hook points and outcomes from code, never plugin names (a tenant's free text). */
function pluginMetrics(): Metrics {
  if (metrics) return metrics;
  const { registry } = pipelineMetrics();
  metrics = {
    calls: new Counter({
      name: 'ucos_plugin_calls_total',
      help: 'Plugin calls by hook point and outcome (allowed, refused, or the failure kind)',
      labelNames: ['hook', 'outcome'],
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'ucos_plugin_call_duration_seconds',
      help: 'Time of one plugin call in the sandbox, by hook point',
      labelNames: ['hook'],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
      registers: [registry],
    }),
    dropped: new Counter({
      name: 'ucos_plugin_reports_dropped_total',
      help: 'Invocation reports not delivered to the plugins subgraph (overflow or a failed send)',
      labelNames: ['reason'],
      registers: [registry],
    }),
  };
  return metrics;
}

const MAX_MESSAGE = 2_000;
const clip = (text: string) => (text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE)}…` : text);

/**
 * Runs tenants' plugins at a domain's hook points (docs: subgraphs/kit/README.md, "Plugin hooks").
 * Installations come from the plugins subgraph and are cached per tenant and hook for `cacheTtlMs`;
 * the plugins events drop a tenant's entries at once on the replica that consumes them (a shared
 * durable consumer: other replicas follow within the TTL). What each call did is reported to the
 * plugins subgraph in batches, off the request path; a batch lost to a crash or a failed send only
 * loses log lines and counts (and delays an automatic disable), which is accepted.
 */
export function pluginHookRunner(options: PluginHookRunnerOptions): PluginHookRunner {
  const { plugins, caller, logger } = options;
  const ttl = options.cacheTtlMs ?? 5_000;
  const maxPending = options.maxPending ?? 10_000;
  const run = options.run ?? runPlugin;
  const cache = new Map<string, { at: number; installations: Promise<CachedInstallation[]> }>();
  const pending = new Map<string, PluginInvocationInput[]>();
  let pendingCount = 0;
  let flushing: Promise<void> | null = null;
  const timer = setInterval(() => void flush(), options.flushEveryMs ?? 1_000);
  timer.unref();

  const key = (tenantId: string, hook: string) => `${tenantId}\u0000${hook}`;

  async function fetchInstallations(tenantId: string, hook: HookPoint): Promise<CachedInstallation[]> {
    const answer = await plugins.request(
      PluginHookInstallations,
      { hook },
      { caller, tenantId, scopes: ['plugins:read'] },
    );
    return answer.pluginHookInstallations.map((row) => ({
      installationId: row.installationId,
      pluginName: row.pluginName,
      version: row.version,
      code: row.code,
      config: JSON.parse(row.config) as Record<string, unknown>,
      failurePolicy: row.failurePolicy === 'refuse' ? 'refuse' : 'allow',
      timeoutMs: row.timeoutMs,
      capabilities: row.capabilities as Capability[],
      allowedHosts: row.allowedHosts,
    }));
  }

  /**
   * The cached list; a failed fetch keeps the previous list if there is one. With none, the hook is
   * skipped (logged): plugins extend checkout, and the plugins subgraph being down must not stop
   * every sale.
   */
  async function installationsOf(tenantId: string, hook: HookPoint): Promise<CachedInstallation[]> {
    const k = key(tenantId, hook);
    const cached = cache.get(k);
    if (cached && Date.now() - cached.at < ttl) return cached.installations;
    const fetching = fetchInstallations(tenantId, hook);
    const entry = { at: Date.now(), installations: fetching };
    cache.set(k, entry);
    try {
      return await fetching;
    } catch (error) {
      const previous = cached ? await cached.installations.catch(() => null) : null;
      logger.warn({ err: error, tenantId, hook, stale: previous !== null }, 'plugin installations unavailable');
      if (cache.get(k) === entry) {
        if (previous) cache.set(k, { at: Date.now(), installations: Promise.resolve(previous) });
        else cache.delete(k);
      }
      return previous ?? [];
    }
  }

  function hostOf(tenantId: string, installation: CachedInstallation): PluginHost {
    if (!installation.capabilities.includes('kv')) return {};
    const scoped = { caller, tenantId };
    return {
      kv: {
        async get(name) {
          const answer = await plugins.request(
            PluginKvGet,
            { installationId: installation.installationId, key: name },
            { ...scoped, scopes: ['plugins:read'] },
          );
          return answer.pluginKvGet ?? null;
        },
        async set(name, value) {
          const answer = await plugins.request(
            PluginKvSet,
            { input: { installationId: installation.installationId, key: name, value } },
            { ...scoped, scopes: ['plugins:write'] },
          );
          const error = answer.pluginKvSet.errors[0];
          if (error) throw new Error(error.message);
        },
      },
    };
  }

  function report(tenantId: string, entry: PluginInvocationInput) {
    if (pendingCount >= maxPending) {
      pluginMetrics().dropped.inc({ reason: 'overflow' });
      return;
    }
    const list = pending.get(tenantId) ?? [];
    list.push(entry);
    pending.set(tenantId, list);
    pendingCount++;
  }

  async function send(tenantId: string, batch: PluginInvocationInput[]) {
    for (let start = 0; start < batch.length; start += 500) {
      const part = batch.slice(start, start + 500);
      try {
        const answer = await plugins.request(
          PluginInvocationsRecord,
          { input: { invocations: part } },
          { caller, tenantId, scopes: ['plugins:write'] },
        );
        const recorded = answer.pluginInvocationsRecord;
        if (recorded.errors.length > 0) throw new Error(recorded.errors.map((error) => error.message).join('; '));
        if (recorded.disabledInstallationIds.length > 0) {
          // this replica stops running them now; others learn it from the event or the TTL
          dropTenant(tenantId);
        }
      } catch (error) {
        pluginMetrics().dropped.inc({ reason: 'send' }, part.length);
        logger.warn({ err: error, tenantId, reports: part.length }, 'plugin invocation reports lost');
      }
    }
  }

  function flush(): Promise<void> {
    if (flushing) return flushing;
    if (pendingCount === 0) return Promise.resolve();
    const batches = [...pending];
    pending.clear();
    pendingCount = 0;
    const current = Promise.all(batches.map(([tenantId, batch]) => send(tenantId, batch)))
      .then(() => undefined)
      .finally(() => {
        flushing = null;
      });
    flushing = current;
    return current;
  }

  function dropTenant(tenantId: string) {
    for (const k of cache.keys()) if (k.startsWith(`${tenantId}\u0000`)) cache.delete(k);
  }

  async function callOne<H extends ValidatorHook>(
    tenantId: string,
    hook: H,
    input: HookInputs[H],
    installation: CachedInstallation,
  ): Promise<HookVerdict> {
    const outcome = await run({
      code: installation.code,
      hook,
      input,
      config: installation.config,
      capabilities: installation.capabilities,
      allowedHosts: installation.allowedHosts,
      limits: { timeoutMs: installation.timeoutMs },
      host: hostOf(tenantId, installation),
    } as PluginRun<H>);
    const { calls, duration } = pluginMetrics();
    duration.observe({ hook }, outcome.durationMs / 1000);
    const base = {
      installationId: installation.installationId,
      version: installation.version,
      hook,
      durationMs: outcome.durationMs,
      logs: outcome.logs.map((line) => ({ level: line.level, message: clip(line.message), at: line.at })),
      at: new Date().toISOString(),
    };
    if (!outcome.ok) {
      calls.inc({ hook, outcome: outcome.failure });
      report(tenantId, { ...base, outcome: 'failed', failure: outcome.failure, message: clip(outcome.message) });
      logger.warn(
        {
          tenantId,
          hook,
          plugin: installation.pluginName,
          failure: outcome.failure,
          policy: installation.failurePolicy,
        },
        `plugin failed: ${installation.failurePolicy === 'allow' ? 'allowed' : 'refused'} by its failure policy`,
      );
      return installation.failurePolicy === 'allow'
        ? { allow: true }
        : {
            allow: false,
            message: `${installation.pluginName} could not check this right now; try again later`,
            field: null,
            plugin: installation.pluginName,
          };
    }
    const verdict = outcome.output as ValidatorVerdict;
    if (verdict.allow) {
      calls.inc({ hook, outcome: 'allowed' });
      report(tenantId, { ...base, outcome: 'allowed' });
      return { allow: true };
    }
    calls.inc({ hook, outcome: 'refused' });
    report(tenantId, { ...base, outcome: 'refused', message: clip(verdict.message) });
    return {
      allow: false,
      message: clip(verdict.message),
      field: verdict.field ?? null,
      plugin: installation.pluginName,
    };
  }

  return {
    async validate(tenantId, hook, input) {
      const installations = await installationsOf(tenantId, hook);
      for (const installation of installations) {
        const verdict = await callOne(tenantId, hook, input, installation);
        if (!verdict.allow) return verdict;
      }
      return { allow: true };
    },
    subscribe(bus) {
      return bus.subscribe<{ installationId: string }>({
        consumer: `${caller}-plugin-hooks`,
        subjects: ['ucos.plugins.installation.>'],
        handler: (envelope) => dropTenant(envelope.tenantId),
      });
    },
    flush,
    async close() {
      clearInterval(timer);
      await flush();
    },
  };
}
