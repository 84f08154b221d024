import { describe, expect, it } from 'vitest';
import type { EventEnvelope, JsonValue } from '../src/events/event.ts';
import {
  bucketOf,
  createFeatureFlags,
  FEATURE_FLAG_CHANGED,
  type FlagDefinition,
  flagChangedHandler,
  isEnabledFor,
} from '../src/feature-flags.ts';

const TENANT = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';

function source(initial: Record<string, FlagDefinition[]>) {
  const tables = new Map(Object.entries(initial));
  const reads: string[] = [];
  return {
    tables,
    reads,
    load: async (tenantId: string) => {
      reads.push(tenantId);
      return tables.get(tenantId) ?? [];
    },
  };
}

function envelope(type: string, tenantId: string): EventEnvelope<JsonValue> {
  return {
    id: 'e1',
    type,
    version: 1,
    tenantId,
    aggregateType: 'FeatureFlag',
    aggregateId: 'storefront.recently-viewed',
    occurredAt: new Date().toISOString(),
    payload: {},
  };
}

const meta = { deliveryCount: 1, consumer: 'test', subject: 'ucos.identity.feature_flag.changed' };

describe('isEnabledFor', () => {
  it('is off for an unknown or disabled flag and on for a full rollout, subject or not', () => {
    expect(isEnabledFor(null, 'u1')).toBe(false);
    expect(isEnabledFor({ key: 'a.b', enabled: false, percentage: 100 }, 'u1')).toBe(false);
    expect(isEnabledFor({ key: 'a.b', enabled: true, percentage: 100 }, null)).toBe(true);
    expect(isEnabledFor({ key: 'a.b', enabled: true, percentage: 0 }, 'u1')).toBe(false);
  });

  it('puts a subject stably in or out of a percentage rollout, close to the percentage over many subjects', () => {
    const flag = { key: 'checkout.new', enabled: true, percentage: 30 };
    const subjects = Array.from({ length: 4000 }, (_, i) => `subject-${i}`);
    const first = subjects.map((subject) => isEnabledFor(flag, subject));
    expect(subjects.map((subject) => isEnabledFor(flag, subject))).toEqual(first);
    const share = first.filter(Boolean).length / subjects.length;
    expect(share).toBeGreaterThan(0.27);
    expect(share).toBeLessThan(0.33);
    // an anonymous caller is never in a partial rollout
    expect(isEnabledFor(flag, null)).toBe(false);
    // the bucket depends on the flag too: the same subjects fall elsewhere for another key
    expect(subjects.slice(0, 50).map((s) => bucketOf('other.flag', s))).not.toEqual(
      subjects.slice(0, 50).map((s) => bucketOf(flag.key, s)),
    );
    // a wider rollout keeps everyone who was already in
    const wider = { ...flag, percentage: 60 };
    subjects.forEach((subject, i) => {
      if (first[i]) expect(isEnabledFor(wider, subject)).toBe(true);
    });
  });
});

describe('createFeatureFlags', () => {
  it('answers per tenant, unknown flags off', async () => {
    const flags = source({ [TENANT]: [{ key: 'storefront.recently-viewed', enabled: true, percentage: 100 }] });
    const evaluator = createFeatureFlags({ load: flags.load });
    expect(await evaluator.isEnabled(TENANT, 'storefront.recently-viewed')).toBe(true);
    expect(await evaluator.isEnabled(TENANT, 'no.such-flag')).toBe(false);
    expect(await evaluator.isEnabled(OTHER, 'storefront.recently-viewed')).toBe(false);
  });

  it('reads a tenant once per TTL and again after it', async () => {
    let clock = 1_000;
    const flags = source({ [TENANT]: [{ key: 'a.flag', enabled: false, percentage: 100 }] });
    const evaluator = createFeatureFlags({ load: flags.load, ttlMs: 5_000, now: () => clock });
    expect(await evaluator.isEnabled(TENANT, 'a.flag')).toBe(false);
    flags.tables.set(TENANT, [{ key: 'a.flag', enabled: true, percentage: 100 }]);
    clock += 4_999;
    // still cached: the change is not seen yet, and nothing was read again
    expect(await evaluator.isEnabled(TENANT, 'a.flag')).toBe(false);
    expect(flags.reads).toEqual([TENANT]);
    clock += 1;
    expect(await evaluator.isEnabled(TENANT, 'a.flag')).toBe(true);
    expect(flags.reads).toEqual([TENANT, TENANT]);
  });

  it('shares one read between concurrent questions', async () => {
    const flags = source({ [TENANT]: [{ key: 'a.flag', enabled: true, percentage: 100 }] });
    const evaluator = createFeatureFlags({ load: flags.load });
    const answers = await Promise.all([1, 2, 3].map(() => evaluator.isEnabled(TENANT, 'a.flag')));
    expect(answers).toEqual([true, true, true]);
    expect(flags.reads).toHaveLength(1);
  });

  it('drops a tenant on its changed event, leaving other tenants cached', async () => {
    const flags = source({
      [TENANT]: [{ key: 'a.flag', enabled: false, percentage: 100 }],
      [OTHER]: [{ key: 'a.flag', enabled: false, percentage: 100 }],
    });
    const evaluator = createFeatureFlags({ load: flags.load, ttlMs: 60_000 });
    await evaluator.isEnabled(TENANT, 'a.flag');
    await evaluator.isEnabled(OTHER, 'a.flag');
    flags.tables.set(TENANT, [{ key: 'a.flag', enabled: true, percentage: 100 }]);
    flags.tables.set(OTHER, [{ key: 'a.flag', enabled: true, percentage: 100 }]);
    const handle = flagChangedHandler(evaluator);
    await handle(envelope('identity.tenant.settings_changed', TENANT), meta);
    expect(await evaluator.isEnabled(TENANT, 'a.flag')).toBe(false);
    await handle(envelope(FEATURE_FLAG_CHANGED, TENANT), meta);
    expect(await evaluator.isEnabled(TENANT, 'a.flag')).toBe(true);
    expect(await evaluator.isEnabled(OTHER, 'a.flag')).toBe(false);
  });

  it('does not keep a failed read', async () => {
    let fail = true;
    const evaluator = createFeatureFlags({
      load: async () => {
        if (fail) throw new Error('database down');
        return [{ key: 'a.flag', enabled: true, percentage: 100 }];
      },
    });
    await expect(evaluator.isEnabled(TENANT, 'a.flag')).rejects.toThrow('database down');
    fail = false;
    expect(await evaluator.isEnabled(TENANT, 'a.flag')).toBe(true);
  });
});
