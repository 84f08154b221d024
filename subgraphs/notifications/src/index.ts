import { runStandalone } from '@ucos/kit';
import { loadNotificationsEnv } from './env.ts';
import { createService } from './service.ts';

await runStandalone({
  name: 'notifications',
  createService,
  env: loadNotificationsEnv(process.env),
  source: process.env,
});
