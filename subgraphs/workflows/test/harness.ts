import { randomUUID } from 'node:crypto';
import { type AuthContext, createLogger, type EventBus, InProcessEventBus } from '@ucos/kit';
import { inProcessCaller, type TestDatabase } from '@ucos/kit/testing';
import { loadWorkflowsEnv } from '../src/env.ts';
import { createWorkflowsServer } from '../src/yoga.ts';

export const SECRET = 'workflows-test-internal-secret-0123456789';
export const MIGRATIONS = new URL('../migrations/', import.meta.url);

export interface WorkflowsHarness {
  server: Awaited<ReturnType<typeof createWorkflowsServer>>;
  call<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    auth?: Partial<AuthContext>,
  ): Promise<{ status: number; data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  close(): Promise<void>;
}

export const testEnv = (db: TestDatabase, extra: Record<string, string> = {}) =>
  loadWorkflowsEnv({
    NODE_ENV: 'test',
    DATABASE_URL: db.serviceUrl('workflows'),
    INTERNAL_TOKEN_SECRET: SECRET,
    LOG_LEVEL: 'silent',
    ...extra,
  });

export async function startWorkflows(db: TestDatabase, bus: EventBus): Promise<WorkflowsHarness> {
  const server = await createWorkflowsServer(
    testEnv(db),
    createLogger('workflows', process.env.DBG ? 'debug' : 'silent'),
    bus,
  );
  await server.start();
  return { server, call: inProcessCaller(server.yoga, SECRET), close: () => server.close() };
}

export const newBus = () => new InProcessEventBus({ logger: createLogger('bus', 'silent') });

/** A member who manages workflows. */
export const workflowAdmin = (tenantId: string, subject: string = randomUUID()): Partial<AuthContext> => ({
  kind: 'user',
  subject,
  tenantId,
  scopes: ['workflows:manage'],
});
