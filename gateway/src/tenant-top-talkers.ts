import type { Plugin } from 'graphql-yoga';
import { Gauge, type Registry } from 'prom-client';
import type { GatewayContext } from './auth-plugin.ts';

/** What one tenant did in one slice of the window. */
interface Tally {
  requests: number;
  cost: number;
  errors: number;
}

export interface TopTalkersOptions {
  /** tenants shown by name (their id) per ranking; everyone else is summed under `other` */
  top: number;
  /** the window the rates are averaged over */
  windowSeconds: number;
  /** tenants remembered per slice before the least active is folded into a newcomer (space-saving) */
  capacity?: number;
  now?: () => number;
}

export interface TopTalkerRow {
  tenant: string;
  requestsPerSecond: number;
  costPerSecond: number;
  errorsPerSecond: number;
}

const SLICES = 6;
export const OTHER_TENANTS = 'other';

/**
 * Which tenants load the gateway most, over a sliding window, in memory bounded whatever the number
 * of tenants: the window is six slices, each remembering at most `capacity` tenants; a newcomer to a
 * full slice takes the place (and the counts) of its least active tenant, the space-saving rule, so
 * a heavy tenant is never lost and a count is at most over-estimated, never under.
 */
export class TopTalkers {
  private readonly slices: { start: number; tallies: Map<string, Tally>; total: Tally }[] = [];
  private readonly sliceMs: number;
  private readonly capacity: number;
  private readonly now: () => number;
  private readonly options: TopTalkersOptions;

  constructor(options: TopTalkersOptions) {
    this.options = options;
    this.sliceMs = (options.windowSeconds * 1000) / SLICES;
    this.capacity = options.capacity ?? 1000;
    this.now = options.now ?? Date.now;
  }

  record(tenant: string, cost: number, failed: boolean): void {
    const { tallies, total } = this.currentSlice();
    total.requests += 1;
    total.cost += cost;
    if (failed) total.errors += 1;
    let tally = tallies.get(tenant);
    if (!tally) {
      tally = tallies.size >= this.capacity ? this.evictLeastActive(tallies) : { requests: 0, cost: 0, errors: 0 };
      tallies.set(tenant, tally);
    }
    tally.requests += 1;
    tally.cost += cost;
    if (failed) tally.errors += 1;
  }

  /**
   * Per-second rates over the window for the top tenants by requests and by cost (a tenant of either
   * ranking is listed once), and the rest summed as `other`: at most 2 × top + 1 rows.
   */
  snapshot(): TopTalkerRow[] {
    const cutoff = this.now() - this.options.windowSeconds * 1000;
    const totals = new Map<string, Tally>();
    const everyone: Tally = { requests: 0, cost: 0, errors: 0 };
    for (const slice of this.slices) {
      if (slice.start + this.sliceMs <= cutoff) continue;
      everyone.requests += slice.total.requests;
      everyone.cost += slice.total.cost;
      everyone.errors += slice.total.errors;
      for (const [tenant, tally] of slice.tallies) {
        const total = totals.get(tenant) ?? { requests: 0, cost: 0, errors: 0 };
        total.requests += tally.requests;
        total.cost += tally.cost;
        total.errors += tally.errors;
        totals.set(tenant, total);
      }
    }
    const entries = [...totals];
    const ranked = (by: keyof Tally) => [...entries].sort(([, a], [, b]) => b[by] - a[by]).slice(0, this.options.top);
    const shown = new Map([...ranked('requests'), ...ranked('cost')]);
    // the rest from exact totals: a sketch's counts may be over-estimates, the totals are not
    const other = { ...everyone };
    for (const tally of shown.values()) {
      other.requests = Math.max(0, other.requests - tally.requests);
      other.cost = Math.max(0, other.cost - tally.cost);
      other.errors = Math.max(0, other.errors - tally.errors);
    }
    const seconds = this.options.windowSeconds;
    const row = (tenant: string, tally: Tally) => ({
      tenant,
      requestsPerSecond: tally.requests / seconds,
      costPerSecond: tally.cost / seconds,
      errorsPerSecond: tally.errors / seconds,
    });
    return [...[...shown].map(([tenant, tally]) => row(tenant, tally)), row(OTHER_TENANTS, other)];
  }

  private currentSlice() {
    const now = this.now();
    const start = now - (now % this.sliceMs);
    const last = this.slices.at(-1);
    if (last?.start === start) return last;
    const slice = { start, tallies: new Map<string, Tally>(), total: { requests: 0, cost: 0, errors: 0 } };
    this.slices.push(slice);
    while (this.slices.length > SLICES) this.slices.shift();
    return slice;
  }

  private evictLeastActive(tallies: Map<string, Tally>): Tally {
    let least: [string, Tally] | undefined;
    for (const entry of tallies) if (!least || entry[1].requests < least[1].requests) least = entry;
    const [tenant, tally] = least!;
    tallies.delete(tenant);
    return { ...tally };
  }
}

/**
 * Publishes a `TopTalkers`' snapshot at scrape time as three gauges labelled by tenant id: the label
 * set is bounded by the ranking (at most 2 × top + 1 series per scrape), not by the tenant count.
 */
export function registerTopTalkerGauges(registry: Registry, talkers: TopTalkers): void {
  const gauge = (name: string, help: string, value: (row: TopTalkerRow) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ['tenant'],
      registers: [registry],
      collect() {
        this.reset();
        for (const row of talkers.snapshot()) this.set({ tenant: row.tenant }, value(row));
      },
    });
  gauge(
    'ucos_gateway_tenant_top_requests_per_second',
    'Operations per second over the window, for the busiest tenants (the rest summed as tenant="other")',
    (row) => row.requestsPerSecond,
  );
  gauge(
    'ucos_gateway_tenant_top_cost_points_per_second',
    'Rate-limit cost points per second over the window, for the busiest tenants (the rest as "other")',
    (row) => row.costPerSecond,
  );
  gauge(
    'ucos_gateway_tenant_top_errors_per_second',
    'Operations that ended in an error, per second over the window, for the busiest tenants',
    (row) => row.errorsPerSecond,
  );
}

/**
 * Counts every executed operation of a tenant's caller (cost as the rate limiter priced it; a
 * refused one as an error). Listed before the rate limit so that its refusals are counted too.
 */
export function useTenantTopTalkers(talkers: TopTalkers): Plugin<GatewayContext> {
  return {
    onExecute({ args }) {
      const context = args.contextValue as GatewayContext;
      const tenant = context.auth?.tenantId;
      if (!tenant) return;
      return {
        onExecuteDone({ result }) {
          const failed = 'errors' in result && (result.errors?.length ?? 0) > 0;
          talkers.record(tenant, context.requestCost ?? 0, failed);
        },
      };
    },
  };
}
