import type { ResultOf } from '@graphql-typed-document-node/core';
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
  HookOutputs,
  HookPoint,
  PluginHost,
  PluginOutcome,
  PluginRun,
  TransformerHook,
  ValidatorHook,
} from '@ucos/plugin-sdk';
import { Counter } from 'prom-client';
import type { EventBus, Subscription } from './events/bus.ts';
import type { InternalClient } from './internal-client.ts';
import { internalClientsOf } from './internal-clients.ts';
import type { Logger } from './logger.ts';

// the SDK's contract types, so a domain with hook points needs no dependency of its own on the SDK
export type {
  HookInputs,
  HookOutputs,
  HookPoint,
  ProductDraft,
  TransformerHook,
  ValidatorHook,
} from '@ucos/plugin-sdk';

import { pluginMetrics } from './plugin-metrics.ts';
import { invokePlugin, PLUGIN_UNAVAILABLE_MESSAGE, verdictUnderPolicy } from './plugins.ts';

/** A plugin stopped the operation: its message, the input field it names (its own word), and who it is. */
export type HookRefusal = { allow: false; message: string; field: string | null; plugin: string };

/** What the domain does with a hook run: proceed, or refuse with the plugin's message and field. */
export type HookVerdict = { allow: true } | HookRefusal;

/**
 * What the domain makes of one transformer's answer: the input the next plugin (and in the end the
 * domain) works with, or a refusal in the plugin's name (an import row the plugin skips).
 */
export type TransformStep<I> = { input: I } | { refuse: string };

/** After every transformer ran: the input as they left it, or the first refusal. */
export type TransformOutcome<I> = { allow: true; input: I } | HookRefusal;

/** One installation of a hook as the plugins subgraph answers it (`pluginHookInstallations`). */
type InstallationRow = ResultOf<typeof PluginHookInstallations>['pluginHookInstallations'][number];

