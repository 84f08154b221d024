import { envFields, parseEnv } from '@ucos/kit';
import { z } from 'zod';

export const ordersEnvShape = {
  NODE_ENV: envFields.nodeEnv,
  LOG_LEVEL: envFields.logLevel,
  PORT: envFields.port.default(4004),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: envFields.url,
  DATABASE_POOL_SIZE: envFields.positiveInt.default(10),
  INTERNAL_TOKEN_SECRET: envFields.secret,
  NATS_URL: envFields.optionalUrl,
  CATALOG_SUBGRAPH_URL: z.url().default('http://127.0.0.1:4002/graphql'),
  INVENTORY_SUBGRAPH_URL: z.url().default('http://127.0.0.1:4003/graphql'),
  /** flat shipping per currency, minor units: "EUR:499,USD:599"; currencies not listed ship free */
  SHIPPING_FLAT_RATES: z.string().default('EUR:499,USD:599,GBP:499'),
  /** flat tax in basis points of (subtotal + shipping): 0 = no tax, 1900 = 19 % */
  TAX_RATE_BPS: z.coerce.number().int().min(0).max(10_000).default(0),
  /** how long inventory holds a checkout's reservation if the order is never created (crash) */
  RESERVATION_TTL_SECONDS: envFields.positiveInt.default(900),
  /** a pending checkout attempt older than this may be taken over by a replay with the same key */
  CHECKOUT_LEASE_SECONDS: envFields.positiveInt.default(60),
};

export type OrdersEnv = ReturnType<typeof loadOrdersEnv>;

export function loadOrdersEnv(source: Record<string, string | undefined> = process.env) {
  return parseEnv(ordersEnvShape, source, 'orders');
}
