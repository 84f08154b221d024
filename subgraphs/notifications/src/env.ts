import { envFields, parseEnv, processedMessagesPruneEnvShape, standaloneEnvShape } from '@ucos/kit';
import { z } from 'zod';

export const notificationsEnvShape = {
  NODE_ENV: envFields.nodeEnv,
  ...standaloneEnvShape(4008),
  DATABASE_URL: envFields.url,
  DATABASE_POOL_SIZE: envFields.positiveInt.default(10),
  INTERNAL_TOKEN_SECRET: envFields.secret,
  ...processedMessagesPruneEnvShape,
  /** who holds which scope (the recipients of staff notifications) */
  IDENTITY_SUBGRAPH_URL: z.url().default('http://127.0.0.1:4001/graphql'),
  /** unset: mail is written as .eml files to MAIL_DIR */
  SMTP_URL: envFields.optionalUrl,
  MAIL_FROM: z.string().min(3).default('Unified Commerce OS <no-reply@ucos.localhost>'),
  MAIL_DIR: z.string().min(1).default('.ucos/mail'),
  /** the locale of a notification when neither the event nor the tenant says one */
  NOTIFICATIONS_DEFAULT_LOCALE: z.string().min(2).default('en'),
  /** how often the sender looks for due notifications */
  NOTIFICATIONS_POLL_MS: envFields.positiveInt.default(500),
  /** the first retry delay after a failed send; doubles per attempt up to an hour */
  NOTIFICATIONS_RETRY_BASE_MS: envFields.positiveInt.default(30_000),
  /** attempts before a notification is marked failed */
  NOTIFICATIONS_MAX_ATTEMPTS: envFields.positiveInt.default(8),
  /** how long a claimed notification is the claimer's before another sender may take it over */
  NOTIFICATIONS_LEASE_SECONDS: envFields.positiveInt.default(120),
};

export type NotificationsEnv = ReturnType<typeof loadNotificationsEnv>;

export function loadNotificationsEnv(source: Record<string, string | undefined> = process.env) {
  return parseEnv(notificationsEnvShape, source, 'notifications');
}
