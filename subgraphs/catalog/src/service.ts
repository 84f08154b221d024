import type { ServiceFactory } from '@ucos/kit';
import { loadCatalogEnv } from './env.ts';
import { createCatalogServer } from './yoga.ts';

export const createService: ServiceFactory = async (source, { logger, bus }) => {
  const server = await createCatalogServer(loadCatalogEnv(source), logger, bus);
  return { name: 'catalog', yoga: server.yoga, start: server.start, close: server.close };
};
