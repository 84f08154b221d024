import { runStandalone } from '@ucos/kit';
import { loadCatalogEnv } from './env.ts';
import { createService } from './service.ts';

await runStandalone({ name: 'catalog', createService, env: loadCatalogEnv(process.env), source: process.env });
