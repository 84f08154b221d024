import { envFields, parseEnv, standaloneEnvShape } from '@ucos/kit';

export const financeEnvShape = {
  NODE_ENV: envFields.nodeEnv,
  ...standaloneEnvShape(4010),
  DATABASE_URL: envFields.url,
  DATABASE_POOL_SIZE: envFields.positiveInt.default(10),
  INTERNAL_TOKEN_SECRET: envFields.secret,
  /** transactions the worker's consumer (posting and invoicing) runs at once, one tenant's events in each */
  FINANCE_POSTING_CONCURRENCY: envFields.positiveInt.default(8),
  /** events at most in one of those transactions, each in its own savepoint (1: a transaction per event) */
  FINANCE_POSTING_BATCH: envFields.positiveInt.default(16),
};

export type FinanceEnv = ReturnType<typeof loadFinanceEnv>;

export function loadFinanceEnv(source: Record<string, string | undefined> = process.env) {
  return parseEnv(financeEnvShape, source, 'finance');
}
