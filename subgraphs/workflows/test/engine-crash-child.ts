// A worker in its own process (for engine-crash.test.ts): runs the workflows worker on the given
// database until it is killed. Its actions go to the fake gateway at CHILD_GATEWAY_URL.
import { createLogger, InProcessEventBus } from '@ucos/kit';
import { loadWorkflowsEnv } from '../src/env.ts';
import { gatewayActions } from '../src/ports/actions.ts';
import { createWorkflowsWorker } from '../src/worker.ts';

const env = loadWorkflowsEnv({
  NODE_ENV: 'test',
  DATABASE_URL: process.env.CHILD_DATABASE_URL,
  INTERNAL_TOKEN_SECRET: 'workflows-test-internal-secret-0123456789',
  LOG_LEVEL: 'silent',
  WORKFLOWS_TICK_MS: '100',
  WORKFLOWS_LEASE_MS: '1000',
});
const logger = createLogger('workflows-child', 'silent');
const bus = new InProcessEventBus({ logger });
const worker = await createWorkflowsWorker(env, logger, bus, {
  actions: gatewayActions({
    gatewayUrl: String(process.env.CHILD_GATEWAY_URL),
    tokens: { tokenFor: async () => 'child-token' },
  }),
});
await worker.start();
process.stdout.write('ready\n');
