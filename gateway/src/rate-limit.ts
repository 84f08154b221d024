import type { Logger } from '@ucos/kit/logger';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from './auth-plugin.ts';
import { graphqlError } from './graphql-error.ts';
import { LimitCode } from './limits.ts';
import { analyseCost, MAX_PAGE_SIZE } from './query-cost.ts';
import type { RateLimitStore } from './rate-limit-store.ts';

export interface RateLimitOptions {
  /** points a user or a secret API key may spend per window */
  points: number;
  /** points one storefront client (a shopper's address, or a signed-in shopper) may spend per window */
  storefrontClientPoints: number;
  /** points all clients of one publishable key together may spend per window */
  storefrontKeyPoints: number;
  /** points one anonymous client address may spend per window (sign-up, sign-in, refresh) */
  anonymousPoints: number;
  /** the most one request may cost, however much budget is left */
  maxRequestPoints: number;
  windowSeconds: number;
}

/**
 * What a caller learns of its budget with every answer (headers and `extensions.cost`): the price of
 * this request, and the budget it leaves the least of — its name, size, what is left and when the
 * window starts again.
 */
export interface BudgetReport {
  requestCost: number;
  budget: string;
  limit: number;
  remaining: number;
  resetSeconds: number;
  windowSeconds: number;
  /**
   * A key's budget only: the tier that sized it and where the tenant set that tier — on the key, on
   * the key's app (every key of the app without its own), or nowhere (`default`, standard).
   */
  tier?: string;
  tierSetOn?: TierSource;
}

/** Where a key's tier was set (identity's `RateLimitTierSource`): the key's own > its app's > the default. */
export type TierSource = 'key' | 'app' | 'default';

/** The response headers of a budget report (IETF RateLimit fields, plus the request's own price). */
export function budgetHeaders(report: BudgetReport): Record<string, string> {
  const tier = report.tier ? `;tier="${report.tier}";tier-set-on="${report.tierSetOn ?? 'default'}"` : '';
  return {
    'ratelimit-limit': String(report.limit),
    'ratelimit-remaining': String(report.remaining),
    'ratelimit-reset': String(report.resetSeconds),
    'ratelimit-policy': `${report.limit};w=${report.windowSeconds};name="${report.budget}"${tier}`,
    'x-request-cost': String(report.requestCost),
  };
}

/** How a 429 names a key's tier: "premium tier, set on the app". */
function tierWords(report: BudgetReport): string {
  if (!report.tier) return '';
  const where =
    report.tierSetOn === 'key' ? 'set on the key' : report.tierSetOn === 'app' ? "the app's" : 'the default';
  return ` (${report.tier} tier, ${where})`;
}

/** Headers a browser client may read across origins (the gateway's CORS `exposedHeaders`). */
export const BUDGET_HEADERS = Object.keys(
  budgetHeaders({ requestCost: 0, budget: '', limit: 0, remaining: 0, resetSeconds: 0, windowSeconds: 0 }),
);

interface Bucket {
  /** what is logged and reported: the bucket's kind, never an address or a subject */
  kind: string;
  key: string;
  points: number;
  /** a key's bucket: the tier that sized it and where it was set */
  tier?: { name: string; setOn: TierSource };
}

/**
 * Cost-based rate limits, counted in the shared store:
 * - users and secret API keys: one bucket each;
 * - storefront keys: one bucket per client address under the key's own ceiling; signed-in shoppers
 *   one bucket each;
 * - anonymous callers: one bucket per client address, always.
 * A request refused for any reason (a page size out of bounds, too expensive, over budget, a
 * variable that does not fit) costs nothing. When the store fails the request goes through: a Redis
 * outage must not take the platform down with it; it is logged.
 */
