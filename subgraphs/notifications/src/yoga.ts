import { createDomainServer, type EventBus, type Logger } from '@ucos/kit';
import { database } from './db.ts';
import type { NotificationsDeps } from './deps.ts';
import type { NotificationsEnv } from './env.ts';
import { schema } from './schema/index.ts';

export { schema };

/**
 * The request path: templates, previews and the log. Delivery (the event consumers and the sender)
 * is background work and lives in the worker (worker.ts).
 */
export function createNotificationsServer(env: NotificationsEnv, logger: Logger, bus: EventBus) {
  return createDomainServer<NotificationsDeps>({
    database,
    schema,
    env,
    logger,
    bus,
    deps: (runtime) => ({
      ...database.deps(runtime),
      defaultLocale: env.NOTIFICATIONS_DEFAULT_LOCALE,
    }),
  });
}
