import { envFields, parseEnv, standaloneEnvShape } from '@ucos/kit';

export const financeEnvShape = {
  NODE_ENV: envFields.nodeEnv,
  ...standaloneEnvShape(4010),
  DATABASE_URL: envFields.url,
  DATABASE_POOL_SIZE: envFields.positiveInt.default(10),
  INTERNAL_TOKEN_SECRET: envFields.secret,
  /** events the posting consumer handles at once (each in its own transaction) */
  FINANCE_POSTING_CONCURRENCY: envFields.positiveInt.default(8),
  /** events the invoicing consumer handles at once (invoices of one tenant queue on its number counter) */
  FINANCE_INVOICING_CONCURRENCY: envFields.positiveInt.default(4),
};

export type FinanceEnv = ReturnType<typeof loadFinanceEnv>;

export function loadFinanceEnv(source: Record<string, string | undefined> = process.env) {
  return parseEnv(financeEnvShape, source, 'finance');
}
