import type { ServiceFactory } from '@ucos/kit';
import { loadNotificationsEnv } from './env.ts';
import { createNotificationsServer } from './yoga.ts';

export const createService: ServiceFactory = async (source, { logger, bus }) => {
  const server = await createNotificationsServer(loadNotificationsEnv(source), logger, bus);
  return { name: 'notifications', yoga: server.yoga, start: server.start, close: server.close };
};
