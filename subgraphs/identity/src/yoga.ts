import {
  assertUnprivileged,
  createSubgraphServer,
  type EventBus,
  InProcessEventBus,
  internalTokenKey,
  type Logger,
  OutboxRelay,
} from '@ucos/kit';
import { SESSION_REVOCATIONS_ROUTE } from '@ucos/kit/session-revocation';
import type { IdentityContext } from './context.ts';
import type { SessionSettings } from './data/sessions.ts';
import { loadSigningKey } from './data/signing-keys.ts';
import { connectIdentityDatabase } from './db.ts';
import type { IdentityEnv } from './env.ts';
import { type RevocationBroadcast, startRevocationBroadcast } from './revocation-broadcast.ts';
import { apiKeyResolveRoute, jwksRoute, sessionRevocationsRoute } from './routes.ts';
import { schema } from './schema/index.ts';
import { SERVICE_TOKENS_ROUTE, serviceTokenRoute } from './service-tokens.ts';

export { schema };

export interface IdentityDeps {
  /** the platform's bus; without one, identity's own in-process bus (`bus` of the server) carries its mail events */
  bus?: EventBus;
}

/**
 * Builds the identity subgraph server: connects, checks the database role, wires the routes, and
 * prepares the outbox relay (started by `start()`, stopped by `close()`). The mail consumer and the
 * pending sign-up sweep are background work: `createWorker` in src/worker.ts, on the same bus.
 */
export async function createIdentityServer(env: IdentityEnv, logger: Logger, deps: IdentityDeps = {}) {
  const connections = connectIdentityDatabase(env.DATABASE_URL, env.DATABASE_POOL_SIZE, logger);
  await assertUnprivileged(connections.pool);
  const ownBus = deps.bus ? null : new InProcessEventBus({ logger });
  const bus = deps.bus ?? ownBus!;
  const relay = new OutboxRelay({ pool: connections.pool, schema: 'identity', bus, logger });
  // every unit of work kicks the relay after a commit that emitted
  const root = connections.unitOfWork(relay);
  const signingKey = await loadSigningKey(env.AUTH_SIGNING_KEY);
  const previousKeys = JSON.parse(env.AUTH_PREVIOUS_PUBLIC_KEYS) as object[];
  const sessions: SessionSettings = {
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
  const yoga = createSubgraphServer<IdentityContext>({
    name: 'identity',
    schema,
    logger,
    internalTokenKey: internalTokenKey(env.INTERNAL_TOKEN_SECRET),
    context: (base) => ({ ...base, db: root.as(base.auth.tenantId), root, sessions }),
    database: { pool: connections.pool, schema: 'identity' },
    routes: {
      '/.well-known/jwks.json': jwksRoute(signingKey, previousKeys),
      '/internal/api-keys/resolve': apiKeyResolveRoute(connections.pool),
      [SESSION_REVOCATIONS_ROUTE]: sessionRevocationsRoute(connections.pool),
      [SERVICE_TOKENS_ROUTE]: serviceTokenRoute(signingKey),
    },
  });
  let broadcast: RevocationBroadcast | null = null;
  if (env.REDIS_URL) {
    try {
      broadcast = await startRevocationBroadcast(env.DATABASE_URL, env.REDIS_URL, logger);
    } catch (error) {
      await ownBus?.close();
      await connections.close();
      throw error;
    }
  }
  return {
    yoga,
    /** where the relay publishes: the worker's mail consumer subscribes here */
    bus,
    async start() {
      relay.start();
    },
    async close() {
      await relay.stop();
      await ownBus?.close();
      await broadcast?.close();
      await connections.close();
    },
  };
}
