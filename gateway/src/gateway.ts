import { ApolloGateway, IntrospectAndCompose } from '@apollo/gateway';
import { useApolloFederation } from '@envelop/apollo-federation';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useInputRules } from '@ucos/kit/graphql/input-rules';
import { applyKitScalarParsing } from '@ucos/kit/graphql/types';
import { INTERNAL_TOKEN_HEADER, internalTokenKey } from '@ucos/kit/internal-token';
import { createLogger, type Logger, yogaLogAdapter } from '@ucos/kit/logger';
import { useBoundedMetrics } from '@ucos/kit/metrics';
import { serviceFetch } from '@ucos/kit/tls';
import { useRequestSpans } from '@ucos/kit/tracing';
import { createYoga, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import { Registry } from 'prom-client';
import { type AppDocuments, createAppDocuments } from './app-documents.ts';
import { type Authenticate, createAuthenticator } from './auth.ts';
import { type GatewayContext, useGatewayAuth } from './auth-plugin.ts';
import { createRevocationList, type RevocationList } from './auth-revocations.ts';
import { clientAddressResolver } from './client-address.ts';
import type { GatewayConfig } from './config.ts';
import { subscribeDataChanges } from './data-change-feed.ts';
import { createTokenSigner, SubgraphDataSource, type TokenSigner } from './datasource.ts';
import { useDeadline } from './deadline.ts';
import { createPooledFetcher, type Fetcher } from './fetcher.ts';
import { useIntegrationWebhooks } from './integration-webhooks.ts';
import { useIntrospectionPolicy } from './introspection.ts';
import { useLimits } from './limits.ts';
import { maskError } from './mask-error.ts';
import { useMediaRoutes } from './media.ts';
import { type EntityProbe, useNodeExistence } from './node-existence.ts';
import { BUDGET_HEADERS, useRateLimit } from './rate-limit.ts';
import { memoryStore, redisStore } from './rate-limit-store.ts';
import { checkReadiness } from './readiness.ts';
import { useReferenceDocs } from './reference-docs.ts';
import { CACHE_HEADER, useResponseCache } from './response-cache.ts';
import { createRestFacade } from './rest/plugin.ts';
import { readRouteTable } from './rest/routes.ts';
import {
  envNameOf,
  readSupergraph,
  routeOf,
  type SubgraphEndpoint,
  subgraphsFromEnv,
  subgraphsOf,
} from './supergraph.ts';
import { registerTopTalkerGauges, TopTalkers, useTenantTopTalkers } from './tenant-top-talkers.ts';
import { loadTrustedDocuments, sha256Hex, useTrustedDocuments } from './trusted-documents.ts';

export type { GatewayConfig } from './config.ts';
export { ConfigError, DEFAULT_BUDGETS, DEFAULT_LIMITS, loadConfig } from './config.ts';
export { analyseCost, DEFAULT_PAGE_SIZE, FIELD_WEIGHTS, MAX_PAGE_SIZE } from './query-cost.ts';
export { TIER_MULTIPLIERS } from './rate-limit.ts';
export { serve } from './server.ts';

/**
 * A browser sends any of these only after a CORS preflight, so their presence proves the request is
 * not a cross-site form post or image GET. Credentials headers count too: partners and storefronts
 * need no extra header.
 */
const CSRF_HEADERS = [
  'x-graphql-csrf',
  'x-graphql-yoga-csrf',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'authorization',
  'x-api-key',
  'x-publishable-key',
];

export interface Gateway {
  yoga: YogaServerInstance<Record<string, unknown>, GatewayContext>;
  gateway: ApolloGateway;
  /** the subgraphs requests are routed to, after SUBGRAPH_<NAME>_URL overrides */
  subgraphs: SubgraphEndpoint[];
  /** Prometheus metrics, for an internal port (index.ts serves them on METRICS_PORT) */
  metrics: Registry;
  stop(): Promise<void>;
}

const ENTITIES_EXIST = 'query NodeExists($r: [_Any!]!) { _entities(representations: $r) { __typename } }';

/** `useNodeExistence`'s question to the owning subgraph, sent as the caller (the same internal token). */
function entityProbe(subgraphs: SubgraphEndpoint[], fetch: Fetcher, sign: TokenSigner): EntityProbe {
  return async (owner, references, auth) => {
    const endpoint = subgraphs.find(({ name }) => name === owner);
    if (!endpoint) throw new Error(`no subgraph "${owner}" in the supergraph`);
    const response = await fetch(endpoint.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        [INTERNAL_TOKEN_HEADER]: await sign(auth),
        'x-request-id': auth.requestId,
      },
      body: JSON.stringify({ query: ENTITIES_EXIST, variables: { r: references } }),
    });
    const body = (await response.json()) as { data?: { _entities?: unknown[] }; errors?: unknown[] };
    const entities = body.data?._entities;
    if (!Array.isArray(entities) || entities.length !== references.length) {
      throw new Error(`${owner} answered ${response.status} without entities: ${JSON.stringify(body.errors ?? body)}`);
    }
    return entities.map((entity) => entity !== null);
  };
}

