import { envFields, parseEnv, processedMessagesPruneEnvShape, standaloneEnvShape } from '@ucos/kit';
import { z } from 'zod';

/** About a day in all: 10 s, 30 s, 1 min, 5 min, 15 min, 30 min, 1 h, 2 h, 4 h, 8 h, 8 h (~23.9 h). */
export const DEFAULT_RETRY_SCHEDULE_MS = [
  10_000, 30_000, 60_000, 300_000, 900_000, 1_800_000, 3_600_000, 7_200_000, 14_400_000, 28_800_000, 28_800_000,
];

const schedule = z
  .string()
  .optional()
  .transform((value, context) => {
    if (!value) return DEFAULT_RETRY_SCHEDULE_MS;
    const delays = value.split(',').map((part) => Number(part.trim()));
    if (delays.some((delay) => !Number.isInteger(delay) || delay < 0)) {
      context.addIssue({ code: 'custom', message: 'a comma-separated list of non-negative integers (ms)' });
      return z.NEVER;
    }
    return delays;
  });

export const webhooksEnvShape = {
  NODE_ENV: envFields.nodeEnv,
  ...standaloneEnvShape(4007),
  DATABASE_URL: envFields.url,
  DATABASE_POOL_SIZE: envFields.positiveInt.default(10),
  INTERNAL_TOKEN_SECRET: envFields.secret,
  ...processedMessagesPruneEnvShape,
  /** encrypts signing secrets at rest; unset: derived from INTERNAL_TOKEN_SECRET (HKDF) */
  WEBHOOK_SECRET_KEY: envFields.secret.optional(),
  /** development only: allow loopback and private destinations (tests and `npm start` run on loopback) */
  WEBHOOKS_ALLOW_PRIVATE_DESTINATIONS: envFields.boolean.default(false),
  WEBHOOK_TIMEOUT_MS: envFields.positiveInt.default(10_000),
  /** the wait before each retry; a delivery fails for good after the last one */
  WEBHOOK_RETRY_SCHEDULE_MS: schedule,
  /** consecutive failed attempts that disable an endpoint */
  WEBHOOK_DISABLE_AFTER_FAILURES: envFields.positiveInt.default(20),
  /** the dispatcher's fallback poll; new deliveries kick it at once */
  WEBHOOK_POLL_MS: envFields.positiveInt.default(1_000),
  /** deliveries in flight per worker */
  WEBHOOK_CONCURRENCY: envFields.positiveInt.default(16),
};

export type WebhooksEnv = ReturnType<typeof loadWebhooksEnv>;

export function loadWebhooksEnv(source: Record<string, string | undefined> = process.env) {
  return parseEnv(webhooksEnvShape, source, 'webhooks');
}
