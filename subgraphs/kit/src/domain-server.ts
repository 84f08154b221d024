import type { GraphQLSchema } from 'graphql';
import type pg from 'pg';
import type { KitContext } from './context.ts';
import type { DomainDatabase, DomainDeps } from './db/domain-database.ts';
import { connectPlaced, placeTenants, type TenantPlacement } from './db/placement.ts';
import { assertUnprivileged } from './db/roles.ts';
import type { EventCatalogue } from './db/unit-of-work.ts';
import type { EventBus, Subscription } from './events/bus.ts';
import { OutboxRelay } from './events/relay.ts';
import { internalTokenKey } from './internal-token.ts';
import type { Logger } from './logger.ts';
import { createSubgraphServer, type SubgraphServerOptions } from './yoga.ts';

/** What `deps` is built from: the domain's pool as its own role and the relay its commits kick. */
export interface DomainRuntime {
  pool: pg.Pool;
  relay: OutboxRelay;
  logger: Logger;
  bus: EventBus;
}

type ServerExtras<Context extends KitContext> = Partial<
  Omit<SubgraphServerOptions<Context>, 'name' | 'schema' | 'logger' | 'context'>
>;

export interface DomainServerOptions<Deps, Context extends KitContext = KitContext & { deps: Deps }> {
  /**
   * the domain's database (its `db.ts`, `domainDatabase(…)`): its schema names the server, the outbox
   * and the readiness check; its `connectPool` opens the pool (application name, type parsers)
   */
  database: Pick<DomainDatabase<EventCatalogue, unknown>, 'schema' | 'connectPool'>;
  schema: GraphQLSchema;
  env: {
    DATABASE_URL: string;
    DATABASE_POOL_SIZE: number;
    INTERNAL_TOKEN_SECRET: string;
    /** tenants held by other databases than DATABASE_URL's */
    TENANT_PLACEMENT?: TenantPlacement | undefined;
  };
  logger: Logger;
  bus: EventBus;
  /**
   * the home pool, made by the caller with `database.connectPool` (a test hooks a statement counter on
   * it before it connects); default: connected here. Either way the server owns it: `close()` ends it.
   */
  pool?: pg.Pool;
  /** what resolvers reach as `context.deps` (unless `context` says otherwise), built once per process */
  deps(runtime: DomainRuntime): Deps | Promise<Deps>;
  /** a domain whose resolvers read something other than `context.deps` builds its context here */
  context?(base: KitContext, deps: Deps): Context;
  /**
   * Consumers the request path runs itself (a reaction that must follow a commit at once, before a
   * client asks again); subscribed by `start()` after the relay starts, stopped first by `close()`.
   * Slow consumers belong in the worker.
   */
  subscribe?(deps: Deps, runtime: DomainRuntime): Promise<Subscription[]>;
  /** releases what `deps` opened beside the pool (a Prisma client, a Redis connection); before the pool ends */
  release?(deps: Deps): Promise<void>;
  /** anything else `createSubgraphServer` takes (routes, readiness, limits), or a function of `deps` */
  server?: ServerExtras<Context> | ((deps: Deps) => ServerExtras<Context>);
}

/**
 * The request path of every domain: its pool as its own unprivileged role, the outbox relay, `deps`
 * in the context, the Yoga server with readiness and the audit log on its schema. `start()` starts the
 * relay and the domain's request-path consumers; `close()` stops them, releases `deps` and ends the
 * pool. Background work belongs in the domain's worker (`docs/architecture/worker-tier.md`).
 */
export async function createDomainServer<Deps, Context extends KitContext = KitContext & { deps: Deps }>(
  options: DomainServerOptions<Deps, Context>,
) {
  const { env, logger, bus, database } = options;
  const name = database.schema;
  const connect = (url: string) => database.connectPool(url, env.DATABASE_POOL_SIZE, logger);
  const pool = options.pool
    ? placeTenants(options.pool, env.TENANT_PLACEMENT, env.DATABASE_URL, connect)
    : connectPlaced(env.DATABASE_URL, env.TENANT_PLACEMENT, connect);
  const relay = new OutboxRelay({ pool, schema: name, bus, logger });
  const runtime: DomainRuntime = { pool, relay, logger, bus };
  let deps: Deps;
  try {
    await assertUnprivileged(pool);
    deps = await options.deps(runtime);
  } catch (error) {
    // a refused role or a dependency that did not come up must not leave the pool's connections open
    await pool.end().catch(() => undefined);
    throw error;
  }
  // without a `context` option the context is the kit's plus `deps`, which is what Context defaults to
  const context = options.context
    ? (base: KitContext) => options.context!(base, deps)
    : (base: KitContext) => ({ ...base, deps }) as unknown as Context;
  const extras = typeof options.server === 'function' ? options.server(deps) : options.server;
  const yoga = createSubgraphServer<Context>({
    internalTokenKey: internalTokenKey(env.INTERNAL_TOKEN_SECRET),
    database: { pool, schema: name },
    ...extras,
    context,
    name,
    schema: options.schema,
    logger,
  });
  const subscriptions: Subscription[] = [];
  return {
    yoga,
    deps,
    relay,
    pool,
    async start() {
      relay.start();
      if (options.subscribe) subscriptions.push(...(await options.subscribe(deps, runtime)));
    },
    async close() {
      await Promise.all(subscriptions.splice(0).map((subscription) => subscription.stop()));
      await relay.stop();
      await options.release?.(deps);
      await pool.end().catch(() => undefined);
    },
  };
}

/** What `domainServer` builds a domain's server from beside its database and schema. */
export interface DomainServerDefinition<Deps extends DomainDeps<EventCatalogue>, Env, Overrides>
  extends Pick<DomainServerOptions<Deps>, 'subscribe' | 'release' | 'server'> {
  /**
   * what the domain's deps hold beside the database's (`database.deps(runtime)`: pool, log, unitOfWork),
   * from its environment and the ports a test replaces (`overrides`)
   */
  ports?(env: Env, runtime: DomainRuntime, overrides: Partial<Overrides>): Omit<Deps, keyof DomainDeps<EventCatalogue>>;
}

/**
 * The `createXServer(env, logger, bus, overrides?)` of a domain on `domainDatabase` whose resolvers
 * reach `context.deps`: `createDomainServer` with its database and schema, and deps that are the
 * database's plus the domain's `ports`. A domain needing its own context or pool calls
 * `createDomainServer` itself.
 */
export function domainServer<
  Deps extends DomainDeps<EventCatalogue>,
  Env extends DomainServerOptions<Deps>['env'],
  Overrides = Record<never, never>,
>(
  database: Pick<DomainDatabase<EventCatalogue, unknown>, 'schema' | 'connectPool'> & {
    deps(runtime: DomainRuntime): Pick<Deps, keyof DomainDeps<EventCatalogue>>;
  },
  schema: GraphQLSchema,
  definition: DomainServerDefinition<Deps, Env, Overrides> = {},
) {
  const { ports, ...rest } = definition;
  return (env: Env, logger: Logger, bus: EventBus, overrides: Partial<Overrides> = {}) =>
    createDomainServer<Deps>({
      ...rest,
      database,
      schema,
      env,
      logger,
      bus,
      deps: (runtime) => ({ ...database.deps(runtime), ...ports?.(env, runtime, overrides) }) as Deps,
    });
}
