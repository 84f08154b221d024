import { runStandalone } from '@ucos/kit';
import { createService } from './service.ts';

await runStandalone('identity', createService, 4001);
