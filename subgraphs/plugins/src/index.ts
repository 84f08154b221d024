import { runStandalone } from '@ucos/kit';
import { loadPluginsEnv } from './env.ts';
import { createService } from './service.ts';

await runStandalone({ name: 'plugins', createService, env: loadPluginsEnv(process.env), source: process.env });
