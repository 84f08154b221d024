import {
  assertUnprivileged,
  createInternalClient,
  createMailer,
  type EventBus,
  internalTokenKey,
  type Logger,
  type Mailer,
  mailLinkKey,
  OutboxRelay,
  processedMessagesPruneJobOf,
  type Subscription,
  type WorkerFactory,
} from '@ucos/kit';
import { database, tenantDb } from './db.ts';
import { SCHEMA } from './deps.ts';
import { loadNotificationsEnv, type NotificationsEnv } from './env.ts';
import { subscribeNotificationEvents } from './events/in/consumers.ts';
import { identityRecipients } from './ports/identity-recipients.ts';
import type { RecipientDirectory } from './ports/recipients.ts';
import { NotificationSender } from './sender.ts';

export interface NotificationsWorkerOverrides {
  directory?: RecipientDirectory;
  mailer?: Mailer;
  /** the durable consumer's name (tests run several workers on one bus) */
  consumer?: string;
}

/**
 * The background half of notifications: the consumer that turns events into pending notifications,
 * and the sender that delivers them through the kit's mailer (SMTP_URL, or .eml files in MAIL_DIR).
 */
export async function createNotificationsWorker(
  env: NotificationsEnv,
  logger: Logger,
  bus: EventBus,
  overrides: NotificationsWorkerOverrides = {},
) {
  const pool = database.connectPlacedPool(env, Math.max(2, Math.ceil(env.DATABASE_POOL_SIZE / 2)), logger);
  await assertUnprivileged(pool);
  const relay = new OutboxRelay({ pool, schema: SCHEMA, bus, logger });
  const unitOfWork = <Tenant extends string | null>(tenantId: Tenant) => tenantDb(pool, tenantId, relay);
  const mailer =
    overrides.mailer ?? createMailer({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, directory: env.MAIL_DIR });
  const directory =
    overrides.directory ??
    identityRecipients(
      createInternalClient(env.IDENTITY_SUBGRAPH_URL, internalTokenKey(env.INTERNAL_TOKEN_SECRET), {
        service: 'identity',
        logger,
      }),
    );
  const sender = new NotificationSender({
    pool,
    mailer,
    log: logger,
    unitOfWork,
    pollMs: env.NOTIFICATIONS_POLL_MS,
    retryBaseMs: env.NOTIFICATIONS_RETRY_BASE_MS,
    maxAttempts: env.NOTIFICATIONS_MAX_ATTEMPTS,
    leaseSeconds: env.NOTIFICATIONS_LEASE_SECONDS,
    linkKey: mailLinkKey(env.INTERNAL_TOKEN_SECRET),
  });
  const prune = processedMessagesPruneJobOf(SCHEMA, pool, logger, env);
  const subscriptions: Subscription[] = [];
  return {
    name: 'notifications',
    pool,
    sender,
    mailer,
    prune,
    unitOfWork,
    async start() {
      relay.start();
      subscriptions.push(
        await subscribeNotificationEvents(
          bus,
          unitOfWork(null),
          { directory, defaultLocale: env.NOTIFICATIONS_DEFAULT_LOCALE, log: logger },
          overrides.consumer,
        ),
      );
      sender.start();
      prune.start();
    },
    async close() {
      await Promise.all(subscriptions.splice(0).map((subscription) => subscription.stop()));
      await sender.stop();
      await prune.stop();
      await relay.stop();
      if (!overrides.mailer) await mailer.close();
      await pool.end().catch(() => undefined);
    },
  };
}

export const createWorker: WorkerFactory = async (source, { logger, bus }) =>
  createNotificationsWorker(loadNotificationsEnv(source), logger, bus);
