import { compileBundle, SAMPLE_INPUTS } from '@ucos/plugin-sdk';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.ts';
import { invokePlugin, PLUGIN_UNAVAILABLE_MESSAGE, pluginMetrics, verdictUnderPolicy } from '../src/plugins.ts';
import { capturedLogs } from './captured-logs.ts';

/** A logger whose JSON lines the test reads back. */
function captured() {
  const { lines, destination } = capturedLogs();
  return { lines, logger: createLogger('orders', 'debug', destination) };
}

async function bundle(body: string) {
  const compiled = await compileBundle(`export default { 'checkout.validate'(input, ctx) { ${body} } };`, 'js');
  if (!compiled.ok) throw new Error(compiled.message);
  return compiled.code;
}

const invocation = (logger: ReturnType<typeof createLogger>) => ({
  plugin: { id: 'plg_1', name: 'minimum-order-value', version: '1.0.0' },
  tenantId: 'tenant-a',
  logger,
});

async function counted(outcome: string): Promise<number> {
  const metric = await pluginMetrics().invocations.get();
  return (
    metric.values.find((value) => value.labels.hook === 'checkout.validate' && value.labels.outcome === outcome)
      ?.value ?? 0
  );
}

describe('invokePlugin', () => {
  it('counts and times each invocation by hook and outcome, and logs the plugin’s lines and failures', async () => {
    const { lines, logger } = captured();
    const okBefore = await counted('ok');
    const timeoutBefore = await counted('timeout');
    const base = {
      hook: 'checkout.validate' as const,
      input: SAMPLE_INPUTS['checkout.validate'],
      config: {},
      capabilities: ['log' as const],
    };
    const ok = await invokePlugin(
      { ...base, code: await bundle(`console.info('checked', input.cartId); return { allow: true };`) },
      invocation(logger),
    );
    expect(ok).toMatchObject({ ok: true, output: { allow: true } });
    const slow = await invokePlugin(
      { ...base, code: await bundle('for (;;) {}'), limits: { timeoutMs: 20 } },
      invocation(logger),
    );
    expect(slow).toMatchObject({ ok: false, failure: 'timeout' });

    expect(await counted('ok')).toBe(okBefore + 1);
    expect(await counted('timeout')).toBe(timeoutBefore + 1);
    const durations = await pluginMetrics().duration.get();
    expect(
      durations.values.find((value) => value.metricName === 'ucos_plugin_duration_seconds_count')?.value,
    ).toBeGreaterThanOrEqual(2);
    const exposition = await pluginMetrics().registry.metrics();
    expect(exposition).toMatch(/ucos_plugin_invocations_total\{hook="checkout.validate",outcome="timeout"\}/);
    expect(exposition).not.toMatch(/minimum-order-value|tenant-a/);

    expect(lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          level: 20,
          msg: 'checked cart_1',
          plugin: 'minimum-order-value',
          pluginId: 'plg_1',
          tenantId: 'tenant-a',
          hook: 'checkout.validate',
          pluginLevel: 'info',
        }),
        expect.objectContaining({
          level: 40,
          failure: 'timeout',
          plugin: 'minimum-order-value',
          msg: expect.stringMatching(/^plugin failed: the plugin did not finish within 20 ms/),
        }),
      ]),
    );
  });
});

describe('verdictUnderPolicy', () => {
  const failed = { ok: false as const, failure: 'error' as const, message: 'boom', logs: [], durationMs: 1 };
  it('passes an answer through and applies the policy to a failure', () => {
    const refused = { ok: true as const, output: { allow: false as const, message: 'no' }, logs: [], durationMs: 1 };
    expect(verdictUnderPolicy(refused, 'allow')).toEqual({ verdict: { allow: false, message: 'no' }, failed: false });
    expect(verdictUnderPolicy(failed, 'allow')).toEqual({ verdict: { allow: true }, failed: true });
    expect(verdictUnderPolicy(failed, 'refuse')).toEqual({
      verdict: { allow: false, message: PLUGIN_UNAVAILABLE_MESSAGE },
      failed: true,
    });
  });
});
