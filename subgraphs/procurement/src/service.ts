import type { ServiceFactory } from '@ucos/kit';
import { loadProcurementEnv } from './env.ts';
import { createProcurementServer } from './yoga.ts';

export const createService: ServiceFactory = async (source, { logger, bus }) => {
  const server = await createProcurementServer(loadProcurementEnv(source), logger, bus);
  return { name: 'procurement', yoga: server.yoga, start: server.start, close: server.close };
};
