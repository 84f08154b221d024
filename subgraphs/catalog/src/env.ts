import { envFields, parseEnv } from '@ucos/kit';
import { z } from 'zod';

export const catalogEnvShape = {
  NODE_ENV: envFields.nodeEnv,
  LOG_LEVEL: envFields.logLevel,
  PORT: envFields.port.default(4002),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: envFields.url,
  DATABASE_POOL_SIZE: envFields.positiveInt.default(10),
  INTERNAL_TOKEN_SECRET: envFields.secret,
  NATS_URL: envFields.optionalUrl,
};

export type CatalogEnv = ReturnType<typeof loadCatalogEnv>;

export function loadCatalogEnv(source: Record<string, string | undefined> = process.env) {
  return parseEnv(catalogEnvShape, source, 'catalog');
}
