import { runStandalone } from '@ucos/kit';
import { loadOrdersEnv } from './env.ts';
import { createService } from './service.ts';

await runStandalone({ name: 'orders', createService, env: loadOrdersEnv(process.env), source: process.env });
