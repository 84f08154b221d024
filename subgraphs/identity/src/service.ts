import type { ServiceFactory } from '@ucos/kit';
import { loadIdentityEnv } from './env.ts';
import { createIdentityServer } from './yoga.ts';

export const createService: ServiceFactory = async (source, { logger }) => {
  const { yoga, close } = await createIdentityServer(loadIdentityEnv(source), logger);
  return { name: 'identity', yoga, start: async () => undefined, close };
};
