import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OTHER_TENANTS, TopTalkers } from '../src/tenant-top-talkers.ts';
import { type Stack, startStack } from './fixtures/stack.ts';

const rowOf = (talkers: TopTalkers, tenant: string) => talkers.snapshot().find((row) => row.tenant === tenant);

describe('top talkers over a sliding window, in bounded memory', () => {
  it('ranks tenants by requests and by cost, sums the rest exactly as other, and forgets what left the window', () => {
    let now = 1_000_000;
    const talkers = new TopTalkers({ top: 1, windowSeconds: 60, now: () => now });
    for (let i = 0; i < 30; i++) talkers.record('busy', 1, false);
    talkers.record('expensive', 500, true);
    for (let i = 0; i < 5; i++) talkers.record('quiet', 2, i === 0);
    const rows = talkers.snapshot();
    expect(rows.map((row) => row.tenant)).toEqual(['busy', 'expensive', OTHER_TENANTS]);
    expect(rowOf(talkers, 'busy')).toMatchObject({ requestsPerSecond: 30 / 60, costPerSecond: 30 / 60 });
    expect(rowOf(talkers, 'expensive')).toMatchObject({ costPerSecond: 500 / 60, errorsPerSecond: 1 / 60 });
    expect(rowOf(talkers, OTHER_TENANTS)).toMatchObject({
      requestsPerSecond: 5 / 60,
      costPerSecond: 10 / 60,
      errorsPerSecond: 1 / 60,
    });
    // the window moves by slices of a sixth of it: 60 s and one slice later, the first slice is gone
    now += 70_000;
    talkers.record('later', 1, false);
    expect(talkers.snapshot().map((row) => row.tenant)).toEqual(['later', OTHER_TENANTS]);
  });

  it('never loses a heavy tenant nor under-counts it, however many light tenants crowd a small sketch', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            { arbitrary: fc.constant('heavy'), weight: 1 },
            { arbitrary: fc.integer({ min: 0, max: 199 }).map((n) => `light-${n}`), weight: 6 },
          ),
          { minLength: 1, maxLength: 600 },
        ),
        (stream) => {
          const capacity = 8;
          const talkers = new TopTalkers({ top: capacity, windowSeconds: 60, capacity, now: () => 0 });
          const truth = new Map<string, number>();
          for (const tenant of stream) {
            talkers.record(tenant, 1, false);
            truth.set(tenant, (truth.get(tenant) ?? 0) + 1);
          }
          const heavyCount = truth.get('heavy') ?? 0;
          const rows = talkers.snapshot();
          expect(rows.length).toBeLessThanOrEqual(2 * capacity + 1);
          for (const row of rows) {
            if (row.tenant === OTHER_TENANTS) continue;
            expect(Math.round(row.requestsPerSecond * 60)).toBeGreaterThanOrEqual(truth.get(row.tenant) ?? 0);
          }
          // the space-saving guarantee: more than total ÷ capacity requests is always remembered
          if (heavyCount > stream.length / capacity) expect(rows.some((row) => row.tenant === 'heavy')).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the gateway publishes its top talkers with a bounded tenant label', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ METRICS_TOP_TENANTS: '1' });
  });
  afterAll(() => stack?.close());

  it('names the busiest tenant, sums the others as other, and prices requests as the rate limiter does', async () => {
    const [busy, quiet] = [crypto.randomUUID(), crypto.randomUUID()];
    const bearer = async (tenant: string) => ({
      authorization: `Bearer ${await stack.identity.token({ sub: crypto.randomUUID(), sv: 1, tid: tenant })}`,
    });
    const query = '{ whoami { kind subject tenantId } }';
    const [busyKey, quietKey] = [await bearer(busy), await bearer(quiet)];
    for (let i = 0; i < 4; i++) expect((await stack.query(query, busyKey)).status).toBe(200);
    expect((await stack.query(query, quietKey)).status).toBe(200);

    const scrape = await (await fetch(stack.metricsUrl)).text();
    const value = (metric: string, tenant: string) => {
      const line = scrape.split('\n').find((l) => l.startsWith(`${metric}{`) && l.includes(`tenant="${tenant}"`));
      return line === undefined ? undefined : Number(line.split(' ').at(-1));
    };
    expect(value('ucos_gateway_tenant_top_requests_per_second', busy)).toBeCloseTo(4 / 60, 6);
    expect(value('ucos_gateway_tenant_top_requests_per_second', quiet)).toBeUndefined();
    expect(value('ucos_gateway_tenant_top_requests_per_second', OTHER_TENANTS)).toBeCloseTo(1 / 60, 6);
    // whoami { kind subject tenantId } costs 4 points
    expect(value('ucos_gateway_tenant_top_cost_points_per_second', busy)).toBeCloseTo((4 * 4) / 60, 6);
    expect(value('ucos_gateway_tenant_top_errors_per_second', busy)).toBe(0);
  });
});
