import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  memoryKv,
  type PluginHost,
  PluginSetupError,
  runPluginLocally,
  SAMPLE_INPUTS,
  testPluginDirectory,
} from '../src/index.ts';

const example = (name: string) => fileURLToPath(new URL(`../examples/${name}/`, import.meta.url));
const files = (name: string) => ({
  bundlePath: `${example(name)}plugin.ts`,
  manifestPath: `${example(name)}manifest.json`,
});

describe('the example plugins', () => {
  it.each(['minimum-order-value', 'bulk-tier-discount', 'erp-export', 'store-pickup-rates'])(
    '%s passes its own samples',
    async (name) => {
      const lines: string[] = [];
      expect(await testPluginDirectory(example(name), (line) => lines.push(line))).toBe(0);
      expect(lines.at(-1)).toMatch(/^\d+ passed, 0 failed$/);
    },
  );

  it('minimum-order-value refuses below the minimum with the message and the field, and logs it', async () => {
    const input = { ...SAMPLE_INPUTS['checkout.validate'], subtotal: { amount: 4_999, currency: 'EUR' } };
    const outcome = await runPluginLocally({
      ...files('minimum-order-value'),
      hook: 'checkout.validate',
      input,
      config: { minimumAmount: 5_000, currency: 'EUR', message: 'At least {minimum}, {missing} to go' },
    });
    expect(outcome).toMatchObject({
      ok: true,
      output: { allow: false, message: 'At least 50.00 EUR, 0.01 EUR to go', field: 'lines' },
    });
    expect(outcome.logs.map((line) => line.message)).toEqual(['refused checkout cart_1 subtotal 4999']);
  });

  it('the harness refuses a config the manifest does not allow, naming each problem', async () => {
    const attempt = runPluginLocally({
      ...files('minimum-order-value'),
      hook: 'checkout.validate',
      input: SAMPLE_INPUTS['checkout.validate'],
      config: { minimumAmount: -1, currency: 'euro' },
    });
    await expect(attempt).rejects.toBeInstanceOf(PluginSetupError);
    await expect(attempt).rejects.toMatchObject({
      problems: [
        { path: 'minimumAmount', message: 'must be >= 1' },
        { path: 'currency', message: expect.stringMatching(/must match pattern/) },
      ],
    });
  });

  it('store-pickup-rates offers the pickup before the destination is known, without a surcharge', async () => {
    const outcome = await runPluginLocally({
      ...files('store-pickup-rates'),
      hook: 'shipping.rates',
      input: { ...SAMPLE_INPUTS['shipping.rates'], destination: null },
      config: {
        pickup: { name: 'Collect in Berlin', countries: ['DE'], readyInDays: 2 },
        surcharges: [{ country: 'DE', postalPrefix: '185', amount: 900 }],
      },
    });
    expect(outcome).toMatchObject({
      ok: true,
      output: {
        rates: [
          { code: 'standard', amount: { amount: 495, currency: 'EUR' } },
          { code: 'express', amount: { amount: 1_290, currency: 'EUR' } },
          {
            code: 'pickup',
            name: 'Collect in Berlin',
            amount: { amount: 0 },
            estimatedDaysMin: 2,
            estimatedDaysMax: 2,
          },
        ],
      },
    });
  });

  it('bulk-tier-discount leaves lines below every tier alone', async () => {
    const outcome = await runPluginLocally({
      ...files('bulk-tier-discount'),
      hook: 'cart.price.adjust',
      input: SAMPLE_INPUTS['cart.price.adjust'],
      config: { tiers: [{ minQuantity: 50, percentOff: 15 }] },
    });
    expect(outcome).toMatchObject({ ok: true, output: { adjustments: [] } });
  });

  it('erp-export posts a placed order once, retries when the ERP is down, and sends nowhere else', async () => {
    const requests: Array<{ url: string; method: string; headers?: Record<string, string>; body?: string }> = [];
    let status = 503;
    const host: PluginHost = {
      kv: memoryKv(),
      fetch: async (url, init) => {
        requests.push({ url, ...init });
        return { status, body: '{}' };
      },
    };
    const config = { endpoint: 'https://erp.example.com/api/orders', apiToken: 'secret-token-1' };
    const run = () =>
      runPluginLocally({
        ...files('erp-export'),
        hook: 'event.action',
        input: SAMPLE_INPUTS['event.action'],
        config,
        host,
      });

    expect(await run()).toMatchObject({ ok: true, output: { status: 'retry', message: 'ERP answered 503' } });
    status = 201;
    const exported = await run();
    expect(exported).toMatchObject({ ok: true, output: { status: 'done', message: 'exported SO-1001' } });
    expect(exported.logs.map((line) => line.message)).toEqual(['exported SO-1001']);
    expect(await run()).toMatchObject({ ok: true, output: { status: 'skipped' } });

    expect(requests).toHaveLength(2);
    expect(requests[1]).toMatchObject({
      url: 'https://erp.example.com/api/orders',
      method: 'POST',
      headers: { authorization: 'Bearer secret-token-1', 'idempotency-key': 'evt_1' },
    });
    expect(JSON.parse(requests[1]?.body ?? '')).toEqual({
      externalId: 'ord_1',
      number: 'SO-1001',
      total: { amount: 15_608, currency: 'EUR' },
    });

    // a tenant cannot point it elsewhere: the config schema and the allow-list both say no
    await expect(
      runPluginLocally({
        ...files('erp-export'),
        hook: 'event.action',
        input: SAMPLE_INPUTS['event.action'],
        config: { ...config, endpoint: 'https://attacker.example.net/' },
        host,
      }),
    ).rejects.toMatchObject({ problems: [{ path: 'endpoint' }] });
  });
});
