import { envFields, parseEnv, standaloneEnvShape } from '@ucos/kit';
import { z } from 'zod';

export const catalogEnvShape = {
  NODE_ENV: envFields.nodeEnv,
  ...standaloneEnvShape(4002),
  DATABASE_URL: envFields.url,
  DATABASE_POOL_SIZE: envFields.positiveInt.default(10),
  INTERNAL_TOKEN_SECRET: envFields.secret,
  /** the folder uploaded images are stored in (the local-disk media storage) */
  MEDIA_DIR: z.string().min(1).default('.ucos/media'),
  /** the largest image an upload may be, in bytes */
  MEDIA_MAX_BYTES: envFields.positiveInt.default(10 * 1024 * 1024),
  /** tenants' plugins at product save and import (`@ucos/kit/plugin-hooks`); unset: none run */
  PLUGINS_SUBGRAPH_URL: z.url().optional(),
};

export type CatalogEnv = ReturnType<typeof loadCatalogEnv>;

export function loadCatalogEnv(source: Record<string, string | undefined> = process.env) {
  return parseEnv(catalogEnvShape, source, 'catalog');
}
