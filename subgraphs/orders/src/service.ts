import type { ServiceFactory } from '@ucos/kit';
import { loadOrdersEnv } from './env.ts';
import { createOrdersServer } from './yoga.ts';

export const createService: ServiceFactory = async (source, { logger, bus }) => {
  const server = await createOrdersServer(loadOrdersEnv(source), logger, bus);
  return { name: 'orders', yoga: server.yoga, start: server.start, close: server.close };
};
