import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EnvError, envFields, parseEnv } from '@ucos/kit/env';
import { loadServiceTls, type ServerTls, type ServiceTls, tlsEnvShape } from '@ucos/kit/tls';
import { tracingEnvShape } from '@ucos/kit/tracing';
import { z } from 'zod';
import { invalidProxyEntries } from './client-address.ts';
import { ENFORCEABLE, type EnforceableKind } from './trusted-documents.ts';

const defaultSupergraphPath = fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url));

/**
 * Defaults let a depth-9 federated listing query (four subgraphs, connections inside connections)
 * through with room to spare; graphql-armor's own defaults (depth 6, cost 5,000) reject it.
 */
export const DEFAULT_LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 2000,
  maxCost: 20_000,
  maxDirectives: 50,
} as const;

/**
 * Rate-limit budgets in points per window (60 s), measured against what the apps send (gateway
 * README, "Budgets"): a storefront page costs at most ~3,000 points, an admin page ~25,000.
 */
export const DEFAULT_BUDGETS = {
  points: 1_000_000,
  storefrontClientPoints: 150_000,
  storefrontKeyPoints: 5_000_000,
  anonymousPoints: 20_000,
  maxRequestPoints: 60_000,
} as const;

const env = {
  NODE_ENV: envFields.nodeEnv,
  LOG_LEVEL: envFields.logLevel,
  HOST: z.string().min(1).optional(),
  PORT: envFields.port.default(4000),
  GATEWAY_WORKERS: z
    .union([z.literal('auto'), z.coerce.number().int().min(1).max(256)], {
      error: 'a whole number of processes ≥ 1, or auto (one per core)',
    })
    .default(1),
  SUPERGRAPH_PATH: z.string().min(1).default(defaultSupergraphPath),
  IDENTITY_URL: envFields.optionalUrl,
  INTERNAL_TOKEN_SECRET: envFields.secret.optional(),
  MAX_DEPTH: envFields.positiveInt.default(DEFAULT_LIMITS.maxDepth),
  MAX_ALIASES: envFields.positiveInt.default(DEFAULT_LIMITS.maxAliases),
  MAX_TOKENS: envFields.positiveInt.default(DEFAULT_LIMITS.maxTokens),
  MAX_COST: envFields.positiveInt.default(DEFAULT_LIMITS.maxCost),
  MAX_DIRECTIVES: envFields.positiveInt.default(DEFAULT_LIMITS.maxDirectives),
  MAX_REQUEST_BYTES: envFields.positiveInt.default(2 * 1024 * 1024),
  MEDIA_MAX_BYTES: envFields.positiveInt.default(10 * 1024 * 1024),
  SUBGRAPH_POOL_CONNECTIONS: envFields.positiveInt.default(16),
  SUBGRAPH_TIMEOUT_MS: envFields.positiveInt.default(30_000),
  ALLOW_INTROSPECTION: envFields.boolean.optional(),
  AUTH_DISABLED: envFields.boolean.default(false),
  CORS_ORIGINS: z.string().optional(),
  TRUSTED_DOCUMENTS: z.string().optional(),
  TRUSTED_DOCUMENTS_ENFORCE: z.string().optional(),
  REDIS_URL: envFields.optionalUrl,
  RATE_LIMIT_POINTS: envFields.positiveInt.default(DEFAULT_BUDGETS.points),
  RATE_LIMIT_STOREFRONT_CLIENT_POINTS: envFields.positiveInt.default(DEFAULT_BUDGETS.storefrontClientPoints),
  RATE_LIMIT_STOREFRONT_KEY_POINTS: envFields.positiveInt.default(DEFAULT_BUDGETS.storefrontKeyPoints),
  RATE_LIMIT_ANONYMOUS_POINTS: envFields.positiveInt.default(DEFAULT_BUDGETS.anonymousPoints),
  RATE_LIMIT_WINDOW_SECONDS: envFields.positiveInt.default(60),
  MAX_REQUEST_POINTS: envFields.positiveInt.default(DEFAULT_BUDGETS.maxRequestPoints),
  REQUEST_TIMEOUT_MS: envFields.positiveInt.default(8000),
  MUTATION_TIMEOUT_MS: envFields.positiveInt.default(30_000),
  TRUSTED_PROXIES: z.string().optional(),
  METRICS_PORT: envFields.port.default(9400),
  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  METRICS_TOP_TENANTS: z.coerce.number().int().min(1).max(50).default(10),
  METRICS_TOP_TENANTS_WINDOW_SECONDS: z.coerce.number().int().min(6).max(3600).default(60),
  PUBLISHABLE_KEY_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(10),
  APP_DOCUMENTS_REFRESH_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  STOREFRONT_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(5),
  PARTNER_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  CACHE_INVALIDATING_DOMAINS: z.string().default('catalog,inventory,procurement'),
  REVOCATION_POLL_MS: z.coerce.number().int().min(100).max(4000).default(1000),
  REVOCATION_MAX_STALE_SECONDS: z.coerce.number().int().min(2).max(60).default(5),
  ...tracingEnvShape,
  /** the public certificate (PEM) the gateway serves HTTPS with, TLS 1.3 minimum; unset: plain HTTP */
  GATEWAY_TLS_CERT_FILE: z.string().optional(),
  GATEWAY_TLS_KEY_FILE: z.string().optional(),
  /** the service certificate presented to the subgraphs (mutual TLS) and the platform CAs they must chain to */
  ...tlsEnvShape,
};

