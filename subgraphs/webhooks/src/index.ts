import { runStandalone } from '@ucos/kit';
import { loadWebhooksEnv } from './env.ts';
import { createService } from './service.ts';

await runStandalone({ name: 'webhooks', createService, env: loadWebhooksEnv(process.env), source: process.env });
