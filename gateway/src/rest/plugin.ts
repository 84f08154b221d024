import { ErrorCode } from '@ucos/kit/errors';
import { readBodyWithin } from '@ucos/kit/http-body';
import type { Logger } from '@ucos/kit/logger';
import type { GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../auth-plugin.ts';
import { graphqlError } from '../graphql-error.ts';
import { requestIdOf } from '../request-id.ts';
import { apiSchemaOf, openApiDocument } from './openapi.ts';
import {
  FORWARDED_HEADERS,
  type Problem,
  problemFromErrors,
  problemFromPayloadErrors,
  problemOf,
  problemResponse,
} from './responses.ts';
import { matchRoute, type RestRoute, routesValidAgainst } from './routes.ts';
import { RestInputError, variablesFor } from './variables.ts';

export const OPENAPI_PATH = '/rest/openapi.json';

/** The request headers a REST call passes on to its GraphQL form: credentials, tracing, the client. */
const PASSED_HEADERS = [
  'authorization',
  'x-api-key',
  'x-publishable-key',
  'x-forwarded-for',
  'traceparent',
  'tracestate',
  'user-agent',
];

/** The GraphQL server a REST call runs through (Yoga's `fetch`, with the server's own context). */
export type GraphQLFetch = (request: Request, serverContext: Record<string, unknown>) => Promise<Response>;

export interface RestFacadeOptions {
  routes: readonly RestRoute[];
  /** principals limited to `@storefront` routes */
  storefrontKinds: ReadonlySet<string>;
  maxBodyBytes: number;
  logger: Logger;
}

interface RestState {
  schema: GraphQLSchema;
  routes: RestRoute[];
  openapi?: string;
}

/**
 * The REST routes of `gateway/rest/operations.graphql`. Each call becomes its persisted GraphQL
 * operation and runs through the gateway's own GraphQL server, so credentials, tenant, trusted
 * documents, cost, rate limits, deadlines and tracing are those of `POST /graphql`; the answer is
 * the root field's value, or an RFC 9457 problem.
 */
export function createRestFacade(options: RestFacadeOptions) {
  const { logger } = options;
  let state: RestState | null = null;
  let graphql: GraphQLFetch | null = null;

  /** (Re)reads the supergraph: the routes it cannot answer are left out, with a warning. */
  function useSupergraph(supergraphSdl: string) {
    let schema: GraphQLSchema;
    try {
      schema = apiSchemaOf(supergraphSdl);
    } catch (error) {
      // GraphQL keeps working; REST answers 503 until a supergraph it can read arrives
      logger.error({ err: error }, 'REST routes unavailable: cannot read the supergraph');
      state = null;
      return;
    }
    const { valid, invalid } = routesValidAgainst(schema, options.routes);
    for (const { route, errors } of invalid) {
      logger.warn({ route: `${route.method} ${route.path}`, errors }, 'REST route left out: its operation is invalid');
    }
    state = { schema, routes: valid };
  }

  async function answer(request: Request, url: URL, serverContext: Record<string, unknown>): Promise<Response> {
    const requestId = requestIdOf(request);
    const refuse = (problem: Problem, headers: Record<string, string> = {}) =>
      problemResponse({ ...problem, instance: url.pathname, requestId }, { 'x-request-id': requestId, ...headers });
    if (!state || !graphql) {
      return refuse(problemOf(503, ErrorCode.SERVICE_UNAVAILABLE, 'The gateway is starting'), { 'retry-after': '1' });
    }
    if (url.pathname === OPENAPI_PATH) {
      if (request.method !== 'GET') return refuse(problemOf(405, 'METHOD_NOT_ALLOWED', 'Use GET'), { allow: 'GET' });
      state.openapi ??= JSON.stringify(openApiDocument(state.schema, state.routes));
      return new Response(state.openapi, {
        headers: { 'content-type': 'application/json', 'cache-control': 'public, max-age=300' },
      });
    }
    const match = matchRoute(state.routes, request.method, url.pathname);
    if (!match) return refuse(problemOf(404, ErrorCode.NOT_FOUND, `No route ${request.method} ${url.pathname}`));
    if ('allowed' in match) {
      const allow = match.allowed.join(', ');
      return refuse(problemOf(405, 'METHOD_NOT_ALLOWED', `Use ${allow}`), { allow });
    }
    const { route, pathValues } = match;

    let variables: Record<string, unknown>;
    try {
      const body = route.method === 'POST' ? await jsonBody(request, options.maxBodyBytes) : undefined;
      variables = variablesFor(state.schema, route, { pathValues, query: url.searchParams, body });
    } catch (error) {
      if (!(error instanceof RestInputError)) throw error;
      const code = error.status === 400 ? 'BAD_REQUEST' : ErrorCode.BAD_USER_INPUT;
      return refuse(
        problemOf(error.status, code, error.message, error.field ? { errors: [{ field: error.field }] } : {}),
      );
    }

    const headers = new Headers({
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      'x-request-id': requestId,
    });
    for (const name of PASSED_HEADERS) {
      const value = request.headers.get(name);
      if (value !== null) headers.set(name, value);
    }
    const graphqlRequest = new Request(new URL('/graphql', url), {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: route.document, operationName: route.operationName, variables }),
      signal: request.signal,
    });
    const response = await graphql(graphqlRequest, { ...serverContext, restRoute: route });
    const passed: Record<string, string> = { 'x-request-id': requestId };
    for (const name of FORWARDED_HEADERS) {
      const value = response.headers.get(name);
      if (value !== null) passed[name] = value;
    }
    const result = (await response.json().catch(() => null)) as {
      data?: Record<string, unknown> | null;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    } | null;
    if (!result) {
      return refuse(problemOf(502, ErrorCode.INTERNAL_SERVER_ERROR, 'The gateway answered no JSON'), passed);
    }
    if (result.errors?.length) {
      const problem = problemFromErrors(result.errors);
      if (problem.status === 429 && !passed['retry-after']) {
        const budget = problem.budget as { resetSeconds?: number } | undefined;
        passed['retry-after'] = String(budget?.resetSeconds ?? 1);
      }
      return refuse(problem, passed);
    }
    const value = result.data?.[route.rootField];
    const otherType = route.rootType && (value as { __typename?: unknown } | null)?.__typename !== route.rootType;
    if (value === null || value === undefined || otherType) {
      return refuse(problemOf(404, ErrorCode.NOT_FOUND, `No ${route.rootField} matches ${url.pathname}`), passed);
    }
    const payloadErrors = (value as { errors?: unknown }).errors;
    if (route.method === 'POST' && Array.isArray(payloadErrors) && payloadErrors.length > 0) {
      return refuse(problemFromPayloadErrors(payloadErrors), passed);
    }
    return new Response(JSON.stringify(value), {
      status: 200,
      headers: { 'content-type': 'application/json', ...passed },
    });
  }

  const plugin: Plugin = {
    async onRequest({ request, url, serverContext, endResponse }) {
      if (!url.pathname.startsWith('/rest/')) return;
      try {
        endResponse(await answer(request, url, (serverContext ?? {}) as Record<string, unknown>));
      } catch (error) {
        logger.error({ err: error, path: url.pathname }, 'REST request failed');
        endResponse(
          problemResponse(
            problemOf(500, ErrorCode.INTERNAL_SERVER_ERROR, 'Unexpected error.', {
              instance: url.pathname,
              requestId: requestIdOf(request),
            }),
          ),
        );
      }
    },
  };

  /**
   * After authentication: a storefront credential may call only `@storefront` routes. The route
   * rides in the server context, which no client can set.
   */
  const accessPlugin: Plugin = {
    onParams({ context, setResult }) {
      const { restRoute, auth } = context as Partial<GatewayContext> & { restRoute?: RestRoute };
      if (!restRoute || restRoute.storefront || !auth || !options.storefrontKinds.has(auth.kind)) return;
      setResult({
        errors: [
          graphqlError(`A ${auth.kind.replace('_', ' ')} may call only the storefront routes`, {
            extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } },
          }),
        ],
      });
    },
  };

  return {
    plugin,
    accessPlugin,
    useSupergraph,
    /** the GraphQL server REST calls run through, once it exists */
    serveThrough(fetch: GraphQLFetch) {
      graphql = fetch;
    },
  };
}

async function jsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  const bytes = await readBodyWithin(request, maxBytes);
  if (bytes === null) throw new RestInputError(400, `The body is larger than ${maxBytes} bytes`);
  if (bytes.byteLength === 0) return undefined;
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    throw new RestInputError(400, 'The body must be JSON (content-type: application/json)');
  }
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new RestInputError(400, 'The body is not valid JSON');
  }
}
