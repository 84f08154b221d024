import type { ServiceFactory } from '@ucos/kit';
import { loadFinanceEnv } from './env.ts';
import { createFinanceServer } from './yoga.ts';

export const createService: ServiceFactory = async (source, { logger, bus }) => {
  const server = await createFinanceServer(loadFinanceEnv(source), logger, bus);
  return { name: 'finance', yoga: server.yoga, start: server.start, close: server.close };
};
