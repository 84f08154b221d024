import { envFields, parseEnv, standaloneEnvShape } from '@ucos/kit';
import { z } from 'zod';

export const inventoryEnvShape = {
  NODE_ENV: envFields.nodeEnv,
  ...standaloneEnvShape(4003),
  DATABASE_URL: envFields.url,
  DATABASE_POOL_SIZE: envFields.positiveInt.default(10),
  INTERNAL_TOKEN_SECRET: envFields.secret,
  /** a reservation's lifetime when reservationCreate names none */
  RESERVATION_DEFAULT_TTL_SECONDS: envFields.positiveInt.default(900),
  /** the low-stock threshold of a level that has none of its own (0: only sold-out levels are low) */
  LOW_STOCK_DEFAULT_THRESHOLD: z.coerce.number().int().min(0).default(5),
};

export type InventoryEnv = ReturnType<typeof loadInventoryEnv>;

export function loadInventoryEnv(source: Record<string, string | undefined> = process.env) {
  return parseEnv(inventoryEnvShape, source, 'inventory');
}
