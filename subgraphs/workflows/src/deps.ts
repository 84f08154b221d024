import type { DomainDeps, SealKey } from '@ucos/kit';
import type { WorkflowsEvents } from './events/out/workflows-events.ts';

export interface WorkflowsDeps extends DomainDeps<WorkflowsEvents> {
  /** seals the tenants' workflow secrets (src/data/secrets.ts) */
  secretKey: SealKey;
}

export const SCHEMA = 'workflows';
