import type { Logger } from '@ucos/kit/logger';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from './auth-plugin.ts';
import { graphqlError } from './graphql-error.ts';
import { queryCost } from './query-cost.ts';
import type { RateLimitStore } from './rate-limit-store.ts';

export interface RateLimitOptions {
  /** points one credential may spend per window */
  points: number;
  windowSeconds: number;
}

/**
 * Cost-based rate limits per credential (API key, storefront key, user, customer), counted in the
 * shared store. Anonymous callers (sign-up, sign-in) are limited per forwarded client address when
 * a proxy supplies one. When the store fails the request goes through: a Redis outage must not take
 * the platform down with it; it is logged.
 */
export function useRateLimit(store: RateLimitStore, options: RateLimitOptions, logger: Logger): Plugin<GatewayContext> {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as GatewayContext;
      const key = bucketOf(context, args.contextValue as { request?: Request });
      if (!key) return;
      const cost = queryCost(args.document, args.operationName, (args.variableValues ?? {}) as Record<string, unknown>);
      let total: number;
      try {
        total = await store.spend(key, cost, options.windowSeconds);
      } catch (error) {
        logger.warn({ err: error }, 'rate limit store unavailable; request allowed');
        return;
      }
      if (total > options.points) {
        setResultAndStopExecution({
          errors: [
            graphqlError(
              `Rate limit exceeded: ${options.points} points per ${options.windowSeconds} s (this request costs ${cost})`,
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
      }
    },
  };
}

function bucketOf(context: GatewayContext, withRequest: { request?: Request }): string | null {
  const { auth } = context;
  if (!auth) return null;
  if (auth.kind !== 'anonymous') return `${auth.tenantId ?? 'none'}:${auth.kind}:${auth.subject ?? 'none'}`;
  const forwarded = withRequest.request?.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded ? `anonymous:${forwarded}` : null;
}
