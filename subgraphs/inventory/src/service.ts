import type { ServiceFactory } from '@ucos/kit';
import { loadInventoryEnv } from './env.ts';
import { createInventoryServer } from './yoga.ts';

export const createService: ServiceFactory = async (source, { logger, bus }) => {
  const server = await createInventoryServer(loadInventoryEnv(source), logger, bus);
  return { name: 'inventory', yoga: server.yoga, start: server.start, close: server.close };
};
