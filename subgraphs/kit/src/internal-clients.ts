import { createInternalClient, type InternalClient } from './internal-client.ts';
import { internalTokenKey } from './internal-token.ts';
import type { Logger } from './logger.ts';

/**
 * One internal client per callee, each with its own circuit, signed with the service's internal
 * token secret: `internalClientsOf(env.INTERNAL_TOKEN_SECRET, logger, { catalog: env.CATALOG_SUBGRAPH_URL })`.
 * The keys name the callees (what a client learns when one fails).
 */
export function internalClientsOf<Service extends string>(
  secret: string,
  logger: Logger,
  urls: Record<Service, string>,
): Record<Service, InternalClient> {
  const key = internalTokenKey(secret);
  const entries = Object.entries<string>(urls).map(([service, url]) => [
    service,
    createInternalClient(url, key, { service, logger }),
  ]);
  return Object.fromEntries(entries) as Record<Service, InternalClient>;
}
