import { runStandalone } from '@ucos/kit';
import { loadWorkflowsEnv } from './env.ts';
import { createService } from './service.ts';

await runStandalone({ name: 'workflows', createService, env: loadWorkflowsEnv(process.env), source: process.env });
