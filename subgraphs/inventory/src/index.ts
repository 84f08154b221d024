import { runStandalone } from '@ucos/kit';
import { loadInventoryEnv } from './env.ts';
import { createService } from './service.ts';

await runStandalone({ name: 'inventory', createService, env: loadInventoryEnv(process.env), source: process.env });
