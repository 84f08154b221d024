import { runStandalone } from '@ucos/kit';
import { createService } from './service.ts';

await runStandalone('fulfillment', createService, 4005);
