import type { GraphQLSchema } from 'graphql';
import type pg from 'pg';
import type { KitContext } from './context.ts';
import { assertUnprivileged } from './db/roles.ts';
import type { EventBus } from './events/bus.ts';
import { OutboxRelay } from './events/relay.ts';
import { internalTokenKey } from './internal-token.ts';
import type { Logger } from './logger.ts';
import { createSubgraphServer, type SubgraphServerOptions } from './yoga.ts';

export interface DomainServerOptions<Deps> {
  /** the domain's name: also its Postgres schema and its outbox */
  name: string;
  schema: GraphQLSchema;
  env: { DATABASE_URL: string; DATABASE_POOL_SIZE: number; INTERNAL_TOKEN_SECRET: string };
  logger: Logger;
  bus: EventBus;
  /** the domain's own pool (its `db.ts`: application name, type parsers) */
  connectPool(url: string, max: number, logger: Logger): pg.Pool;
  /** what resolvers reach as `context.deps`, built on the pool and the relay its commits kick */
  deps(runtime: { pool: pg.Pool; relay: OutboxRelay; logger: Logger }): Deps;
  /** anything else `createSubgraphServer` takes (routes, readiness, limits) */
  server?: Partial<Omit<SubgraphServerOptions<KitContext & { deps: Deps }>, 'name' | 'schema' | 'logger'>>;
}

/**
 * The request path of a domain that needs nothing more than the usual wiring: its pool as its own
 * unprivileged role, the outbox relay, `deps` in the context, the Yoga server with readiness and the
 * audit log on its schema. `start()` starts the relay; `close()` stops it and ends the pool. Background
 * work belongs in the domain's worker (`docs/architecture/worker-tier.md`).
 */
export async function createDomainServer<Deps>(options: DomainServerOptions<Deps>) {
  const { name, env, logger, bus } = options;
  const pool = options.connectPool(env.DATABASE_URL, env.DATABASE_POOL_SIZE, logger);
  await assertUnprivileged(pool);
  const relay = new OutboxRelay({ pool, schema: name, bus, logger });
  const deps = options.deps({ pool, relay, logger });
  const yoga = createSubgraphServer<KitContext & { deps: Deps }>({
    internalTokenKey: internalTokenKey(env.INTERNAL_TOKEN_SECRET),
    context: (base) => ({ ...base, deps }),
    database: { pool, schema: name },
    ...options.server,
    name,
    schema: options.schema,
    logger,
  });
  return {
    yoga,
    deps,
    relay,
    pool,
    async start() {
      relay.start();
    },
    async close() {
      await relay.stop();
      await pool.end().catch(() => undefined);
    },
  };
}