/** An installation as the runner keeps it: its config parsed, its policy and capabilities narrowed. */
type CachedInstallation = Omit<InstallationRow, 'config' | 'failurePolicy' | 'capabilities'> & {
  config: Record<string, unknown>;
  failurePolicy: 'refuse' | 'allow';
  capabilities: Capability[];
};

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
  /**
   * Runs the tenant's enabled installations of a transformer hook in order, each on the input as the
   * ones before it left it (`apply` turns an answer into the next input, or into a refusal; it is told
   * whose answer it is, for what the domain keeps of it, e.g. a price adjustment's source). A plugin
   * that fails is left out under the `allow` policy (its change is not applied) and stops the
   * operation under `refuse`. Never throws for a plugin's misbehaviour.
   */
  transform<H extends TransformerHook>(
    tenantId: string,
    hook: H,
    input: HookInputs[H],
    apply: (input: HookInputs[H], output: HookOutputs[H], source: { plugin: string }) => TransformStep<HookInputs[H]>,
  ): Promise<TransformOutcome<HookInputs[H]>>;
  /**
   * Whether the tenant has an enabled installation of the hook (cached like the runs): a domain asks
   * before it reads what only a plugin would need, so a tenant without plugins pays nothing for them.
   */
  installed(tenantId: string, hook: HookPoint): Promise<boolean>;
  /** drops the cache on the plugins events (call once the bus is up) */
  subscribe(bus: EventBus): Promise<Subscription[]>;
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
      ...row,
      config: JSON.parse(row.config) as Record<string, unknown>,
      failurePolicy: row.failurePolicy === 'refuse' ? 'refuse' : 'allow',
      capabilities: row.capabilities as Capability[],
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

  function invoke<H extends HookPoint>(
    tenantId: string,
    hook: H,
    input: HookInputs[H],
    installation: CachedInstallation,
  ): Promise<PluginOutcome<H>> {
    return run(
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
  }

  /** Queues the report of one call: failed, refused (with the refusal's message) or allowed. */
  function record(
    tenantId: string,
    hook: HookPoint,
    installation: CachedInstallation,
    outcome: PluginOutcome<HookPoint>,
    refusal: string | null,
  ) {
    const base = {
      installationId: installation.installationId,
      version: installation.version,
      hook,
      durationMs: outcome.durationMs,
      logs: outcome.logs.map((line) => ({ level: line.level, message: clip(line.message), at: line.at })),
      at: new Date().toISOString(),
    };
    if (!outcome.ok) {
      report(tenantId, { ...base, outcome: 'failed', failure: outcome.failure, message: clip(outcome.message) });
    } else if (refusal !== null) {
      report(tenantId, { ...base, outcome: 'refused', message: clip(refusal) });
    } else {
      report(tenantId, { ...base, outcome: 'allowed' });
    }
  }

  async function callOne<H extends ValidatorHook>(
    tenantId: string,
    hook: H,
    input: HookInputs[H],
    installation: CachedInstallation,
  ): Promise<HookVerdict> {
    const outcome = await invoke(tenantId, hook, input, installation);
    const { verdict } = verdictUnderPolicy(outcome, installation.failurePolicy);
    record(tenantId, hook, installation, outcome, outcome.ok && !verdict.allow ? verdict.message : null);
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
    async transform(tenantId, hook, input, apply) {
      let current = input;
      for (const installation of await installationsOf(tenantId, hook)) {
        const outcome = await invoke(tenantId, hook, current, installation);
        if (!outcome.ok) {
          record(tenantId, hook, installation, outcome, null);
          // fail open: this plugin's change is left out; fail closed: the operation stops
          if (installation.failurePolicy === 'allow') continue;
          return { allow: false, message: PLUGIN_UNAVAILABLE_MESSAGE, field: null, plugin: installation.pluginName };
        }
        const step = apply(current, outcome.output, { plugin: installation.pluginName });
        if ('refuse' in step) {
          record(tenantId, hook, installation, outcome, step.refuse);
          return { allow: false, message: clip(step.refuse), field: null, plugin: installation.pluginName };
        }
        record(tenantId, hook, installation, outcome, null);
        current = step.input;
      }
      return { allow: true, input: current };
    },
    async installed(tenantId, hook) {
      return (await installationsOf(tenantId, hook)).length > 0;
    },
    async subscribe(bus) {
      return [
        await bus.subscribe<{ installationId: string }>({
          consumer: `${caller}-plugin-hooks`,
          subjects: ['ucos.plugins.installation.>'],
          handler: (envelope) => dropTenant(envelope.tenantId),
        }),
      ];
    },
    flush,
    async close() {
      clearInterval(timer);
      await flush();
    },
  };
}

/** No plugins: every validator allows, every transformer keeps its input (no `PLUGINS_SUBGRAPH_URL`). */
export const noPluginHooks: PluginHookRunner = {
  validate: async () => ({ allow: true }),
  async transform(_tenantId, _hook, input) {
    return { allow: true, input };
  },
  installed: async () => false,
  subscribe: async () => [],
  flush: async () => undefined,
  close: async () => undefined,
};

/**
 * The runner of a domain's hook points: over the plugins subgraph at `url` (the domain's
 * `PLUGINS_SUBGRAPH_URL`), or `noPluginHooks` when it is unset.
 */
export function pluginHooksOf(options: {
  url: string | undefined;
  secret: string;
  caller: string;
  logger: Logger;
}): PluginHookRunner {
  if (!options.url) return noPluginHooks;
  const { plugins } = internalClientsOf(options.secret, options.logger, { plugins: options.url });
  return pluginHookRunner({ plugins, caller: options.caller, logger: options.logger });
}

/** A refusal's field as a payload error's path: the plugin names it in its input (`lines`, `customer.email`). */
export const refusalPath = (field: string | null): string[] | null => (field ? ['input', ...field.split('.')] : null);
