import type { ServiceFactory } from '@ucos/kit';
import { loadIdentityEnv } from './env.ts';
import { createIdentityServer } from './yoga.ts';

export const createService: ServiceFactory = async (source, { logger, bus }) => {
  const server = await createIdentityServer(loadIdentityEnv(source), logger, { bus });
  return { name: 'identity', yoga: server.yoga, start: server.start, close: server.close };
};
