import { createDomainServer, type EventBus, InProcessEventBus, type Logger } from '@ucos/kit';
import { APP_DOCUMENTS_ROUTE } from '@ucos/kit/app-documents';
import {
  createFeatureFlags,
  FEATURE_FLAG_CHANGED,
  type FeatureFlags,
  flagChangedHandler,
} from '@ucos/kit/feature-flags';
import { type PluginHookRunner, pluginHooksOf } from '@ucos/kit/plugin-hooks';
import { SESSION_REVOCATIONS_ROUTE } from '@ucos/kit/session-revocation';
import type { IdentityContext } from './context.ts';
import type { DocumentChecker } from './data/app-documents.ts';
import { listFlags } from './data/feature-flags.ts';
import type { SessionSettings } from './data/sessions.ts';
import { loadSigningKey, type SigningKey } from './data/signing-keys.ts';
import { connectPool, type IdentityConnections, type IdentityDatabase, identityDatabase } from './db.ts';
import { documentCheckerOf } from './document-checker.ts';
import type { IdentityEnv } from './env.ts';
import { type RevocationBroadcast, startRevocationBroadcast } from './revocation-broadcast.ts';
import { apiKeyResolveRoute, appDocumentsRoute, jwksRoute, sessionRevocationsRoute } from './routes.ts';
import { schema } from './schema/index.ts';
import { SERVICE_TOKENS_ROUTE, serviceTokenRoute } from './service-tokens.ts';

export { schema };

export interface IdentityServerOptions {
  /** the platform's bus; without one, identity's own in-process bus (`bus` of the server) carries its mail events */
  bus?: EventBus;
}

/** What identity's request path holds for the life of the process. */
interface IdentityRuntime {
  connections: IdentityConnections;
  /** the database as no tenant, kicking the relay after each commit that emitted */
  root: IdentityDatabase;
  sessions: SessionSettings;
  signingKey: SigningKey;
  broadcast: RevocationBroadcast | null;
  documents: DocumentChecker;
  /** the tenants' flags, cached for a few seconds and dropped on `identity.feature_flag.changed` */
  flags: FeatureFlags;
  /** tenants' plugins at shopper registration */
  plugins: PluginHookRunner;
}

function sessionSettings(env: IdentityEnv, signingKey: SigningKey): SessionSettings {
  return {
    signingKey,
    accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlDays: env.REFRESH_TOKEN_TTL_DAYS,
    customerTokenTtlSeconds: env.CUSTOMER_TOKEN_TTL_SECONDS,
    scryptLogN: env.PASSWORD_SCRYPT_LOG_N,
    // a revocation must outlive every access token it concerns, plus the gateway's clock leeway
    revocationTtlSeconds: Math.max(env.ACCESS_TOKEN_TTL_SECONDS, env.CUSTOMER_TOKEN_TTL_SECONDS) + 60,
    signUpTtlSeconds: env.SIGN_UP_TTL_HOURS * 3600,
    signInThrottle: {
      windowSeconds: env.SIGN_IN_WINDOW_SECONDS,
      accountFailures: env.SIGN_IN_ACCOUNT_FAILURES,
      addressFailures: env.SIGN_IN_ADDRESS_FAILURES,
      lockSeconds: env.SIGN_IN_LOCK_SECONDS,
      maxLockSeconds: env.SIGN_IN_MAX_LOCK_SECONDS,
    },
  };
}

/**
 * Builds the identity subgraph server on the kit's `createDomainServer`, with identity's own context
 * (the Prisma unit of work as the caller's tenant and as none), its routes (JWKS, API-key resolution,
 * the revocation feed, service tokens) and the Redis revocation broadcast. The mail consumer and the
 * pending sign-up sweep are background work: `createWorker` in src/worker.ts, on the same bus.
 */
export async function createIdentityServer(env: IdentityEnv, logger: Logger, options: IdentityServerOptions = {}) {
  const ownBus = options.bus ? null : new InProcessEventBus({ logger });
  const bus = options.bus ?? ownBus!;
  const previousKeys = JSON.parse(env.AUTH_PREVIOUS_PUBLIC_KEYS) as object[];
  try {
    const server = await createDomainServer<IdentityRuntime, IdentityContext>({
      database: { schema: 'identity', connectPool },
      schema,
      // the platform's directory stays whole in the home database: a user belongs to many tenants, and
      // keys and sessions are looked up before the tenant is known (docs/architecture/tenant-placement.md)
      env: { ...env, TENANT_PLACEMENT: undefined },
      logger,
      bus,
      deps: async ({ pool, relay }) => {
        const connections = identityDatabase(pool);
        try {
          const signingKey = await loadSigningKey(env.AUTH_SIGNING_KEY);
          const broadcast = env.REDIS_URL
            ? await startRevocationBroadcast(env.DATABASE_URL, env.REDIS_URL, logger)
            : null;
          const root = connections.unitOfWork(relay);
          return {
            flags: createFeatureFlags({ load: (tenantId) => listFlags(root.as(tenantId)) }),
            connections,
            root,
            signingKey,
            sessions: sessionSettings(env, signingKey),
            broadcast,
            documents: documentCheckerOf(env),
            plugins: pluginHooksOf({
              url: env.PLUGINS_SUBGRAPH_URL,
              secret: env.INTERNAL_TOKEN_SECRET,
              caller: 'identity',
              logger,
            }),
          };
        } catch (error) {
          await connections.prisma.$disconnect();
          throw error;
        }
      },
      context: (base, deps) => ({
        ...base,
        db: deps.root.as(base.auth.tenantId),
        root: deps.root,
        sessions: deps.sessions,
        documents: deps.documents,
        flags: deps.flags,
        plugins: deps.plugins,
      }),
      // every change drops the tenant's cached flags here (this process drops them at once too, see
      // schema/feature-flag.ts; another instance sharing the consumer keeps them at most the TTL)
      subscribe: async (deps) => [
        await bus.subscribe({
          consumer: 'identity-flag-cache',
          subjects: [`ucos.${FEATURE_FLAG_CHANGED}`],
          handler: flagChangedHandler(deps.flags),
        }),
        ...(await deps.plugins.subscribe(bus)),
      ],
      server: (deps) => ({
        routes: {
          '/.well-known/jwks.json': jwksRoute(deps.signingKey, previousKeys),
          '/internal/api-keys/resolve': apiKeyResolveRoute(deps.connections.pool),
          [SESSION_REVOCATIONS_ROUTE]: sessionRevocationsRoute(deps.connections.pool),
          [SERVICE_TOKENS_ROUTE]: serviceTokenRoute(deps.signingKey),
          [APP_DOCUMENTS_ROUTE]: appDocumentsRoute(deps.root),
        },
      }),
      release: async (deps) => {
        await deps.plugins.close();
        await deps.broadcast?.close();
        await deps.connections.prisma.$disconnect();
      },
    });
    return {
      ...server,
      /** where the relay publishes: the worker's mail consumer subscribes here */
      bus,
      async close() {
        await server.close();
        await ownBus?.close();
      },
    };
  } catch (error) {
    await ownBus?.close();
    throw error;
  }
}
