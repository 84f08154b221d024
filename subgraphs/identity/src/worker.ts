import {
  createPool,
  type EventBus,
  envLoader,
  InFlight,
  type Logger,
  mailLinkKey,
  OutboxRelay,
  pgUnitOfWork,
  pickEnvFields,
  processedMessagesPruneEnvShape,
  processedMessagesPruneJobOf,
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
import { IDENTITY_EVENTS } from './events/out/identity-events.ts';
import { mailTokenKey } from './mail/tokens.ts';

/** What identity's worker reads: the mail settings, the sign-up sweep, and the grace for a stop. */
export const identityWorkerEnvShape = {
  // AUTH_SIGNING_KEY: the mailed tokens are derived from it (src/mail/tokens.ts); INTERNAL_TOKEN_SECRET:
  // the one-time links travel to notifications sealed under a key derived from it
  ...pickEnvFields(identityEnvShape, [
    'LOG_LEVEL',
    'DATABASE_URL',
    'AUTH_SIGNING_KEY',
    'INTERNAL_TOKEN_SECRET',
    'ADMIN_APP_URL',
    'STOREFRONT_URL',
    'INVITATION_TTL_HOURS',
    'EMAIL_VERIFICATION_TTL_HOURS',
    'PASSWORD_RESET_TTL_MINUTES',
    'SIGN_UP_SWEEP_SECONDS',
    'MAIL_PER_ADDRESS_LIMIT',
    'MAIL_PER_ADDRESS_WINDOW_MINUTES',
  ]),
  /** the worker's own pool: each job's lock holds one connection (sweep, prune), mail and the jobs use the others */
  WORKER_DATABASE_POOL_SIZE: z.coerce.number().int().positive().default(5),
  WORKER_SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(25_000),
  ...processedMessagesPruneEnvShape,
};

export type IdentityWorkerEnv = ReturnType<typeof loadIdentityWorkerEnv>;

export const loadIdentityWorkerEnv = envLoader(identityWorkerEnvShape, 'identity worker');

export interface IdentityWorkerDeps {
  /** where identity's relay publishes (NATS, or the process's in-process bus) */
  bus: EventBus;
}

export interface IdentityWorker extends WorkerService {
  /** the pending sign-up sweep, a scheduled job (`tick()` runs it now) */
  signUpSweep: ScheduledJob;
}

/**
 * Identity's background work, run by the worker tier and never on the request path: the mail
 * consumer (`identity-mail`, src/events/in/mail-consumer.ts), which turns identity's mail events
 * into tokens and `identity.mail.requested` events that notifications sends, and the sweep of
 * expired pending sign-ups, a scheduled job run on one replica at a time. Its own outbox relay
 * publishes what it emits at once rather than at the subgraph relay's next poll. Stopping takes no
 * new event, waits up to WORKER_SHUTDOWN_GRACE_MS for the one in hand, and leaves the rest
 * unacknowledged on the bus.
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
  const relay = new OutboxRelay({ pool, schema: 'identity', bus: deps.bus, logger });
  const unitOfWork = pgUnitOfWork(pool, null, { schema: 'identity', events: IDENTITY_EVENTS, relay });
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
  const prune = processedMessagesPruneJobOf('identity', pool, logger, env);
  let mail: Subscription | null = null;
  return {
    name: 'identity',
    signUpSweep,
    async start() {
      relay.start();
      mail = await subscribeMail(
        deps.bus,
        unitOfWork,
        {
          adminUrl: env.ADMIN_APP_URL,
          storefrontUrl: env.STOREFRONT_URL,
          invitationTtlSeconds: env.INVITATION_TTL_HOURS * 3600,
          verificationTtlSeconds: env.EMAIL_VERIFICATION_TTL_HOURS * 3600,
          passwordResetTtlSeconds: env.PASSWORD_RESET_TTL_MINUTES * 60,
          tokenKey: mailTokenKey(env.AUTH_SIGNING_KEY),
          linkKey: mailLinkKey(env.INTERNAL_TOKEN_SECRET),
          perAddressLimit: env.MAIL_PER_ADDRESS_LIMIT,
          perAddressWindowSeconds: env.MAIL_PER_ADDRESS_WINDOW_MINUTES * 60,
        },
        inFlight,
      );
      signUpSweep.start();
      prune.start();
    },
    async close() {
      // no new event; the one in hand gets the grace period, then is left unacknowledged for a redelivery
      const drained = await inFlight.close(env.WORKER_SHUTDOWN_GRACE_MS);
      if (!drained.drained) logger.warn({ left: drained.left }, 'mail in flight left for another replica');
      await Promise.all([settlesWithin(mail?.stop() ?? Promise.resolve(), 1000), signUpSweep.stop(), prune.stop()]);
      await relay.stop();
      await pool.end().catch(() => undefined);
    },
  };
}

export const createWorker: WorkerFactory = async (source, { logger, bus }) =>
  createIdentityWorker(loadIdentityWorkerEnv(source), logger, { bus });
