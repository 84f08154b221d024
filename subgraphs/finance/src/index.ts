import { runStandalone } from '@ucos/kit';
import { loadFinanceEnv } from './env.ts';
import { createService } from './service.ts';

await runStandalone({ name: 'finance', createService, env: loadFinanceEnv(process.env), source: process.env });
