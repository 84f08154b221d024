import { envFields, parseEnv, standaloneEnvShape } from '@ucos/kit';

export const pluginsEnvShape = {
  NODE_ENV: envFields.nodeEnv,
  ...standaloneEnvShape(4011),
  DATABASE_URL: envFields.url,
  DATABASE_POOL_SIZE: envFields.positiveInt.default(10),
  INTERNAL_TOKEN_SECRET: envFields.secret,
  /** failed calls in a row (errors, timeouts, bad output) after which an installation is disabled */
  PLUGIN_DISABLE_AFTER_FAILURES: envFields.positiveInt.default(5),
  /** invocations kept per installation for the admin's log (older ones are deleted as new ones arrive) */
  PLUGIN_LOG_RETENTION: envFields.positiveInt.default(200),
};

export type PluginsEnv = ReturnType<typeof loadPluginsEnv>;

export function loadPluginsEnv(source: Record<string, string | undefined> = process.env) {
  return parseEnv(pluginsEnvShape, source, 'plugins');
}
