import { domainServer } from '@ucos/kit';
import { database } from './db.ts';
import type { NotificationsDeps } from './deps.ts';
import type { NotificationsEnv } from './env.ts';
import { schema } from './schema/index.ts';

export { schema };

/**
 * The request path: templates, previews and the log. Delivery (the event consumers and the sender)
 * is background work and lives in the worker (worker.ts).
 */
export const createNotificationsServer = domainServer<NotificationsDeps, NotificationsEnv>(database, schema, {
  ports: (env) => ({ defaultLocale: env.NOTIFICATIONS_DEFAULT_LOCALE }),
});
