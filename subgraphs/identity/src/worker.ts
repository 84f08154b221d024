import {
  createMailer,
  createPool,
  type EventBus,
  InFlight,
  type Logger,
  type Mailer,
  parseEnv,
  type ScheduledJob,
  type Subscription,
  scheduledJob,
  settlesWithin,
  type WorkerFactory,
  type WorkerService,
} from '@ucos/kit';
import { z } from 'zod';
import { sweepExpiredSignUps } from './data/sign-ups.ts';
import { identityEnvShape } from './env.ts';
import { subscribeMail } from './events/in/mail-consumer.ts';
import { mailTokenKey } from './mail/tokens.ts';

const {
  LOG_LEVEL,
  DATABASE_URL,
  AUTH_SIGNING_KEY,
  SMTP_URL,
  MAIL_FROM,
  MAIL_DIR,
  ADMIN_APP_URL,
  STOREFRONT_URL,
  INVITATION_TTL_HOURS,
  EMAIL_VERIFICATION_TTL_HOURS,
  PASSWORD_RESET_TTL_MINUTES,
  SIGN_UP_SWEEP_SECONDS,
  MAIL_PER_ADDRESS_LIMIT,
  MAIL_PER_ADDRESS_WINDOW_MINUTES,
} = identityEnvShape;

/** What identity's worker reads: the mail settings, the sign-up sweep, and the grace for a stop. */
export const identityWorkerEnvShape = {
  LOG_LEVEL,
  DATABASE_URL,
  /** the worker's own pool: the job lock holds one connection, mail and the sweep use the others */
  WORKER_DATABASE_POOL_SIZE: z.coerce.number().int().positive().default(4),
  /** the mailed tokens are derived from it (src/mail/tokens.ts) */
  AUTH_SIGNING_KEY,
  SMTP_URL,
  MAIL_FROM,
  MAIL_DIR,
  ADMIN_APP_URL,
  STOREFRONT_URL,
  INVITATION_TTL_HOURS,
  EMAIL_VERIFICATION_TTL_HOURS,
  PASSWORD_RESET_TTL_MINUTES,
  SIGN_UP_SWEEP_SECONDS,
  MAIL_PER_ADDRESS_LIMIT,
  MAIL_PER_ADDRESS_WINDOW_MINUTES,
  WORKER_SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(25_000),
};

export type IdentityWorkerEnv = ReturnType<typeof loadIdentityWorkerEnv>;

export function loadIdentityWorkerEnv(source: Record<string, string | undefined> = process.env) {
  return parseEnv(identityWorkerEnvShape, source, 'identity worker');
}

export interface IdentityWorkerDeps {
  /** where identity's relay publishes (NATS, or the process's in-process bus) */
  bus: EventBus;
  /** defaults to SMTP_URL, or .eml files in MAIL_DIR */
  mailer?: Mailer;
}

export interface IdentityWorker extends WorkerService {
  mailer: Mailer;
  /** the pending sign-up sweep, a scheduled job (`tick()` runs it now) */
  signUpSweep: ScheduledJob;
}

/**
 * Identity's background work, run by the worker tier and never on the request path: the mail
 * consumer (`identity-mail`, src/events/in/mail-consumer.ts), which sends the invitations,
 * verification and reset mail of identity's outbox events, and the sweep of expired pending sign-ups,
 * a scheduled job run on one replica at a time. Stopping takes no new mail, waits up to
 * WORKER_SHUTDOWN_GRACE_MS for the one being sent, and leaves the rest unacknowledged on the bus.
 */
export async function createIdentityWorker(
  env: IdentityWorkerEnv,
  logger: Logger,
  deps: IdentityWorkerDeps,
): Promise<IdentityWorker> {
  const pool = createPool({
    url: env.DATABASE_URL,
    max: env.WORKER_DATABASE_POOL_SIZE,
    applicationName: 'identity-worker',
    logger,
  });
  const mailer = deps.mailer ?? createMailer({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, directory: env.MAIL_DIR });
  const inFlight = new InFlight('identity-mail');
  const signUpSweep = scheduledJob({
    name: 'identity.sign-up-sweep',
    pool,
    everyMs: env.SIGN_UP_SWEEP_SECONDS * 1000,
    logger,
    run: async () => {
      const deleted = await sweepExpiredSignUps(pool);
      if (deleted) logger.info({ deleted }, 'expired pending sign-ups deleted');
    },
  });
  let mail: Subscription | null = null;
  return {
    name: 'identity',
    mailer,
    signUpSweep,
    async start() {
      mail = await subscribeMail(
        deps.bus,
        pool,
        mailer,
        {
          adminUrl: env.ADMIN_APP_URL,
          storefrontUrl: env.STOREFRONT_URL,
          invitationTtlSeconds: env.INVITATION_TTL_HOURS * 3600,
          verificationTtlSeconds: env.EMAIL_VERIFICATION_TTL_HOURS * 3600,
          passwordResetTtlSeconds: env.PASSWORD_RESET_TTL_MINUTES * 60,
          tokenKey: mailTokenKey(env.AUTH_SIGNING_KEY),
          perAddressLimit: env.MAIL_PER_ADDRESS_LIMIT,
          perAddressWindowSeconds: env.MAIL_PER_ADDRESS_WINDOW_MINUTES * 60,
        },
        inFlight,
      );
      signUpSweep.start();
      logger.info({ mail: mailer.destination }, `identity mail goes to ${mailer.destination}`);
    },
    async close() {
      // no new mail; the one being sent gets the grace period, then is left unacknowledged for a redelivery
      const drained = await inFlight.close(env.WORKER_SHUTDOWN_GRACE_MS);
      if (!drained.drained) logger.warn({ left: drained.left }, 'mail in flight left for another replica');
      await Promise.all([settlesWithin(mail?.stop() ?? Promise.resolve(), 1000), signUpSweep.stop()]);
      await mailer.close();
      await pool.end().catch(() => undefined);
    },
  };
}

export const createWorker: WorkerFactory = async (source, { logger, bus }) =>
  createIdentityWorker(loadIdentityWorkerEnv(source), logger, { bus });
