import { envFields, parseEnv, standaloneEnvShape } from '@ucos/kit';

export const financeEnvShape = {
  NODE_ENV: envFields.nodeEnv,
  ...standaloneEnvShape(4010),
  DATABASE_URL: envFields.url,
  DATABASE_POOL_SIZE: envFields.positiveInt.default(10),
  INTERNAL_TOKEN_SECRET: envFields.secret,
  /** events the worker's consumer (posting and invoicing) handles at once, each in its own transaction */
  FINANCE_POSTING_CONCURRENCY: envFields.positiveInt.default(8),
};

export type FinanceEnv = ReturnType<typeof loadFinanceEnv>;

export function loadFinanceEnv(source: Record<string, string | undefined> = process.env) {
  return parseEnv(financeEnvShape, source, 'finance');
}