export function useRateLimit(store: RateLimitStore, options: RateLimitOptions, logger: Logger): Plugin<GatewayContext> {
  const reports = new WeakMap<Request, BudgetReport>();
  return {
    onResponse({ request, response }) {
      const report = reports.get(request);
      if (!report) return;
      for (const [name, value] of Object.entries(budgetHeaders(report))) response.headers.set(name, value);
    },
    async onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as GatewayContext;
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      const { cost, violations } = analyseCost(args.schema, args.document, args.operationName, variables);
      context.requestCost = cost;
      if (violations.length > 0) {
        setResultAndStopExecution({
          errors: violations.map(({ path, argument, value, message }) =>
            graphqlError(message ?? `${argument} on ${path} must be an integer between 0 and ${MAX_PAGE_SIZE}`, {
              extensions: {
                code: 'BAD_USER_INPUT',
                field: [path, argument],
                value: typeof value === 'number' ? value : String(value),
                http: { status: 400 },
              },
            }),
          ),
        });
        return;
      }
      if (cost > options.maxRequestPoints) {
        setResultAndStopExecution({
          errors: [
            graphqlError(
              `This request costs ${cost} points; one request may cost at most ${options.maxRequestPoints}`,
              {
                extensions: { code: LimitCode.cost, cost, http: { status: 400 } },
              },
            ),
          ],
        });
        return;
      }
      const buckets = bucketsOf(context, options);
      if (buckets.length === 0) return;
      const spent: Bucket[] = [];
      const refund = () =>
        Promise.all(spent.map((bucket) => store.refund(bucket.key, cost))).catch((error) =>
          logger.warn({ err: error }, 'rate limit refund failed'),
        );
      let over: Bucket | undefined;
      let report: BudgetReport | undefined;
      try {
        for (const bucket of buckets) {
          const { total, resetSeconds } = await store.spend(bucket.key, cost, options.windowSeconds);
          spent.push(bucket);
          const remaining = Math.max(0, bucket.points - total);
          if (!report || remaining < report.remaining) {
            report = {
              requestCost: cost,
              budget: bucket.kind,
              limit: bucket.points,
              // refused, the request is refunded: what is left is what was left before it
              remaining: total > bucket.points ? Math.max(0, bucket.points - (total - cost)) : remaining,
              resetSeconds,
              windowSeconds: options.windowSeconds,
              ...(bucket.tier ? { tier: bucket.tier.name, tierSetOn: bucket.tier.setOn } : {}),
            };
          }
          if (total > bucket.points) {
            over = bucket;
            break;
          }
        }
      } catch (error) {
        logger.warn({ err: error }, 'rate limit store unavailable; request allowed');
        await refund();
        return;
      }
      const request = (context as Partial<{ request: Request }>).request;
      if (report && request) reports.set(request, report);
      if (over && report) {
        await refund();
        logger.info(
          {
            requestId: context.requestId,
            tenantId: context.auth?.tenantId ?? null,
            bucket: over.kind,
            cost,
            ...(over.tier ? { tier: over.tier.name, tierSetOn: over.tier.setOn } : {}),
          },
          'rate limited',
        );
        setResultAndStopExecution({
          errors: [
            graphqlError(
              `Rate limit exceeded: the ${over.kind} budget allows ${over.points} points per ${options.windowSeconds} s` +
                `${tierWords(report)}, ` +
                `${report.remaining} are left and this request costs ${cost}; try again in ${report.resetSeconds} s`,
              {
                extensions: {
                  code: 'RATE_LIMITED',
                  cost,
                  budget: report,
                  http: {
                    status: 429,
                    headers: { 'Retry-After': String(report.resetSeconds), ...budgetHeaders(report) },
                  },
                },
              },
            ),
          ],
        });
        return;
      }
      return {
        async onExecuteDone({ result, setResult }) {
          // refused while executing before any field ran (a variable that does not fit its type)
          if (!('data' in result) || result.data === undefined) {
            await refund();
            if (request) reports.delete(request);
            return;
          }
          if (report) setResult({ ...result, extensions: { ...result.extensions, cost: report } });
        },
      };
    },
  };
}

/**
 * A key's budget as a multiple of the deployment's, by the tier its tenant chose (identity's
 * `RateLimitTier`) — on the key, or on the key's app for every key of the app without its own.
 */
export const TIER_MULTIPLIERS: Record<string, number> = { basic: 0.2, standard: 1, premium: 5 };

export function bucketsOf(context: GatewayContext, options: RateLimitOptions): Bucket[] {
  const { auth } = context;
  if (!auth) return [];
  // an unknown tier (a newer identity) gets the standard budget rather than none
  const known = auth.rateLimitTier !== undefined && TIER_MULTIPLIERS[auth.rateLimitTier] !== undefined;
  const tierName = known ? (auth.rateLimitTier as string) : 'standard';
  const tier = TIER_MULTIPLIERS[tierName] ?? 1;
  // identity says where the tier was set; an older identity answered only a key's own tier
  const keyTier = {
    name: tierName,
    setOn: known ? (auth.rateLimitTierSource ?? 'key') : ('default' as TierSource),
  };
  const sized = (points: number) => Math.max(1, Math.round(points * tier));
  const address = auth.clientAddress ?? 'unknown';
  switch (auth.kind) {
    case 'service':
      return [];
    case 'anonymous':
      return [{ kind: 'anonymous', key: `anonymous:${address}`, points: options.anonymousPoints }];
    case 'publishable_key':
      return [
        {
          kind: 'storefront_client',
          key: `publishable_key:${auth.subject}:client:${address}`,
          points: sized(options.storefrontClientPoints),
          tier: keyTier,
        },
        {
          kind: 'storefront_key',
          key: `publishable_key:${auth.subject}`,
          points: sized(options.storefrontKeyPoints),
          tier: keyTier,
        },
      ];
    case 'customer':
      return [
        {
          kind: 'customer',
          key: `customer:${auth.tenantId ?? 'none'}:${auth.subject ?? 'none'}`,
          points: options.storefrontClientPoints,
        },
      ];
    default:
      return [
        {
          kind: auth.kind,
          key: `${auth.tenantId ?? 'none'}:${auth.kind}:${auth.subject}`,
          // users have no tier: only a key carries one
          points: sized(options.points),
          ...(auth.kind === 'api_key' ? { tier: keyTier } : {}),
        },
      ];
  }
}
