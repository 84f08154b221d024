import { createHash } from 'node:crypto';
import { getOperationAST, Kind } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from './auth-plugin.ts';
import type { DataChangeFeed } from './data-change-feed.ts';

/** Root fields whose answers depend only on the tenant's catalog and the caller's scopes (catalog reads). */
export const CACHEABLE_ROOT_FIELDS = new Set([
  'products',
  'product',
  'productByHandle',
  'productSearch',
  'variant',
  'variantBySku',
  'categories',
  'collections',
  'collection',
]);

/** Set on every answer to a cacheable read: `hit` (from memory), `miss` (asked and kept), `bypass`. */
export const CACHE_HEADER = 'x-ucos-cache';

const MAX_ENTRIES = 5_000;
/** how long a request waits for an identical one already asking the subgraphs before it asks itself */
const SHARE_WAIT_MS = 10_000;

export interface ResponseCacheOptions {
  /** publishable keys: how long a storefront's repeated catalog read is answered from memory */
  storefrontSeconds: number;
  /**
   * secret API keys: cached only while `changes` is live, so a commit drops the tenant's answers on
   * every replica within the announcement's delay; this is the safety net if an announcement is lost
   */
  partnerSeconds: number;
  /** committed changes per tenant (Redis); null: storefront answers expire by time only, partners' are never kept */
  changes: DataChangeFeed | null;
}

interface Entry {
  result: unknown;
  expiresAt: number;
  /** the tenant's generation when the request started: a change since then makes the entry stale */
  generation: string | null;
}

/**
 * Repeated catalog reads answered from memory, per tenant and per what the caller may see:
 * - storefront (publishable) keys for `storefrontSeconds`; prices and stock may be that old on a
 *   listing page, and checkout re-prices and reserves authoritatively, so nothing is sold on a stale number;
 * - partner (secret) keys only while the data-change feed is live: an answer is dropped as soon as
 *   any domain the catalog reads depend on commits a change for the tenant.
 * The key holds the tenant, the kind of caller, its scopes and roles, the document and its variables:
 * two callers share an answer only if they may see the same fields. A caller that sends
 * `Cache-Control: no-cache` (or `no-store`) is answered from the subgraphs. Only error-free answers are kept.
 */
export function useResponseCache(options: ResponseCacheOptions): Plugin<GatewayContext> {
  const entries = new Map<string, Entry>();
  // misses being answered now, by key and generation: identical requests arriving meanwhile wait for
  // that answer instead of asking the subgraphs too (a cold listing under load is asked once, not 50 times)
  const inFlight = new Map<string, { answer: Promise<unknown>; settle(result: unknown): void; startedAt: number }>();
  const outcomes = new WeakMap<Request, 'hit' | 'miss' | 'bypass'>();
  const { changes } = options;
  return {
    onResponse({ request, response }) {
      const outcome = outcomes.get(request);
      if (outcome) response.headers.set(CACHE_HEADER, outcome);
    },
    async onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as GatewayContext & { request?: Request };
      const auth = context.auth;
      if (!auth?.tenantId) return;
      const ttlSeconds =
        auth.kind === 'publishable_key'
          ? options.storefrontSeconds
          : auth.kind === 'api_key' && changes?.live
            ? options.partnerSeconds
            : 0;
      if (ttlSeconds <= 0 || !cacheableOperation(args)) return;
      const request = context.request;
      const cacheControl = request?.headers.get('cache-control') ?? '';
      const noStore = /\bno-store\b/i.test(cacheControl);
      const noCache = noStore || /\bno-cache\b/i.test(cacheControl);
      const key = createHash('sha256')
        .update(
          JSON.stringify([
            auth.tenantId,
            auth.kind,
            [...auth.scopes].sort(),
            [...auth.roles].sort(),
            args.document.loc?.source.body ?? '',
            args.operationName ?? '',
            args.variableValues ?? {},
          ]),
        )
        .digest('hex');
      const generation = changes?.live ? changes.generationOf(auth.tenantId) : null;
      if (!noCache) {
        const hit = entries.get(key);
        if (hit && hit.expiresAt > Date.now() && (hit.generation === null || hit.generation === generation)) {
          if (request) outcomes.set(request, 'hit');
          setResultAndStopExecution(hit.result as Parameters<typeof setResultAndStopExecution>[0]);
          return;
        }
      }
      const flight = `${key}/${generation ?? ''}`;
      if (!noCache) {
        const leader = inFlight.get(flight);
        const waitMs = leader ? SHARE_WAIT_MS - (Date.now() - leader.startedAt) : 0;
        if (leader && waitMs > 0) {
          let timer: NodeJS.Timeout | undefined;
          const shared = await Promise.race([
            leader.answer,
            new Promise<null>((resolve) => {
              timer = setTimeout(() => resolve(null), waitMs);
            }),
          ]);
          clearTimeout(timer);
          if (shared) {
            if (request) outcomes.set(request, 'hit');
            setResultAndStopExecution(shared as Parameters<typeof setResultAndStopExecution>[0]);
            return;
          }
        }
      }
      if (request) outcomes.set(request, noCache ? 'bypass' : 'miss');
      if (noStore) return;
      let settle: (result: unknown) => void = () => {};
      if (!inFlight.has(flight) || Date.now() - inFlight.get(flight)!.startedAt >= SHARE_WAIT_MS) {
        const answer = new Promise<unknown>((resolve) => {
          settle = resolve;
        });
        // an execution that threw never settles its entry: past the wait it is nobody's to share
        if (inFlight.size >= MAX_ENTRIES) {
          for (const [stale, entry] of inFlight) {
            if (Date.now() - entry.startedAt >= SHARE_WAIT_MS) inFlight.delete(stale);
          }
        }
        inFlight.set(flight, { answer, settle, startedAt: Date.now() });
      }
      const finish = (result: unknown) => {
        settle(result);
        if (inFlight.get(flight)?.settle === settle) inFlight.delete(flight);
      };
      return {
        onExecuteDone({ result }) {
          if (!('data' in result) || (result as { errors?: unknown[] }).errors?.length) return finish(null);
          // a partner answer read while the feed was down cannot be vouched for
          if (auth.kind === 'api_key' && (generation === null || !changes?.live)) return finish(null);
          finish(result);
          entries.delete(key);
          if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
          entries.set(key, {
            result,
            expiresAt: Date.now() + ttlSeconds * 1000,
            // storefront answers expire by time; with the feed they also go with the tenant's next change
            generation,
          });
        },
      };
    },
  };
}

function cacheableOperation(args: Parameters<NonNullable<Plugin['onExecute']>>[0]['args']): boolean {
  const operation = getOperationAST(args.document, args.operationName);
  if (operation?.operation !== 'query') return false;
  return operation.selectionSet.selections.every(
    (selection) =>
      selection.kind === Kind.FIELD &&
      (CACHEABLE_ROOT_FIELDS.has(selection.name.value) || selection.name.value === '__typename'),
  );
}
