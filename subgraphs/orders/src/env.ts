import { envFields, parseEnv, standaloneEnvShape } from '@ucos/kit';
import { z } from 'zod';
import { DEFAULT_SHIPPING_METHODS, shippingMethodTable } from './ports/calculators.ts';

export const ordersEnvShape = {
  NODE_ENV: envFields.nodeEnv,
  ...standaloneEnvShape(4004),
  DATABASE_URL: envFields.url,
  DATABASE_POOL_SIZE: envFields.positiveInt.default(10),
  INTERNAL_TOKEN_SECRET: envFields.secret,
  CATALOG_SUBGRAPH_URL: z.url().default('http://127.0.0.1:4002/graphql'),
  INVENTORY_SUBGRAPH_URL: z.url().default('http://127.0.0.1:4003/graphql'),
  /** identity says whether a shopper id is the tenant's (companyBuyerAdd) */
  IDENTITY_SUBGRAPH_URL: z.url().default('http://127.0.0.1:4001/graphql'),
  /** tenants' validator plugins (checkout.validate, cart.line.validate); unset: no plugins run */
  PLUGINS_SUBGRAPH_URL: z.url().optional(),
  /**
   * The shipping methods shoppers pick from, JSON: [{ "code", "name", "prices": { "EUR": 499 },
   * "freeFrom"?: { "EUR": 5000 }, "estimatedDaysMin", "estimatedDaysMax", "countries"?: ["DE"] }];
   * unset: standard and express in EUR, USD and GBP (DEFAULT_SHIPPING_METHODS).
   */
  SHIPPING_METHODS: z
    .string()
    .optional()
    .transform((raw, context) => {
      if (!raw?.trim()) return DEFAULT_SHIPPING_METHODS;
      try {
        return JSON.parse(raw) as unknown;
      } catch (error) {
        context.addIssue({ code: 'custom', message: `must be a JSON array of methods: ${(error as Error).message}` });
        return z.NEVER;
      }
    })
    .pipe(shippingMethodTable),
  /** replaced by SHIPPING_METHODS: a deployment still setting it is told so instead of silently charging defaults */
  SHIPPING_FLAT_RATES: z
    .undefined({ error: 'was replaced by SHIPPING_METHODS (a table of methods; see the orders README)' })
    .optional(),
  /** flat tax in basis points of (subtotal + shipping): 0 = no tax, 1900 = 19 % */
  TAX_RATE_BPS: z.coerce.number().int().min(0).max(10_000).default(0),
  /** how long inventory holds a checkout's reservation if the order is never created (crash) */
  RESERVATION_TTL_SECONDS: envFields.positiveInt.default(900),
  /**
   * base64 of 32 random bytes: the master key wrapping each tenant's data key for integration
   * credentials (Settings → Integrations). Unset: a development key derived in code, with a warning;
   * refused when NODE_ENV=production.
   */
  INTEGRATIONS_MASTER_KEY: z.string().optional(),
  /** comma-separated previous master keys, still accepted to unwrap until integrationKeyRotate re-wraps */
  INTEGRATIONS_MASTER_KEY_PREVIOUS: z.string().optional(),
  /** the Stripe API the Stripe payment adapter calls (tests point it at a local fake) */
  STRIPE_API_BASE: z.url().default('https://api.stripe.com'),
  /** a pending checkout attempt older than this may be taken over by a replay with the same key */
  CHECKOUT_LEASE_SECONDS: envFields.positiveInt.default(60),
};

export type OrdersEnv = ReturnType<typeof loadOrdersEnv>;

export function loadOrdersEnv(source: Record<string, string | undefined> = process.env) {
  return parseEnv(ordersEnvShape, source, 'orders');
}
