import { createDomainServer, type EventBus, type Logger } from '@ucos/kit';
import { database } from './db.ts';
import type { FinanceDeps } from './deps.ts';
import type { FinanceEnv } from './env.ts';
import { schema } from './schema/index.ts';

export { schema };

/** The request path: ledger, periods and reports over GraphQL. Posting from events is the worker's (`src/worker.ts`). */
export function createFinanceServer(env: FinanceEnv, logger: Logger, bus: EventBus) {
  return createDomainServer<FinanceDeps>({
    database,
    schema,
    env,
    logger,
    bus,
    deps: (runtime) => database.deps(runtime),
  });
}
