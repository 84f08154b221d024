import type { ServiceFactory } from '@ucos/kit';
import { loadWorkflowsEnv } from './env.ts';
import { createWorkflowsServer } from './yoga.ts';

export const createService: ServiceFactory = async (source, { logger, bus }) => {
  const server = await createWorkflowsServer(loadWorkflowsEnv(source), logger, bus);
  return { name: 'workflows', yoga: server.yoga, start: server.start, close: server.close };
};
