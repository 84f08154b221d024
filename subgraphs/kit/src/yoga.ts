import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { createYoga, type Plugin, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import type pg from 'pg';
import { Registry } from 'prom-client';
import { auditLogWriter, useAuditTrail } from './audit.ts';
import { type AuthContext, anonymous } from './auth-context.ts';
import type { KitContext } from './context.ts';
import { forEachDatabase } from './db/placement.ts';
import { RequestReads } from './db/request-reads.ts';
import { ErrorCode, isClientSafe, unauthenticated } from './errors.ts';
import { withCause } from './events/causation.ts';
import { useInputRules } from './graphql/input-rules.ts';
import { LoaderRegistry } from './graphql/loaders.ts';
import { INTERNAL_TOKEN_HEADER, InternalTokenError, verifyInternalToken } from './internal-token.ts';
import { type Logger, requestLogger, yogaLogAdapter } from './logger.ts';
import { useBoundedMetrics } from './metrics.ts';
import { useRequestSpans } from './tracing.ts';

export type Route = (request: Request, caller: AuthContext | null) => Promise<Response> | Response;

export interface SubgraphServerOptions<Context extends KitContext> {
  name: string;
  schema: GraphQLSchema;
  logger: Logger;
  internalTokenKey: Uint8Array;
  /** adds the subgraph's own fields (database, stores) to the kit context */
  context: (base: KitContext) => Context;
  /**
   * The subgraph's database: /ready answers from it (one `select 1`) and every root mutation is
   * written to its schema's audit_log. Without one, `readiness` must say when the service is usable.
   */
  database?: { pool: pg.Pool; schema: string };
  /** throws or returns false when a dependency is not usable (default: the database answers) */
  readiness?: () => Promise<boolean | undefined>;
  /** extra HTTP routes by path, e.g. a JWKS document; `caller` is set when a valid internal token came along */
  routes?: Record<string, Route>;
  plugins?: Plugin[];
  /**
   * The subgraph's own document limits. Only the gateway and sibling services hold a token, but a
   * leaked token or a gateway bug must not make a subgraph parse and validate without bounds.
   */
  limits?: Partial<SubgraphLimits>;
}

export interface SubgraphLimits {
  maxDepth: number;
  maxTokens: number;
}

/** Room for the gateway's query plans (client depth 12, 2,000 tokens, plus keys and `_entities`). */
export const DEFAULT_SUBGRAPH_LIMITS: SubgraphLimits = { maxDepth: 16, maxTokens: 6000 };

const registries = new WeakMap<object, Registry>();

/** The metrics of a server built by `createSubgraphServer`, for `serveMetrics` on an internal port. */
export function metricsRegistryOf(yoga: object): Registry | undefined {
  return registries.get(yoga);
}

/**
 * The one way a subgraph is served: GraphQL on /graphql behind the internal-token check (made before
 * the document is parsed), its own depth and token limits, /health, /ready, masked errors that keep
 * only client-safe codes, and bounded Prometheus metrics (`metricsRegistryOf`, served internally).
 */
export function createSubgraphServer<Context extends KitContext>(
  options: SubgraphServerOptions<Context>,
): YogaServerInstance<Record<string, unknown>, Context> {
  const { logger } = options;
  const registry = new Registry();
  registry.setDefaultLabels({ service: options.name });
  const routes = options.routes ?? {};
  const { database } = options;
  const readiness =
    options.readiness ??
    (async () => {
      if (!database) throw new Error(`${options.name}: give createSubgraphServer a database or a readiness check`);
      // ready only when every database holding tenants answers
      await forEachDatabase(database.pool, (db) => db.query('select 1'));
      return true;
    });
  const audit = database ? auditLogWriter(database.pool, database.schema) : undefined;

  async function callerOf(request: Request): Promise<AuthContext | null> {
    const token = request.headers.get(INTERNAL_TOKEN_HEADER);
    if (!token) return null;
    return verifyInternalToken(options.internalTokenKey, token);
  }

  // established once per request, before the body is read, so the context need not verify again
  const callers = new WeakMap<Request, AuthContext>();
  const limits = { ...DEFAULT_SUBGRAPH_LIMITS, ...options.limits };

  const routePlugin: Plugin = {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname === '/graphql') {
        // Only the gateway (or a service) reaches a subgraph: without a valid token nothing is parsed
        // or validated, so no error message can describe the schema to a stranger.
        let caller: AuthContext | null = null;
        let reason = 'missing internal token: subgraphs are reached through the gateway';
        try {
          caller = await callerOf(request);
        } catch (error) {
          reason = error instanceof InternalTokenError ? error.message : 'invalid internal token';
        }
        if (caller) {
          callers.set(request, caller);
          return;
        }
        endResponse(
          fetchAPI.Response.json(
            { errors: [{ message: reason, extensions: { code: ErrorCode.UNAUTHENTICATED } }] },
            { status: 401, headers: { 'content-type': 'application/graphql-response+json; charset=utf-8' } },
          ),
        );
        return;
      }
      const route = routes[url.pathname];
      if (!route) return;
      let caller: AuthContext | null = null;
      try {
        caller = await callerOf(request);
      } catch {
        endResponse(
          fetchAPI.Response.json(
            { error: { code: ErrorCode.UNAUTHENTICATED, message: 'invalid internal token' } },
            { status: 401 },
          ),
        );
        return;
      }
      endResponse(await route(request, caller));
    },
  };

  const yoga = createYoga<Record<string, unknown>, Context>({
    schema: options.schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: false,
    batching: false,
    logging: yogaLogAdapter(logger),
    maskedErrors: {
      maskError(error) {
        const located = error as Partial<GraphQLError>;
        const original = located.originalError ?? error;
        if (isClientSafe(original)) {
          // graphql's located error already carries the original's message and code: returned as it
          // is, Yoga sees nothing masked and does not log a caller's mistake as a server error
          if (located.message === original.message && located.extensions?.code === original.extensions.code) {
            return error as GraphQLError;
          }
          return new GraphQLError(original.message, {
            nodes: located.nodes,
            path: located.path,
            extensions: original.extensions,
          });
        }
        // Request-level errors (bad JSON, parse, validation and variable-coercion failures) carry no
        // field path and come from graphql itself: the caller's mistake, safe to show as they are.
        if (!located.path && typeof located.message === 'string' && 'extensions' in located) {
          const fromGraphQL = !located.originalError || (located.originalError as Error).name === 'GraphQLError';
          if (fromGraphQL) {
            // Yoga's bad-JSON error carries the parser's error (message, position, an echo of the body);
            // its presence also makes Yoga answer 400 to application/json, so it stays, emptied
            const extensions = located.extensions as Record<string, unknown> | undefined;
            if (extensions?.originalError) extensions.originalError = { name: 'Error', message: located.message };
            if (located.extensions?.code) return error as GraphQLError;
            return new GraphQLError(located.message, {
              nodes: located.nodes,
              extensions: { ...located.extensions, code: ErrorCode.BAD_USER_INPUT },
            });
          }
        }
        logger.error({ err: original }, 'unexpected error');
        return new GraphQLError('Unexpected error.', {
          nodes: located.nodes,
          path: located.path,
          extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
        });
      },
    },
    context: async ({ request }): Promise<Context> => {
      // the onRequest check above answered already when there was no valid token
      const auth = callers.get(request);
      if (!auth) throw unauthenticated('missing internal token: subgraphs are reached through the gateway', 401);
      const base: KitContext = {
        auth:
          auth.kind === 'anonymous'
            ? { ...anonymous(auth.requestId), clientAddress: auth.clientAddress ?? null }
            : auth,
        requestId: auth.requestId,
        log: requestLogger(logger, auth.requestId, auth.tenantId),
        loaders: new LoaderRegistry(),
        auditTargets: new Map(),
        ...(database ? { reads: new RequestReads(database.pool, auth.tenantId) } : {}),
      };
      return options.context(base);
    },
    plugins: [
      useRequestSpans(options.name),
      useRequestCause(),
      routePlugin,
      useReadinessCheck({
        endpoint: '/ready',
        check: async () => {
          try {
            return (await readiness()) !== false;
          } catch (error) {
            logger.warn({ err: error }, 'not ready');
            return false;
          }
        },
      }),
      EnvelopArmorPlugin({
        blockFieldSuggestion: { enabled: true },
        maxDepth: { n: limits.maxDepth },
        maxTokens: { n: limits.maxTokens },
        maxAliases: { enabled: false },
        maxDirectives: { enabled: false },
        costLimit: { enabled: false },
      }) as Plugin,
      // labels from fixed sets only; served on an internal port by serveMetrics, never here
      useBoundedMetrics({ registry }),
      useInputRules({ lengths: true }),
      ...(audit ? [useAuditTrail(audit, logger) as Plugin] : []),
      useRequestReadsEnd(logger),
      ...(options.plugins ?? []),
    ],
  });
  registries.set(yoga, registry);
  return yoga;
}

/**
 * Ends each request's shared read transaction (`KitContext.reads`) once execution is done, so the
 * connection is back in the pool before the answer is even serialised (a read that never
 * happened opened nothing).
 */
function useRequestReadsEnd(logger: Logger): Plugin {
  const end = (context: unknown) => {
    (context as Partial<KitContext>).reads
      ?.close()
      .catch((error: unknown) => logger.error({ err: error }, 'cannot end the request read transaction'));
  };
  return {
    onExecute({ args }) {
      return { onExecuteDone: () => end(args.contextValue) };
    },
  };
}

/**
 * Every event a request's resolvers emit names the request as its cause and the start of its chain:
 * the gateway's request id, which the internal token carries to every subgraph the request reaches.
 */
function useRequestCause(): Plugin {
  return {
    instrumentation: {
      execute({ context }, wrapped) {
        const requestId = (context as { requestId?: unknown }).requestId;
        if (typeof requestId !== 'string' || requestId === '') return wrapped();
        return withCause({ correlationId: requestId, causationId: requestId }, wrapped);
      },
    },
  };
}
