import { createHash } from 'node:crypto';
import { getOperationAST, Kind } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from './auth-plugin.ts';

/** Root fields whose answers are the same for every shopper of a storefront (public catalog reads). */
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

const MAX_ENTRIES = 5_000;

/**
 * Public catalog reads are the same for every shopper of a storefront, so the gateway answers a
 * storefront key's repeated catalog query from memory for a few seconds, per tenant.
 * Only queries whose every root field is a public catalog read, only for publishable keys, only
 * answers without errors. Prices and stock may be that many seconds old on a listing page;
 * checkout re-prices and reserves authoritatively, so nothing is sold on a stale number.
 */
export function useStorefrontCache(ttlSeconds: number): Plugin<GatewayContext> {
  const entries = new Map<string, { result: unknown; expiresAt: number }>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (ttlSeconds <= 0) return;
      const context = args.contextValue as GatewayContext;
      if (context.auth?.kind !== 'publishable_key' || !context.auth.tenantId) return;
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'query') return;
      const cacheable = operation.selectionSet.selections.every(
        (selection) =>
          selection.kind === Kind.FIELD &&
          (CACHEABLE_ROOT_FIELDS.has(selection.name.value) || selection.name.value === '__typename'),
      );
      if (!cacheable) return;
      const key = createHash('sha256')
        .update(context.auth.tenantId)
        .update('\u0000')
        .update(
          JSON.stringify([args.document.loc?.source.body ?? '', args.operationName ?? '', args.variableValues ?? {}]),
        )
        .digest('hex');
      const now = Date.now();
      const hit = entries.get(key);
      if (hit && hit.expiresAt > now) {
        setResultAndStopExecution(hit.result as Parameters<typeof setResultAndStopExecution>[0]);
        return;
      }
      return {
        onExecuteDone({ result }) {
          if (!('data' in result) || (result as { errors?: unknown[] }).errors?.length) return;
          if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
          entries.set(key, { result, expiresAt: Date.now() + ttlSeconds * 1000 });
        },
      };
    },
  };
}
