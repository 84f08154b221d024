import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { compileBundle, type ProductSaveTransformInput, type ProductSaveTransformOutput } from '@ucos/plugin-sdk';
import type { DocumentNode } from 'graphql';
import { getOperationAST } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError, ErrorCode } from '../src/errors.ts';
import { InProcessEventBus } from '../src/events/in-process-bus.ts';
import type { InternalCallOptions, InternalClient } from '../src/internal-client.ts';
import { createLogger } from '../src/logger.ts';
import { noPluginHooks, type PluginHookRunner, pluginHookRunner, pluginHooksOf } from '../src/plugin-hooks.ts';
import { pluginMetrics } from '../src/plugin-metrics.ts';
import { PLUGIN_UNAVAILABLE_MESSAGE } from '../src/plugins.ts';

/**
 * The kit's hook runner against a fake plugins subgraph (an InternalClient that answers from
 * memory) and the real sandbox: failure policies, the per-tenant cache and its invalidation, the
 * reports sent in batches off the request path, and what a validator costs a request.
 */
const example = (file: string) =>
  readFileSync(new URL(`../../../packages/plugin-sdk/examples/minimum-order-value/${file}`, import.meta.url), 'utf8');

const MINIMUM = (await compileBundle(example('plugin.ts'), 'ts')) as { ok: true; code: string };
const CRASH = (await compileBundle(`export default { 'checkout.validate'() { throw new Error('down'); } };`, 'js')) as {
  ok: true;
  code: string;
};
const SPIN = (await compileBundle(`export default { 'checkout.validate'() { for (;;) {} } };`, 'js')) as {
  ok: true;
  code: string;
};

const SUFFIX = (await compileBundle(
  `export default { 'product.save.transform'(input, ctx) { return { changes: { title: input.product.title + ctx.config.suffix } }; } };`,
  'js',
)) as { ok: true; code: string };
const TRANSFORM_CRASH = (await compileBundle(
  `export default { 'product.save.transform'() { throw new Error('down'); } };`,
  'js',
)) as { ok: true; code: string };

interface Row {
  installationId: string;
  pluginName: string;
  version: string;
  code: string;
  config: string;
  failurePolicy: string;
  timeoutMs: number;
  capabilities: string[];
  allowedHosts: string[];
}

const row = (overrides: Partial<Row> = {}): Row => ({
  installationId: randomUUID(),
  pluginName: 'minimum-order-value',
  version: '1.0.0',
  code: MINIMUM.code,
  config: JSON.stringify({ minimumAmount: 5000, currency: 'EUR' }),
  failurePolicy: 'refuse',
  timeoutMs: 50,
  capabilities: ['log'],
  allowedHosts: [],
  ...overrides,
});

/** The plugins subgraph as the runner sees it: installations per tenant, the reports it gets. */
function fakePlugins() {
  const installations = new Map<string, Row[]>();
  const reports: { tenantId: string; invocations: Record<string, unknown>[] }[] = [];
  const fetches: string[] = [];
  let down = false;
  const client: InternalClient = {
    circuit: 'closed',
    async request(document: DocumentNode, variables: Record<string, unknown>, options: InternalCallOptions) {
      const name = getOperationAST(document)?.name?.value;
      if (down) throw new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'plugins is unavailable');
      if (name === 'InternalPluginHookInstallations') {
        fetches.push(options.tenantId);
        return { pluginHookInstallations: installations.get(options.tenantId) ?? [] } as never;
      }
      if (name === 'InternalPluginInvocationsRecord') {
        const input = variables.input as { invocations: Record<string, unknown>[] };
        reports.push({ tenantId: options.tenantId, invocations: input.invocations });
        return {
          pluginInvocationsRecord: { recorded: input.invocations.length, disabledInstallationIds: [], errors: [] },
        } as never;
      }
      throw new Error(`unexpected ${name}`);
    },
  };
  return {
    client,
    installations,
    reports,
    fetches,
    setDown(value: boolean) {
      down = value;
    },
  };
}

const logger = createLogger('plugin-hooks-test', 'silent');
const checkout = (amount: number) => ({
  cartId: randomUUID(),
  currency: 'EUR',
  lines: [],
  subtotal: { amount, currency: 'EUR' },
  shipping: null,
  tax: null,
  total: { amount, currency: 'EUR' },
  customer: null,
  shippingAddress: null,
  shippingMethod: null,
});

/** What plugins publishes when a tenant's installations change: every hook runner drops its cached list. */
const installationChanged = (tenantId: string, change: string) => ({
  id: randomUUID(),
  type: 'plugins.installation.changed',
  version: 1,
  tenantId,
  aggregateType: 'PluginInstallation',
  aggregateId: randomUUID(),
  occurredAt: new Date().toISOString(),
  payload: { change },
});

const runners: PluginHookRunner[] = [];
const start = (plugins: ReturnType<typeof fakePlugins>, options: { cacheTtlMs?: number } = {}) => {
  const runner = pluginHookRunner({
    plugins: plugins.client,
    caller: 'orders',
    logger,
    flushEveryMs: 60_000,
    ...options,
  });
  runners.push(runner);
  return runner;
};
afterEach(async () => {
  for (const runner of runners.splice(0)) await runner.close();
});

