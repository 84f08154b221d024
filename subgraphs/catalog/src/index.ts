import { runStandalone } from '@ucos/kit';
import { createService } from './service.ts';

await runStandalone('catalog', createService, 4002);
