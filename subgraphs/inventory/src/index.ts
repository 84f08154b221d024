import { runStandalone } from '@ucos/kit';
import { createService } from './service.ts';

await runStandalone('inventory', createService, 4003);
