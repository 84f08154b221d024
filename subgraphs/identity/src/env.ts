import { fileURLToPath } from 'node:url';
import { DEFAULT_DOCUMENT_LIMITS } from '@ucos/gateway/document-check';
import { envFields, parseEnv, standaloneEnvShape } from '@ucos/kit';
import { z } from 'zod';
import { DEFAULT_SIGN_IN_THROTTLE } from './data/sign-in-throttle.ts';

export const identityEnvShape = {
  NODE_ENV: envFields.nodeEnv,
  ...standaloneEnvShape(4001),
  DATABASE_URL: envFields.url,
  DATABASE_POOL_SIZE: envFields.positiveInt.default(10),
  INTERNAL_TOKEN_SECRET: envFields.secret,
  /** tenants' plugins at shopper registration (`@ucos/kit/plugin-hooks`); unset: none run */
  PLUGINS_SUBGRAPH_URL: z.url().optional(),
  AUTH_SIGNING_KEY: z.string().min(1, 'a private Ed25519 JWK (JSON) with a kid'),
  AUTH_PREVIOUS_PUBLIC_KEYS: z.string().default('[]'),
  ACCESS_TOKEN_TTL_SECONDS: envFields.positiveInt.default(900),
  REFRESH_TOKEN_TTL_DAYS: envFields.positiveInt.default(30),
  CUSTOMER_TOKEN_TTL_SECONDS: envFields.positiveInt.default(3_600),
  PASSWORD_SCRYPT_LOG_N: z.coerce.number().int().min(10).max(20).default(15),
  REDIS_URL: envFields.optionalUrl,
  SIGN_IN_WINDOW_SECONDS: envFields.positiveInt.default(DEFAULT_SIGN_IN_THROTTLE.windowSeconds),
  SIGN_IN_ACCOUNT_FAILURES: envFields.positiveInt.default(DEFAULT_SIGN_IN_THROTTLE.accountFailures),
  SIGN_IN_ADDRESS_FAILURES: envFields.positiveInt.default(DEFAULT_SIGN_IN_THROTTLE.addressFailures),
  SIGN_IN_LOCK_SECONDS: envFields.positiveInt.default(DEFAULT_SIGN_IN_THROTTLE.lockSeconds),
  SIGN_IN_MAX_LOCK_SECONDS: envFields.positiveInt.default(DEFAULT_SIGN_IN_THROTTLE.maxLockSeconds),
  /** the admin app, whose pages take the mailed tokens */
  ADMIN_APP_URL: z.url().default('http://127.0.0.1:3001'),
  INVITATION_TTL_HOURS: envFields.positiveInt.default(168),
  EMAIL_VERIFICATION_TTL_HOURS: envFields.positiveInt.default(48),
  PASSWORD_RESET_TTL_MINUTES: envFields.positiveInt.default(60),
  /** the storefront, whose pages take shoppers' mailed tokens */
  STOREFRONT_URL: z.url().default('http://127.0.0.1:3000'),
  /** how long a sign-up's tenant stays pending (and its slug reserved) before it is deleted */
  SIGN_UP_TTL_HOURS: envFields.positiveInt.default(48),
  /** how often expired pending sign-ups are deleted */
  SIGN_UP_SWEEP_SECONDS: envFields.positiveInt.default(300),
  /** mails of one purpose (invitation, verification, reset, …) to one address per window */
  MAIL_PER_ADDRESS_LIMIT: envFields.positiveInt.default(5),
  MAIL_PER_ADDRESS_WINDOW_MINUTES: envFields.positiveInt.default(60),
  /** the supergraph published app documents are checked against: the one the gateways serve */
  SUPERGRAPH_PATH: z
    .string()
    .min(1)
    .default(fileURLToPath(new URL('../../../schema/supergraph.graphql', import.meta.url))),
  /** the gateway's limits, with its defaults: a published document must pass them */
  MAX_DEPTH: envFields.positiveInt.default(DEFAULT_DOCUMENT_LIMITS.maxDepth),
  MAX_ALIASES: envFields.positiveInt.default(DEFAULT_DOCUMENT_LIMITS.maxAliases),
  MAX_TOKENS: envFields.positiveInt.default(DEFAULT_DOCUMENT_LIMITS.maxTokens),
  MAX_COST: envFields.positiveInt.default(DEFAULT_DOCUMENT_LIMITS.maxCost),
  MAX_DIRECTIVES: envFields.positiveInt.default(DEFAULT_DOCUMENT_LIMITS.maxDirectives),
  MAX_REQUEST_POINTS: envFields.positiveInt.default(DEFAULT_DOCUMENT_LIMITS.maxRequestPoints),
};

export type IdentityEnv = ReturnType<typeof loadIdentityEnv>;

export function loadIdentityEnv(source: Record<string, string | undefined> = process.env) {
  return parseEnv(identityEnvShape, source, 'identity');
}
