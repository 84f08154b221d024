import type { ServiceFactory } from '@ucos/kit';
import { loadFulfillmentEnv } from './env.ts';
import { createFulfillmentServer } from './yoga.ts';

export const createService: ServiceFactory = async (source, { logger, bus }) => {
  const server = await createFulfillmentServer(loadFulfillmentEnv(source), logger, bus);
  return { name: 'fulfillment', yoga: server.yoga, start: server.start, close: server.close };
};
