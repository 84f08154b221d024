import {
  PluginHookInstallations,
  type PluginInvocationInput,
  PluginInvocationsRecord,
  PluginKvGet,
  PluginKvSet,
} from '@ucos/internal-clients/plugins';
import type {
  Capability,
  HookInputs,
  HookPoint,
  PluginHost,
  PluginOutcome,
  PluginRun,
  ValidatorHook,
} from '@ucos/plugin-sdk';
import { Counter } from 'prom-client';
import type { EventBus, Subscription } from './events/bus.ts';
import type { InternalClient } from './internal-client.ts';
import type { Logger } from './logger.ts';

export type { ValidatorHook } from '@ucos/plugin-sdk';

import { pluginMetrics } from './plugin-metrics.ts';
import { invokePlugin, verdictUnderPolicy } from './plugins.ts';

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
  /** runs one call (tests may count calls); default the kit's `invokePlugin` (sandbox, metrics, logs) */
  run?: <H extends HookPoint>(
    run: PluginRun<H>,
    invocation: Parameters<typeof invokePlugin>[1],
  ) => Promise<PluginOutcome<H>>;
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

let dropped: Counter<'reason'> | undefined;

/** Reports that never reached the plugins subgraph, next to the kit's plugin metrics. */
function droppedReports(): Counter<'reason'> {
  dropped ??= new Counter({
    name: 'ucos_plugin_reports_dropped_total',
    help: 'Invocation reports not delivered to the plugins subgraph (overflow or a failed send)',
    labelNames: ['reason'],
    registers: [pluginMetrics().registry],
  });
  return dropped;
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
  const run = options.run ?? invokePlugin;
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
      droppedReports().inc({ reason: 'overflow' });
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
        droppedReports().inc({ reason: 'send' }, part.length);
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
    const outcome = await run(
      {
        code: installation.code,
        hook,
        input,
        config: installation.config,
        capabilities: installation.capabilities,
        allowedHosts: installation.allowedHosts,
        limits: { timeoutMs: installation.timeoutMs },
        host: hostOf(tenantId, installation),
      } as PluginRun<H>,
      {
        plugin: { id: installation.installationId, name: installation.pluginName, version: installation.version },
        tenantId,
        logger,
      },
    );
    const base = {
      installationId: installation.installationId,
      version: installation.version,
      hook,
      durationMs: outcome.durationMs,
      logs: outcome.logs.map((line) => ({ level: line.level, message: clip(line.message), at: line.at })),
      at: new Date().toISOString(),
    };
    const { verdict } = verdictUnderPolicy(outcome, installation.failurePolicy);
    if (!outcome.ok) {
      report(tenantId, { ...base, outcome: 'failed', failure: outcome.failure, message: clip(outcome.message) });
    } else {
      report(
        tenantId,
        verdict.allow
          ? { ...base, outcome: 'allowed' }
          : { ...base, outcome: 'refused', message: clip(verdict.message) },
      );
    }
    if (verdict.allow) return { allow: true };
    return {
      allow: false,
      message: clip(verdict.message),
      // a failed plugin's refusal names no field: the plugin did not say which
      field: outcome.ok ? (verdict.field ?? null) : null,
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
