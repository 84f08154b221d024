import { runStandalone } from '@ucos/kit';
import { loadFulfillmentEnv } from './env.ts';
import { createService } from './service.ts';

await runStandalone({ name: 'fulfillment', createService, env: loadFulfillmentEnv(process.env), source: process.env });
