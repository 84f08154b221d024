import type { ServiceFactory } from '@ucos/kit';
import { loadWebhooksEnv } from './env.ts';
import { createWebhooksServer } from './yoga.ts';

export const createService: ServiceFactory = async (source, { logger, bus }) => {
  const server = await createWebhooksServer(loadWebhooksEnv(source), logger, bus);
  return { name: 'webhooks', yoga: server.yoga, start: server.start, close: server.close };
};
