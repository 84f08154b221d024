import { envFields, parseEnv, standaloneEnvShape } from '@ucos/kit';

export const catalogEnvShape = {
  NODE_ENV: envFields.nodeEnv,
  ...standaloneEnvShape(4002),
  DATABASE_URL: envFields.url,
  DATABASE_POOL_SIZE: envFields.positiveInt.default(10),
  INTERNAL_TOKEN_SECRET: envFields.secret,
};

export type CatalogEnv = ReturnType<typeof loadCatalogEnv>;

export function loadCatalogEnv(source: Record<string, string | undefined> = process.env) {
  return parseEnv(catalogEnvShape, source, 'catalog');
}