export async function createGateway(config: GatewayConfig, options: { logger?: Logger } = {}): Promise<Gateway> {
  const logger = options.logger ?? createLogger('gateway', config.logLevel);
  const fetcher = await createPooledFetcher({
    connections: config.subgraphPoolConnections,
    timeoutMs: config.subgraphTimeoutMs,
    tls: config.tls.service,
  });
  // without authentication nobody verifies the tokens (third-party subgraphs), but they are still sent
  const key = internalTokenKey(config.internalTokenSecret ?? `${crypto.randomUUID()}${crypto.randomUUID()}`);
  const sign = createTokenSigner(key);

  let subgraphs: SubgraphEndpoint[];
  let supergraphSdl: string | IntrospectAndCompose;
  if (config.composeFromSubgraphs) {
    subgraphs = subgraphsFromEnv(config.subgraphUrls);
    supergraphSdl = new IntrospectAndCompose({ subgraphs, logger: apolloLogger(logger) });
  } else {
    supergraphSdl = await readSupergraph(config.supergraphPath);
    subgraphs = subgraphsOf(supergraphSdl).map((endpoint) => routeOf(endpoint, config.subgraphUrls));
    const known = new Set(subgraphs.map(({ name }) => envNameOf(name)));
    for (const name of Object.keys(config.subgraphUrls)) {
      if (!known.has(name)) logger.warn(`SUBGRAPH_${name}_URL matches no subgraph of ${config.supergraphPath}`);
    }
  }

  // @apollo/gateway otherwise reports usage to Apollo and probes cloud metadata endpoints at startup
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  const gateway = new ApolloGateway({
    supergraphSdl,
    logger: apolloLogger(logger),
    buildService: (endpoint) =>
      new SubgraphDataSource({
        ...routeOf({ name: endpoint.name, url: endpoint.url ?? '' }, config.subgraphUrls),
        fetcher: fetcher.fetch,
        sign,
        logger,
      }),
  });
  const restRoutes = readRouteTable();
  const rest = createRestFacade({
    routes: restRoutes,
    storefrontKinds: new Set(['publishable_key', 'customer']),
    maxBodyBytes: config.maxRequestBytes,
    logger,
  });
  gateway.onSchemaLoadOrUpdate(({ apiSchema, coreSupergraphSdl }) => {
    applyKitScalarParsing(apiSchema);
    rest.useSupergraph(coreSupergraphSdl);
  });
  try {
    await gateway.load();
  } catch (error) {
    await fetcher.close();
    throw error;
  }

  let authenticate: Authenticate | null = null;
  let revocations: RevocationList | null = null;
  let appDocuments: AppDocuments | null = null;
  if (!config.authDisabled) {
    const identityUrl = config.identityUrl ?? originOf(subgraphs.find(({ name }) => name === 'identity')?.url);
    if (!identityUrl) {
      await gateway.stop();
      await fetcher.close();
      throw new Error('IDENTITY_URL is not set and the supergraph has no "identity" subgraph to derive it from');
    }
    revocations = createRevocationList({
      identityUrl,
      internalTokenKey: key,
      logger,
      pollMs: config.revocation.pollMs,
      maxStaleMs: config.revocation.maxStaleSeconds * 1000,
      redisUrl: config.redisUrl,
      // identity's feed, like its subgraph, answers only callers with a platform certificate
      ...(config.tls.service ? { fetch: serviceFetch(config.tls.service) } : {}),
    });
    await revocations.start();
    appDocuments = createAppDocuments({
      identityUrl,
      internalTokenKey: key,
      logger,
      refreshMs: config.appDocumentsRefreshSeconds * 1000,
      redisUrl: config.redisUrl,
      ...(config.tls.service ? { fetch: serviceFetch(config.tls.service) } : {}),
    });
    await appDocuments.start();
    authenticate = createAuthenticator({
      identityUrl,
      internalTokenKey: key,
      fetch: fetcher.fetch,
      serviceTls: config.tls.service,
      logger,
      publishableKeyCacheSeconds: config.publishableKeyCacheSeconds,
      revocations,
    });
  } else {
    logger.warn('authentication is OFF (--no-auth): every caller is anonymous; development only');
  }

  const rateLimitStore = config.redisUrl ? await redisStore(config.redisUrl) : memoryStore();
  // what lets partner answers be cached: every domain's commits, announced on Redis
  const dataChanges =
    config.redisUrl && (config.partnerCacheSeconds > 0 || config.storefrontCacheSeconds > 0)
      ? await subscribeDataChanges({
          redisUrl: config.redisUrl,
          domains: new Set(config.cacheInvalidatingDomains),
          logger,
        })
      : null;

  let trusted: Awaited<ReturnType<typeof loadTrustedDocuments>>;
  try {
    // the storefront REST routes' operations are the gateway's own first-party documents
    trusted = new Map([
      ...(await loadTrustedDocuments(config.trustedDocuments)),
      ...restRoutes
        .filter((route) => route.storefront)
        .map((route) => [sha256Hex(route.document), route.document] as const),
    ]);
  } catch (error) {
    await revocations?.close();
    await appDocuments?.close();
    await dataChanges?.close();
    await gateway.stop();
    await fetcher.close();
    throw error;
  }
  if (config.trustedDocuments.length > 0) {
    logger.info(
      { documents: trusted.size, enforcedFor: config.trustedDocumentsEnforce },
      'trusted documents loaded: enforced principals may only run them',
    );
  }

  const registry = new Registry();
  registry.setDefaultLabels({ service: 'gateway' });
  const talkers = new TopTalkers({
    top: config.metrics.topTenants,
    windowSeconds: config.metrics.topTenantsWindowSeconds,
  });
  registerTopTalkerGauges(registry, talkers);
  const production = config.nodeEnv === 'production';

  const yoga = createYoga<Record<string, unknown>, GatewayContext>({
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: production ? false : { title: 'Unified Commerce OS' },
    batching: false,
    maxRequestBodySize: config.maxRequestBytes,
    cors: {
      origin: config.corsOrigins.includes('*') ? undefined : config.corsOrigins,
      credentials: false,
      exposedHeaders: ['x-request-id', 'retry-after', CACHE_HEADER, ...BUDGET_HEADERS],
      maxAge: 600,
    },
    logging: yogaLogAdapter(logger),
    maskedErrors: { maskError },
    plugins: [
      // the request's server span first: everything after it, the query plan and every fetch, nests in it
      useRequestSpans('gateway'),
      // images are plain HTTP (POST /media, GET /media/<tenant>/<id>.<ext>), answered before any GraphQL step
      useMediaRoutes({
        catalogOrigin: originOf(subgraphs.find(({ name }) => name === 'catalog')?.url) ?? null,
        authenticate,
        sign,
        maxBytes: config.mediaMaxBytes,
        fetch: serviceFetch(config.tls.service),
        logger,
      }),
      // integration adapters' inbound webhooks (POST /integrations/<adapter>/webhook), raw bodies to orders
      useIntegrationWebhooks({
        ordersOrigin: originOf(subgraphs.find(({ name }) => name === 'orders')?.url) ?? null,
        sign,
        fetch: serviceFetch(config.tls.service),
        logger,
      }),
      // the API reference for developers (GET /docs/), static pages answered before any GraphQL step
      ...(production ? [] : [useReferenceDocs()].filter((plugin) => plugin !== null)),
      // REST calls (and GET /rest/openapi.json) become GraphQL requests answered by this same server
      rest.plugin,
      useCSRFPrevention({ requestHeaders: CSRF_HEADERS }),
      useGatewayAuth(authenticate, logger, clientAddressResolver(config.trustedProxies)),
      ...(config.trustedDocuments.length > 0
        ? [
            useTrustedDocuments({
              documents: trusted,
              enforceFor: new Set(config.trustedDocumentsEnforce),
              apps: appDocuments,
            }),
          ]
        : []),
      rest.accessPlugin,
      useLimits(config.limits),
      useIntrospectionPolicy(config.allowIntrospection || config.authDisabled, { hintsForDevelopers: !production }),
      // before the rate limit: a request whose variables do not fit is refused, not charged
      useInputRules({ lengths: false }),
      // before the rate limit, so that its refusals count against the tenant too
      useTenantTopTalkers(talkers),
      useRateLimit(rateLimitStore, config.rateLimit, logger),
      useResponseCache({
        storefrontSeconds: config.storefrontCacheSeconds,
        partnerSeconds: config.partnerCacheSeconds,
        changes: dataChanges,
      }),
      useApolloFederation({ gateway, logger: apolloLogger(logger) }),
      // inside the deadline (listed before it): its checks are subgraph calls of the same request
      useNodeExistence(entityProbe(subgraphs, fetcher.fetch, sign), logger),
      // after the federation plugin: it wraps the executor that plugin installs
      useDeadline({ queryMs: config.requestTimeoutMs, mutationMs: config.mutationTimeoutMs }, logger),
      useReadinessCheck({
        endpoint: '/ready',
        check: async ({ fetchAPI }) => {
          const readiness = await checkReadiness(gateway.schema ? subgraphs : undefined, fetcher.fetch);
          return fetchAPI.Response.json(
            { status: readiness.ready ? 'ready' : 'not ready', subgraphs: readiness.subgraphs },
            { status: readiness.ready ? 200 : 503 },
          );
        },
      }),
      // labels from fixed sets: the apps' own operation names, everything else `other`
      useBoundedMetrics({
        registry,
        knownOperations: operationNamesOf([...trusted.values(), ...restRoutes.map((route) => route.document)]),
      }),
    ],
  });
  rest.serveThrough((request, serverContext) => Promise.resolve(yoga.fetch(request, serverContext)));

  return {
    yoga,
    gateway,
    subgraphs,
    metrics: registry,
    async stop() {
      await gateway.stop();
      await yoga.dispose();
      await revocations?.close();
      await appDocuments?.close();
      await fetcher.close();
      await rateLimitStore.close();
      await dataChanges?.close();
    },
  };
}

function operationNamesOf(documents: Iterable<string>): Set<string> {
  const names = new Set<string>();
  for (const document of documents) {
    for (const match of document.matchAll(/\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/g)) {
      if (match[1]) names.add(match[1]);
    }
  }
  return names;
}

function originOf(url: string | undefined): string | undefined {
  return url ? new URL(url).origin : undefined;
}

/** Apollo's log lines, through the same adapter as Yoga's, marked as the gateway's own. */
function apolloLogger(logger: Logger) {
  return yogaLogAdapter(logger.child({ component: 'apollo-gateway' }));
}
