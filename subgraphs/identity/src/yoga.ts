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
import type { IdentityContext } from './context.ts';
import type { SessionSettings } from './data/sessions.ts';
import { loadSigningKey } from './data/signing-keys.ts';
import { connectIdentityDatabase } from './db.ts';
import type { IdentityEnv } from './env.ts';
import { subscribeMail } from './mail/mail-consumer.ts';
import { apiKeyResolveRoute, jwksRoute } from './routes.ts';
import { schema } from './schema/index.ts';

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
  const connections = connectIdentityDatabase(env.DATABASE_URL, env.DATABASE_POOL_SIZE);
  await assertUnprivileged(connections.pool);
  const signingKey = await loadSigningKey(env.AUTH_SIGNING_KEY);
  const previousKeys = JSON.parse(env.AUTH_PREVIOUS_PUBLIC_KEYS) as object[];
  const sessions: SessionSettings = {
    signingKey,
    accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlDays: env.REFRESH_TOKEN_TTL_DAYS,
    customerTokenTtlSeconds: env.CUSTOMER_TOKEN_TTL_SECONDS,
    scryptLogN: env.PASSWORD_SCRYPT_LOG_N,
  };
  const yoga = createSubgraphServer<IdentityContext>({
    name: 'identity',
    schema,
    logger,
    internalTokenKey: internalTokenKey(env.INTERNAL_TOKEN_SECRET),
    context: (base) => ({ ...base, db: connections.root.as(base.auth.tenantId), root: connections.root, sessions }),
    database: { pool: connections.pool, schema: 'identity' },
    routes: {
      '/.well-known/jwks.json': jwksRoute(signingKey, previousKeys),
      '/internal/api-keys/resolve': apiKeyResolveRoute(connections.pool),
    },
  });
  const ownBus = deps.bus ? null : new InProcessEventBus({ logger });
  const bus = deps.bus ?? ownBus!;
  const mailer = deps.mailer ?? createMailer({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, directory: env.MAIL_DIR });
  const relay = new OutboxRelay({ pool: connections.pool, schema: 'identity', bus, logger });
  let mail: Subscription | null = null;
  return {
    yoga,
    mailer,
    async start() {
      relay.start();
      mail = await subscribeMail(bus, connections.pool, mailer, {
        adminUrl: env.ADMIN_APP_URL,
        invitationTtlSeconds: env.INVITATION_TTL_HOURS * 3600,
        verificationTtlSeconds: env.EMAIL_VERIFICATION_TTL_HOURS * 3600,
        passwordResetTtlSeconds: env.PASSWORD_RESET_TTL_MINUTES * 60,
      });
      logger.info({ mail: mailer.destination }, `identity mail goes to ${mailer.destination}`);
    },
    async close() {
      await mail?.stop();
      await relay.stop();
      await ownBus?.close();
      await mailer.close();
      await connections.close();
    },
  };
}
