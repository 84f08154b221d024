import { envFields, parseEnv, standaloneEnvShape } from '@ucos/kit';
import { z } from 'zod';

export const fulfillmentEnvShape = {
  NODE_ENV: envFields.nodeEnv,
  ...standaloneEnvShape(4005),
  DATABASE_URL: envFields.url,
  DATABASE_POOL_SIZE: envFields.positiveInt.default(10),
  INTERNAL_TOKEN_SECRET: envFields.secret,
  INVENTORY_SUBGRAPH_URL: z.url().default('http://127.0.0.1:4003/graphql'),
  /**
   * The manual carrier's rate table, JSON: [{ "service", "maxGrams", "amount", "currency", "days",
   * "countries"? }]; the default is a small EU/world table in EUR.
   */
  MANUAL_CARRIER_RATES: z.string().optional(),
};

export type FulfillmentEnv = ReturnType<typeof loadFulfillmentEnv>;

export function loadFulfillmentEnv(source: Record<string, string | undefined> = process.env) {
  return parseEnv(fulfillmentEnvShape, source, 'fulfillment');
}
