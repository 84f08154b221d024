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
  /**
   * of those transactions, how many one tenant's events may take at once (its events go to one by their
   * order; see postingBatcher): a busy tenant posts on more than one connection
   */
  FINANCE_POSTING_TENANT_LANES: envFields.positiveInt.default(4),
};

export type FinanceEnv = ReturnType<typeof loadFinanceEnv>;

export function loadFinanceEnv(source: Record<string, string | undefined> = process.env) {
  return parseEnv(financeEnvShape, source, 'finance');
}
