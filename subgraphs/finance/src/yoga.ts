import { domainServer } from '@ucos/kit';
import { database } from './db.ts';
import type { FinanceDeps } from './deps.ts';
import type { FinanceEnv } from './env.ts';
import { schema } from './schema/index.ts';

export { schema };

/** The request path: ledger, periods and reports over GraphQL. Posting from events is the worker's (`src/worker.ts`). */
export const createFinanceServer = domainServer<FinanceDeps, FinanceEnv>(database, schema);
