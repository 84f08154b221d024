import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { createYoga, type Plugin, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import type pg from 'pg';
import { Registry } from 'prom-client';
import { auditLogWriter, useAuditTrail } from './audit.ts';
import { type AuthContext, anonymous } from './auth-context.ts';
import type { KitContext } from './context.ts';
import { ErrorCode, isClientSafe, unauthenticated } from './errors.ts';
import { useInputRules } from './graphql/input-rules.ts';
import { LoaderRegistry } from './graphql/loaders.ts';
import { useNoSuggestions } from './graphql/suggestions.ts';
import { INTERNAL_TOKEN_HEADER, InternalTokenError, verifyInternalToken } from './internal-token.ts';
import { type Logger, requestLogger } from './logger.ts';

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
}

/**
 * The one way a subgraph is served: GraphQL on /graphql behind the internal-token check, /health,
 * /ready and Prometheus /metrics, and masked errors that keep only client-safe codes.
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
      await database.pool.query('select 1');
      return true;
    });
  const audit = database ? auditLogWriter(database.pool, database.schema) : undefined;

  async function callerOf(request: Request): Promise<AuthContext | null> {
    const token = request.headers.get(INTERNAL_TOKEN_HEADER);
    if (!token) return null;
    return verifyInternalToken(options.internalTokenKey, token);
  }

  const routePlugin: Plugin = {
    async onRequest({ request, url, endResponse, fetchAPI }) {
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

  return createYoga<Record<string, unknown>, Context>({
    schema: options.schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: false,
    batching: false,
    logging: {
      debug: (...args) => logger.debug(args.map(String).join(' ')),
      info: (...args) => logger.info(args.map(String).join(' ')),
      warn: (...args) => logger.warn(args.map(String).join(' ')),
      error: (...args) => logger.error(args.map(String).join(' ')),
    },
    maskedErrors: {
      maskError(error) {
        const located = error as Partial<GraphQLError>;
        const original = located.originalError ?? error;
        if (isClientSafe(original)) {
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
      let auth: AuthContext | null;
      try {
        auth = await callerOf(request);
      } catch (error) {
        throw unauthenticated(error instanceof InternalTokenError ? error.message : 'invalid internal token', 401);
      }
      // Only the gateway (or a service) reaches a subgraph: no token, no answer.
      if (!auth) throw unauthenticated('missing internal token: subgraphs are reached through the gateway', 401);
      const base: KitContext = {
        auth: auth.kind === 'anonymous' ? anonymous(auth.requestId) : auth,
        requestId: auth.requestId,
        log: requestLogger(logger, auth.requestId, auth.tenantId),
        loaders: new LoaderRegistry(),
        auditTargets: new Map(),
      };
      return options.context(base);
    },
    plugins: [
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
      usePrometheus({
        endpoint: '/metrics',
        registry,
        metrics: {
          graphql_envelop_request_duration: true,
          graphql_envelop_error_result: true,
          graphql_envelop_request: true,
          graphql_yoga_http_duration: true,
          graphql_envelop_phase_execute: true,
        },
      }),
      useNoSuggestions(),
      useInputRules({ lengths: true }),
      ...(audit ? [useAuditTrail(audit, logger) as Plugin] : []),
      ...(options.plugins ?? []),
    ],
  });
}
