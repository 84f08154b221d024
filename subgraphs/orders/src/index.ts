import { runStandalone } from '@ucos/kit';
import { createService } from './service.ts';

await runStandalone('orders', createService, 4004);
