import { envFields, parseEnv, standaloneEnvShape } from '@ucos/kit';
import { z } from 'zod';

export const procurementEnvShape = {
  NODE_ENV: envFields.nodeEnv,
  ...standaloneEnvShape(4009),
  DATABASE_URL: envFields.url,
  DATABASE_POOL_SIZE: envFields.positiveInt.default(10),
  INTERNAL_TOKEN_SECRET: envFields.secret,
  /** SKU and title snapshots of ordered variants */
  CATALOG_SUBGRAPH_URL: z.url().default('http://127.0.0.1:4002/graphql'),
  /** replenishment needs (reorder points against available + incoming) */
  INVENTORY_SUBGRAPH_URL: z.url().default('http://127.0.0.1:4003/graphql'),
  /** whether a submitted order has an approval workflow, or is approved by rule */
  WORKFLOWS_SUBGRAPH_URL: z.url().default('http://127.0.0.1:4006/graphql'),
  /** tenants' plugins at purchase order submit (`@ucos/kit/plugin-hooks`); unset: none run */
  PLUGINS_SUBGRAPH_URL: z.url().optional(),
};

export type ProcurementEnv = ReturnType<typeof loadProcurementEnv>;

export function loadProcurementEnv(source: Record<string, string | undefined> = process.env) {
  return parseEnv(procurementEnvShape, source, 'procurement');
}
