import { createHash } from 'node:crypto';
import type { EventHandler } from './events/bus.ts';

/**
 * Feature flags: the one way code asks "is flag X on for this tenant (and this subject)".
 *
 * Identity owns the flags (`featureFlags`, `featureFlagSet`, `featureFlagDelete`) and publishes
 * `identity.feature_flag.changed` through its outbox on every change. Whoever evaluates flags builds one
 * `createFeatureFlags({ load })` per process: each question is answered per request from the tenant's
 * flags, read once per tenant and kept for a short TTL (default 5 s), dropped at once by `invalidate`
 * (wired to the changed event with `flagChangedHandler`). Unknown flags are off; a percentage rollout
 * needs a subject and puts it in or out by a stable hash of flag key + subject.
 */

export interface FlagDefinition {
  key: string;
  enabled: boolean;
  /** 0 to 100: the share of subjects it is on for when enabled */
  percentage: number;
}

/** The event identity publishes (subject `ucos.identity.feature_flag.changed`) when a flag is set or deleted. */
export const FEATURE_FLAG_CHANGED = 'identity.feature_flag.changed';

export interface FeatureFlagChangedPayload {
  key: string;
  /** null: the flag was deleted */
  enabled: boolean | null;
  percentage: number | null;
  version: number | null;
}

export const DEFAULT_FLAG_TTL_MS = 5_000;

/**
 * Where a subject falls in a flag's rollout, in [0, 100): the first 32 bits of sha256(key:subject).
 * Stable per subject, independent across flags.
 */
export function bucketOf(flagKey: string, subject: string): number {
  const digest = createHash('sha256').update(`${flagKey}:${subject}`).digest();
  return (digest.readUInt32BE(0) / 2 ** 32) * 100;
}

/** Whether a flag (null: unknown) is on for a subject (null: anonymous, only full rollouts apply). */
export function isEnabledFor(flag: FlagDefinition | null | undefined, subject: string | null | undefined): boolean {
  if (!flag?.enabled) return false;
  if (flag.percentage >= 100) return true;
  if (flag.percentage <= 0 || !subject) return false;
  return bucketOf(flag.key, subject) < flag.percentage;
}

export interface FeatureFlagsOptions {
  /** reads every flag of a tenant (the owner's table, or a call to identity) */
  load: (tenantId: string) => Promise<readonly FlagDefinition[]>;
  /** how long a tenant's flags are kept; default 5 s */
  ttlMs?: number;
  /** the clock, for tests */
  now?: () => number;
  /** tenants kept at most (the oldest read is dropped first); default 10 000 */
  maxTenants?: number;
}

export interface FeatureFlags {
  /** whether `key` is on for the tenant and, for a percentage rollout, the subject */
  isEnabled(tenantId: string, key: string, subject?: string | null): Promise<boolean>;
  /** drops a tenant's cached flags: the next question reads them again */
  invalidate(tenantId: string): void;
  /** drops every tenant's cached flags */
  clear(): void;
}

interface Entry {
  at: number;
  flags: Promise<Map<string, FlagDefinition>>;
}

export function createFeatureFlags(options: FeatureFlagsOptions): FeatureFlags {
  const ttlMs = options.ttlMs ?? DEFAULT_FLAG_TTL_MS;
  const now = options.now ?? Date.now;
  const maxTenants = options.maxTenants ?? 10_000;
  const cache = new Map<string, Entry>();

  function flagsOf(tenantId: string): Promise<Map<string, FlagDefinition>> {
    const cached = cache.get(tenantId);
    if (cached && now() - cached.at < ttlMs) return cached.flags;
    const entry: Entry = {
      at: now(),
      flags: options.load(tenantId).then((flags) => new Map(flags.map((flag) => [flag.key, flag]))),
    };
    cache.delete(tenantId);
    cache.set(tenantId, entry);
    // a failed read is not kept: the next question tries again
    entry.flags.catch(() => {
      if (cache.get(tenantId) === entry) cache.delete(tenantId);
    });
    while (cache.size > maxTenants) {
      const oldest = cache.keys().next().value;
      if (oldest === undefined) break;
      cache.delete(oldest);
    }
    return entry.flags;
  }

  return {
    async isEnabled(tenantId, key, subject) {
      return isEnabledFor((await flagsOf(tenantId)).get(key), subject ?? null);
    },
    invalidate(tenantId) {
      cache.delete(tenantId);
    },
    clear() {
      cache.clear();
    },
  };
}

/** A bus handler for `identity.feature_flag.changed`: drops the event's tenant from the cache. */
export function flagChangedHandler(flags: Pick<FeatureFlags, 'invalidate'>): EventHandler {
  return (envelope) => {
    if (envelope.type === FEATURE_FLAG_CHANGED) flags.invalidate(envelope.tenantId);
  };
}
