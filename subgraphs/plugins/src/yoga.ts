import { domainServer } from '@ucos/kit';
import { database } from './db.ts';
import type { PluginsDeps } from './deps.ts';
import type { PluginsEnv } from './env.ts';
import { schema } from './schema/index.ts';

export { schema };

/** The request path: plugins, installations, their configuration and the invocation log. */
export const createPluginsServer = domainServer<PluginsDeps, PluginsEnv>(database, schema, {
  ports: (env) => ({
    disableAfterFailures: env.PLUGIN_DISABLE_AFTER_FAILURES,
    logRetention: env.PLUGIN_LOG_RETENTION,
  }),
});
