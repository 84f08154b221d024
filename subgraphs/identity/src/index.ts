import { runStandalone } from '@ucos/kit';
import { loadIdentityEnv } from './env.ts';
import { createService } from './service.ts';

await runStandalone({ name: 'identity', createService, env: loadIdentityEnv(process.env), source: process.env });
