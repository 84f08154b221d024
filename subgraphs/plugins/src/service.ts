import type { ServiceFactory } from '@ucos/kit';
import { loadPluginsEnv } from './env.ts';
import { createPluginsServer } from './yoga.ts';

export const createService: ServiceFactory = async (source, { logger, bus }) => {
  const server = await createPluginsServer(loadPluginsEnv(source), logger, bus);
  return { name: 'plugins', yoga: server.yoga, start: server.start, close: server.close };
};