export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxCost: number;
  maxDirectives: number;
}

export interface GatewayConfig {
  nodeEnv: 'development' | 'test' | 'production';
  logLevel: string;
  host: string;
  port: number;
  /** processes serving the one port (1: this process alone); `auto` resolved to the cores */
  workers: number;
  supergraphPath: string;
  /** dev only: build the supergraph by introspecting the SUBGRAPH_<NAME>_URL subgraphs */
  composeFromSubgraphs: boolean;
  /** undefined: derived from the identity subgraph's URL */
  identityUrl: string | undefined;
  /** undefined only when authentication is off (a random key is used then) */
  internalTokenSecret: string | undefined;
  /** SUBGRAPH_<NAME>_URL, keyed by NAME as written (upper case) */
  subgraphUrls: Record<string, string>;
  limits: Limits;
  maxRequestBytes: number;
  /** the largest image `POST /media` takes (catalog checks its own MEDIA_MAX_BYTES too) */
  mediaMaxBytes: number;
  subgraphPoolConnections: number;
  subgraphTimeoutMs: number;
  /** every caller may introspect; otherwise only users and API keys may */
  allowIntrospection: boolean;
  authDisabled: boolean;
  /** '*' = any origin (no cookies are used, so no credentials are allowed either) */
  corsOrigins: string[];
  /** persisted-document manifests ({ sha256: document }) of the first-party apps; none: feature off */
  trustedDocuments: string[];
  /** with manifests loaded, these principals may only run trusted documents */
  trustedDocumentsEnforce: EnforceableKind[];
  /** shared rate-limit counters; in memory when unset */
  redisUrl: string | undefined;
  rateLimit: {
    points: number;
    storefrontClientPoints: number;
    storefrontKeyPoints: number;
    anonymousPoints: number;
    maxRequestPoints: number;
    windowSeconds: number;
  };
  /** a query's deadline; subgraph calls still running then are aborted */
  requestTimeoutMs: number;
  /** a mutation's deadline (bulk imports) */
  mutationTimeoutMs: number;
  /** peers whose x-forwarded-for is believed (addresses or CIDR ranges) */
  trustedProxies: string[];
  /** the internal port (and address) /metrics is served on by index.ts; never the public one */
  metrics: { port: number; host: string; topTenants: number; topTenantsWindowSeconds: number };
  /** OpenTelemetry export (OTEL_EXPORTER_OTLP_ENDPOINT; none: tracing off) and the sampled share */
  tracing: { endpoint: string | undefined; ratio: number };
  /** reuse a storefront key's resolution this long (0: resolve every request) */
  publishableKeyCacheSeconds: number;
  /** how old the copy of an app's published documents may grow before it is read again (the safety net) */
  appDocumentsRefreshSeconds: number;
  /** answer storefront keys' public catalog reads from memory this long (0: off) */
  storefrontCacheSeconds: number;
  /** answer secret API keys' catalog reads from memory at most this long, while Redis announces changes (0: off) */
  partnerCacheSeconds: number;
  /** the domains whose commits drop a tenant's cached catalog answers */
  cacheInvalidatingDomains: string[];
  /** how the revocation list follows identity, and how old it may get before tokens get 503 */
  revocation: { pollMs: number; maxStaleSeconds: number };
  /**
   * `public`: HTTPS for clients (GATEWAY_TLS_*); `service`: the certificate the gateway presents to
   * subgraphs, and the platform CAs their certificates must chain to (TLS_*). Either null: plain HTTP.
   */
  tls: { public: ServerTls | null; service: ServiceTls | null };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export const USAGE = `Usage: node gateway/src/index.ts [options]   (or: bun gateway/src/index.ts)

  --supergraph <file>         serve this supergraph file (default: SUPERGRAPH_PATH or schema/supergraph.graphql)
  --port <n>                  listen on this port (default: PORT or 4000; 0 = any free port)
  --host <addr>               listen on this address (default: HOST, 127.0.0.1, or 0.0.0.0 in production)
  --no-auth                   development only: no authentication, every caller is anonymous
  --compose-from-subgraphs    development only: compose from the running SUBGRAPH_<NAME>_URL subgraphs
  --trusted-documents <files> comma-separated persisted-document manifests (default: TRUSTED_DOCUMENTS)
  --help                      print this text
`;

const SUBGRAPH_URL = /^SUBGRAPH_([A-Z0-9_]+)_URL$/;

/**
 * Reads the environment and command line once. Throws `ConfigError`/`EnvError` listing every
 * problem; the caller (index.ts) prints and exits, tests assert on the message.
 */
export function loadConfig(source: Record<string, string | undefined> = process.env, argv: string[] = []) {
  const args = parseCli(argv);
  // a copy, so parseEnv throws instead of exiting the process
  const values = parseEnv(env, { ...source }, 'gateway');
  const problems: string[] = [];

  const subgraphUrls: Record<string, string> = {};
  for (const [name, value] of Object.entries(source)) {
    const match = SUBGRAPH_URL.exec(name);
    if (!match?.[1] || !value) continue;
    if (z.url().safeParse(value).success) subgraphUrls[match[1]] = value;
    else problems.push(`${name}: not a URL`);
  }

  const production = values.NODE_ENV === 'production';
  const authDisabled = args['no-auth'] === true || values.AUTH_DISABLED;
  const composeFromSubgraphs = args['compose-from-subgraphs'] === true;
  if (authDisabled && production) {
    problems.push('--no-auth / AUTH_DISABLED is refused when NODE_ENV=production');
  }
  if (production && !values.CORS_ORIGINS?.trim()) {
    problems.push(
      'CORS_ORIGINS: required when NODE_ENV=production (the browser origins of your storefronts and admin, comma-separated; `*` only if you mean every site)',
    );
  }
  if (composeFromSubgraphs && production) {
    problems.push('--compose-from-subgraphs is refused when NODE_ENV=production: serve the committed supergraph');
  }
  if (composeFromSubgraphs && Object.keys(subgraphUrls).length === 0) {
    problems.push('--compose-from-subgraphs needs at least one SUBGRAPH_<NAME>_URL');
  }
  if (!authDisabled && !values.INTERNAL_TOKEN_SECRET) {
    problems.push('INTERNAL_TOKEN_SECRET: required (the subgraphs verify the tokens signed with it)');
  }
  const trustedDocuments = (args['trusted-documents'] ?? values.TRUSTED_DOCUMENTS ?? '')
    .split(',')
    .map((path) => path.trim())
    .filter(Boolean);
  const enforce = (values.TRUSTED_DOCUMENTS_ENFORCE ?? 'publishable_key,customer')
    .split(',')
    .map((kind) => kind.trim())
    .filter((kind) => kind && kind !== 'none');
  for (const kind of enforce) {
    if (!(ENFORCEABLE as readonly string[]).includes(kind)) {
      problems.push(
        `TRUSTED_DOCUMENTS_ENFORCE: unknown principal kind "${kind}" (one of ${ENFORCEABLE.join(', ')}, or none)`,
      );
    }
  }
  const trustedProxies = (values.TRUSTED_PROXIES ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of invalidProxyEntries(trustedProxies)) {
    problems.push(`TRUSTED_PROXIES: "${entry}" is neither an IP address nor a CIDR range`);
  }
  const port = args.port === undefined ? values.PORT : Number(args.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push('--port: not a port number');
  const workers = values.GATEWAY_WORKERS === 'auto' ? availableParallelism() : values.GATEWAY_WORKERS;
  // with port 0 each worker would get a port of its own on Bun, so clients would reach only one
  if (workers > 1 && port === 0) problems.push('GATEWAY_WORKERS > 1 needs a fixed port, not 0');
  if (problems.length > 0) {
    throw new ConfigError(`[gateway] invalid configuration:\n${problems.map((line) => `  - ${line}`).join('\n')}`);
  }

  const config: GatewayConfig = {
    nodeEnv: values.NODE_ENV,
    logLevel: values.LOG_LEVEL,
    host: args.host ?? values.HOST ?? (production ? '0.0.0.0' : '127.0.0.1'),
    port,
    workers,
    supergraphPath: args.supergraph ?? values.SUPERGRAPH_PATH,
    composeFromSubgraphs,
    identityUrl: values.IDENTITY_URL,
    internalTokenSecret: values.INTERNAL_TOKEN_SECRET,
    subgraphUrls,
    limits: {
      maxDepth: values.MAX_DEPTH,
      maxAliases: values.MAX_ALIASES,
      maxTokens: values.MAX_TOKENS,
      maxCost: values.MAX_COST,
      maxDirectives: values.MAX_DIRECTIVES,
    },
    maxRequestBytes: values.MAX_REQUEST_BYTES,
    mediaMaxBytes: values.MEDIA_MAX_BYTES,
    subgraphPoolConnections: values.SUBGRAPH_POOL_CONNECTIONS,
    subgraphTimeoutMs: values.SUBGRAPH_TIMEOUT_MS,
    allowIntrospection: values.ALLOW_INTROSPECTION ?? !production,
    authDisabled,
    corsOrigins: (values.CORS_ORIGINS ?? '*')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    trustedDocuments,
    trustedDocumentsEnforce: enforce as EnforceableKind[],
    redisUrl: values.REDIS_URL,
    rateLimit: {
      points: values.RATE_LIMIT_POINTS,
      storefrontClientPoints: values.RATE_LIMIT_STOREFRONT_CLIENT_POINTS,
      storefrontKeyPoints: values.RATE_LIMIT_STOREFRONT_KEY_POINTS,
      anonymousPoints: values.RATE_LIMIT_ANONYMOUS_POINTS,
      maxRequestPoints: values.MAX_REQUEST_POINTS,
      windowSeconds: values.RATE_LIMIT_WINDOW_SECONDS,
    },
    requestTimeoutMs: values.REQUEST_TIMEOUT_MS,
    mutationTimeoutMs: values.MUTATION_TIMEOUT_MS,
    trustedProxies,
    metrics: {
      port: values.METRICS_PORT,
      host: values.METRICS_HOST,
      topTenants: values.METRICS_TOP_TENANTS,
      topTenantsWindowSeconds: values.METRICS_TOP_TENANTS_WINDOW_SECONDS,
    },
    publishableKeyCacheSeconds: values.PUBLISHABLE_KEY_CACHE_SECONDS,
    appDocumentsRefreshSeconds: values.APP_DOCUMENTS_REFRESH_SECONDS,
    storefrontCacheSeconds: values.STOREFRONT_CACHE_SECONDS,
    partnerCacheSeconds: values.PARTNER_CACHE_SECONDS,
    cacheInvalidatingDomains: values.CACHE_INVALIDATING_DOMAINS.split(',')
      .map((domain) => domain.trim())
      .filter(Boolean),
    revocation: { pollMs: values.REVOCATION_POLL_MS, maxStaleSeconds: values.REVOCATION_MAX_STALE_SECONDS },
    tracing: { endpoint: values.OTEL_EXPORTER_OTLP_ENDPOINT, ratio: values.OTEL_TRACES_SAMPLER_RATIO },
    tls: {
      public: publicTls(values.GATEWAY_TLS_CERT_FILE, values.GATEWAY_TLS_KEY_FILE),
      service: loadServiceTls(values),
    },
  };
  return { config, help: args.help === true };
}

/** The gateway's public HTTPS: both files or neither (no client certificates asked of the public). */
function publicTls(certFile: string | undefined, keyFile: string | undefined): ServerTls | null {
  if (!certFile && !keyFile) return null;
  if (!certFile || !keyFile) {
    throw new ConfigError(
      `[gateway] ${certFile ? 'GATEWAY_TLS_KEY_FILE' : 'GATEWAY_TLS_CERT_FILE'} is not set: HTTPS needs both files`,
    );
  }
  const read = (file: string, variable: string) => {
    try {
      return readFileSync(file, 'utf8');
    } catch (error) {
      throw new ConfigError(`[gateway] ${variable}: cannot read ${file}: ${(error as Error).message}`);
    }
  };
  return { cert: read(certFile, 'GATEWAY_TLS_CERT_FILE'), key: read(keyFile, 'GATEWAY_TLS_KEY_FILE') };
}

function parseCli(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        supergraph: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        'no-auth': { type: 'boolean' },
        'compose-from-subgraphs': { type: 'boolean' },
        'trusted-documents': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    throw new ConfigError(`[gateway] ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  }
}

export { EnvError };
