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

interface Bucket {
  /** what is logged and reported: the bucket's kind, never an address or a subject */
  kind: string;
  key: string;
  points: number;
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
  return {
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
      try {
        for (const bucket of buckets) {
          const total = await store.spend(bucket.key, cost, options.windowSeconds);
          spent.push(bucket);
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
      if (over) {
        await refund();
        logger.info(
          { requestId: context.requestId, tenantId: context.auth?.tenantId ?? null, bucket: over.kind, cost },
          'rate limited',
        );
        setResultAndStopExecution({
          errors: [
            graphqlError(
              `Rate limit exceeded: ${over.points} points per ${options.windowSeconds} s (this request costs ${cost})`,
              {
                extensions: {
                  code: 'RATE_LIMITED',
                  cost,
                  http: { status: 429, headers: { 'Retry-After': String(options.windowSeconds) } },
                },
              },
            ),
          ],
        });
        return;
      }
      return {
        async onExecuteDone({ result }) {
          // refused while executing before any field ran (a variable that does not fit its type)
          if (!('data' in result) || result.data === undefined) await refund();
        },
      };
    },
  };
}

export function bucketsOf(context: GatewayContext, options: RateLimitOptions): Bucket[] {
  const { auth } = context;
  if (!auth) return [];
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
          points: options.storefrontClientPoints,
        },
        { kind: 'storefront_key', key: `publishable_key:${auth.subject}`, points: options.storefrontKeyPoints },
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
        { kind: auth.kind, key: `${auth.tenantId ?? 'none'}:${auth.kind}:${auth.subject}`, points: options.points },
      ];
  }
}
