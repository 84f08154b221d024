import type { KitContext } from '@ucos/kit';
import type { WorkflowsDeps } from './deps.ts';

export interface WorkflowsContext extends KitContext {
  deps: WorkflowsDeps;
}
