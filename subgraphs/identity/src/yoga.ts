import {
  assertUnprivileged,
  createMailer,
  createSubgraphServer,
  type EventBus,
  InProcessEventBus,
  internalTokenKey,
  type Logger,
  type Mailer,
  OutboxRelay,
  type Subscription,
} from '@ucos/kit';
import { SESSION_REVOCATIONS_ROUTE } from '@ucos/kit/session-revocation';
import type { IdentityContext } from './context.ts';
import type { SessionSettings } from './data/sessions.ts';
import { sweepExpiredSignUps } from './data/sign-ups.ts';
import { loadSigningKey } from './data/signing-keys.ts';
import { connectIdentityDatabase } from './db.ts';
import type { IdentityEnv } from './env.ts';
import { subscribeMail } from './events/in/mail-consumer.ts';
import { mailTokenKey } from './mail/tokens.ts';
import { type RevocationBroadcast, startRevocationBroadcast } from './revocation-broadcast.ts';
import { apiKeyResolveRoute, jwksRoute, sessionRevocationsRoute } from './routes.ts';
import { schema } from './schema/index.ts';
import { SERVICE_TOKENS_ROUTE, serviceTokenRoute } from './service-tokens.ts';

export { schema };

export interface IdentityDeps {
  /** the platform's bus; without one, identity's own in-process bus carries its mail events */
  bus?: EventBus;
  /** defaults to SMTP_URL, or .eml files in MAIL_DIR */
  mailer?: Mailer;
}

/**
 * Builds the identity subgraph server: connects, checks the database role, wires the routes, and
 * prepares the outbox relay and the mail consumer (started by `start()`, stopped by `close()`).
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
  const mailer = deps.mailer ?? createMailer({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, directory: env.MAIL_DIR });
  let mail: Subscription | null = null;
  let sweeper: ReturnType<typeof setInterval> | null = null;
  const sweep = () =>
    sweepExpiredSignUps(connections.pool).catch((error: unknown) =>
      logger.error({ err: error }, 'sweeping expired sign-ups failed'),
    );
  return {
    yoga,
    mailer,
    async start() {
      relay.start();
      mail = await subscribeMail(bus, connections.pool, mailer, {
        adminUrl: env.ADMIN_APP_URL,
        storefrontUrl: env.STOREFRONT_URL,
        invitationTtlSeconds: env.INVITATION_TTL_HOURS * 3600,
        verificationTtlSeconds: env.EMAIL_VERIFICATION_TTL_HOURS * 3600,
        passwordResetTtlSeconds: env.PASSWORD_RESET_TTL_MINUTES * 60,
        tokenKey: mailTokenKey(env.AUTH_SIGNING_KEY),
        perAddressLimit: env.MAIL_PER_ADDRESS_LIMIT,
        perAddressWindowSeconds: env.MAIL_PER_ADDRESS_WINDOW_MINUTES * 60,
      });
      sweeper = setInterval(sweep, env.SIGN_UP_SWEEP_SECONDS * 1000);
      sweeper.unref();
      logger.info({ mail: mailer.destination }, `identity mail goes to ${mailer.destination}`);
    },
    async close() {
      if (sweeper) clearInterval(sweeper);
      await mail?.stop();
      await relay.stop();
      await ownBus?.close();
      await mailer.close();
      await broadcast?.close();
      await connections.close();
    },
  };
}