describe('plugin hook runner', () => {
  it("runs a tenant's validator: refuses below the minimum with its message and field, allows above it", async () => {
    const plugins = fakePlugins();
    const tenant = randomUUID();
    plugins.installations.set(tenant, [row()]);
    const runner = start(plugins);
    const refused = await runner.validate(tenant, 'checkout.validate', checkout(2000));
    expect(refused).toEqual({
      allow: false,
      message: 'Orders start at 50.00 EUR: add 30.00 EUR more to check out.',
      field: 'lines',
      plugin: 'minimum-order-value',
    });
    expect(await runner.validate(tenant, 'checkout.validate', checkout(6000))).toEqual({ allow: true });
    // another tenant has no plugins: nothing runs for it
    expect(await runner.validate(randomUUID(), 'checkout.validate', checkout(1))).toEqual({ allow: true });
  });

  it('applies the failure policy: a crash or a timeout allows when fail-open, refuses when fail-closed', async () => {
    const plugins = fakePlugins();
    const open = randomUUID();
    const closed = randomUUID();
    plugins.installations.set(open, [
      row({ code: CRASH.code, failurePolicy: 'allow' }),
      row({ code: SPIN.code, failurePolicy: 'allow', timeoutMs: 20 }),
    ]);
    plugins.installations.set(closed, [
      row({ code: SPIN.code, failurePolicy: 'refuse', timeoutMs: 20, pluginName: 'spin' }),
    ]);
    const runner = start(plugins);
    const started = performance.now();
    expect(await runner.validate(open, 'checkout.validate', checkout(1))).toEqual({ allow: true });
    const verdict = await runner.validate(closed, 'checkout.validate', checkout(1));
    expect(verdict).toMatchObject({ allow: false, plugin: 'spin', field: null });
    // interrupted at the deadline, not waited for
    expect(performance.now() - started).toBeLessThan(2_000);
    await runner.flush();
    const outcomes = plugins.reports.flatMap((report) =>
      report.invocations.map((call) => `${call.outcome}:${call.failure}`),
    );
    expect(outcomes.sort()).toEqual(['failed:error', 'failed:timeout', 'failed:timeout']);
    const calls = await pluginMetrics().registry.getSingleMetricAsString('ucos_plugin_invocations_total');
    expect(calls).toContain('outcome="timeout"');
    expect(calls).not.toContain('spin');
  });

  it("caches a tenant's installations, drops them on a plugins event, and keeps the last list while plugins is down", async () => {
    const plugins = fakePlugins();
    const tenant = randomUUID();
    plugins.installations.set(tenant, []);
    const runner = start(plugins, { cacheTtlMs: 60_000 });
    const bus = new InProcessEventBus({ logger });
    await runner.subscribe(bus);
    try {
      for (let i = 0; i < 5; i++) await runner.validate(tenant, 'checkout.validate', checkout(1));
      expect(plugins.fetches.filter((id) => id === tenant)).toHaveLength(1);
      plugins.installations.set(tenant, [row()]);
      await bus.publish(installationChanged(tenant, 'enabled'));
      await expect
        .poll(async () => (await runner.validate(tenant, 'checkout.validate', checkout(1))).allow)
        .toBe(false);
      plugins.setDown(true);
      await bus.publish(installationChanged(tenant, 'configured'));
      // the cache was dropped and plugins is down: with no previous list the hook runs nothing
      await expect.poll(async () => (await runner.validate(tenant, 'checkout.validate', checkout(1))).allow).toBe(true);
    } finally {
      await bus.close();
    }
  });

  it('reports every call in batches per tenant, off the request path, with its logs', async () => {
    const plugins = fakePlugins();
    const tenant = randomUUID();
    const [installation] = [row()];
    plugins.installations.set(tenant, [installation as Row]);
    const runner = start(plugins);
    for (let i = 0; i < 7; i++) await runner.validate(tenant, 'checkout.validate', checkout(i % 2 ? 1000 : 9000));
    expect(plugins.reports).toEqual([]);
    await runner.flush();
    expect(plugins.reports).toHaveLength(1);
    const [batch] = plugins.reports;
    expect(batch?.tenantId).toBe(tenant);
    expect(batch?.invocations.map((call) => call.outcome)).toEqual([
      'allowed',
      'refused',
      'allowed',
      'refused',
      'allowed',
      'refused',
      'allowed',
    ]);
    expect(batch?.invocations[1]).toMatchObject({
      installationId: installation?.installationId,
      version: '1.0.0',
      hook: 'checkout.validate',
      message: expect.stringContaining('Orders start at'),
    });
    const logs = (batch?.invocations[1]?.logs ?? []) as { message: string }[];
    expect(logs[0]?.message).toContain('refused checkout');
  });

  it.skipIf(!process.env.PLUGINS_MEASURE)(
    'measures what one validator adds per call (PLUGINS_MEASURE=1)',
    async () => {
      const plugins = fakePlugins();
      const tenant = randomUUID();
      plugins.installations.set(tenant, [row({ config: JSON.stringify({ minimumAmount: 100, currency: 'EUR' }) })]);
      const runner = start(plugins);
      for (let i = 0; i < 50; i++) await runner.validate(tenant, 'checkout.validate', checkout(5000));
      const rate = Number(process.env.PLUGINS_MEASURE_RATE ?? 20);
      const total = rate * Number(process.env.PLUGINS_MEASURE_SECONDS ?? 20);
      const latencies: number[] = [];
      const begun = performance.now();
      const inFlight: Promise<void>[] = [];
      for (let i = 0; i < total; i++) {
        const due = begun + (i * 1000) / rate;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        inFlight.push(
          runner.validate(tenant, 'checkout.validate', checkout(5000)).then(() => {
            latencies.push(performance.now() - due);
          }),
        );
      }
      await Promise.all(inFlight);
      latencies.sort((a, b) => a - b);
      const at = (p: number) =>
        latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
      console.log(
        `one validator, ${total} calls at ${rate}/s: p50 ${at(50).toFixed(2)} ms, p99 ${at(99).toFixed(2)} ms, max ${at(100).toFixed(2)} ms`,
      );
    },
    120_000,
  );

  describe('transformers', () => {
    const product = (title: string): ProductSaveTransformInput => ({
      product: {
        id: null,
        handle: 'mug',
        title,
        description: null,
        status: 'DRAFT',
        attributes: [],
        variants: [],
      },
      isNew: true,
    });
    const suffix = (value: string, overrides: Partial<Row> = {}) =>
      row({ pluginName: `suffix${value}`, code: SUFFIX.code, config: JSON.stringify({ suffix: value }), ...overrides });
    const applyChanges = (
      input: ProductSaveTransformInput,
      output: ProductSaveTransformOutput,
    ): { input: ProductSaveTransformInput } => ({
      input: { ...input, product: { ...input.product, ...output.changes } },
    });

    it('chains them in installation order, leaves a failing fail-open one out, and reports each call', async () => {
      const plugins = fakePlugins();
      const tenant = randomUUID();
      plugins.installations.set(tenant, [
        suffix(' A'),
        row({ pluginName: 'crash', code: TRANSFORM_CRASH.code, failurePolicy: 'allow' }),
        suffix(' B'),
      ]);
      const runner = start(plugins);
      expect(await runner.installed(tenant, 'product.save.transform')).toBe(true);
      const outcome = await runner.transform(tenant, 'product.save.transform', product('Mug'), applyChanges);
      expect(outcome).toEqual({ allow: true, input: product('Mug A B') });
      await runner.flush();
      expect(plugins.reports[0]?.invocations.map((call) => call.outcome)).toEqual(['allowed', 'failed', 'allowed']);
    });

    it('a failing fail-closed one stops the operation; a refusal of `apply` is the plugin’s', async () => {
      const plugins = fakePlugins();
      const closed = randomUUID();
      plugins.installations.set(closed, [
        row({ pluginName: 'crash', code: TRANSFORM_CRASH.code, failurePolicy: 'refuse' }),
        suffix(' A'),
      ]);
      const refusing = randomUUID();
      plugins.installations.set(refusing, [suffix(' A')]);
      const runner = start(plugins);
      expect(await runner.transform(closed, 'product.save.transform', product('Mug'), applyChanges)).toEqual({
        allow: false,
        message: PLUGIN_UNAVAILABLE_MESSAGE,
        field: null,
        plugin: 'crash',
      });
      expect(
        await runner.transform(refusing, 'product.save.transform', product('Mug'), () => ({ refuse: 'Not today' })),
      ).toEqual({ allow: false, message: 'Not today', field: null, plugin: 'suffix A' });
      await runner.flush();
      const outcomes = plugins.reports.flatMap((batch) =>
        batch.invocations.map((call) => [call.outcome, call.message]),
      );
      expect(outcomes).toEqual([
        ['failed', expect.stringContaining('down')],
        ['refused', 'Not today'],
      ]);
    });

    it('a tenant without installations runs nothing and is asked once per TTL; no plugins subgraph: nothing runs', async () => {
      const plugins = fakePlugins();
      const tenant = randomUUID();
      const runner = start(plugins);
      expect(await runner.installed(tenant, 'product.save.transform')).toBe(false);
      const input = product('Mug');
      expect(await runner.transform(tenant, 'product.save.transform', input, applyChanges)).toEqual({
        allow: true,
        input,
      });
      expect(plugins.fetches).toEqual([tenant]);
      const none = pluginHooksOf({ url: undefined, secret: 'x'.repeat(32), caller: 'catalog', logger });
      expect(none).toBe(noPluginHooks);
      expect(await none.transform(tenant, 'product.save.transform', input, applyChanges)).toEqual({
        allow: true,
        input,
      });
      expect(await none.validate(tenant, 'checkout.validate', checkout(1))).toEqual({ allow: true });
    });
  });
});
