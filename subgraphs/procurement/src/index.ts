import { runStandalone } from '@ucos/kit';
import { loadProcurementEnv } from './env.ts';
import { createService } from './service.ts';

await runStandalone({ name: 'procurement', createService, env: loadProcurementEnv(process.env), source: process.env });
