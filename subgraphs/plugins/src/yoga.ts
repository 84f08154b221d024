import { createDomainServer, type EventBus, type Logger } from '@ucos/kit';
import { database } from './db.ts';
import type { PluginsDeps } from './deps.ts';
import type { PluginsEnv } from './env.ts';
import { schema } from './schema/index.ts';

export { schema };

/** The request path: plugins, installations, their configuration and the invocation log. */
export function createPluginsServer(env: PluginsEnv, logger: Logger, bus: EventBus) {
  return createDomainServer<PluginsDeps>({
    database,
    schema,
    env,
    logger,
    bus,
    deps: (runtime) => ({
      ...database.deps(runtime),
      disableAfterFailures: env.PLUGIN_DISABLE_AFTER_FAILURES,
      logRetention: env.PLUGIN_LOG_RETENTION,
    }),
  });
}
