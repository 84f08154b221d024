import { WorkflowsMatching } from '@ucos/internal-clients/workflows';
import type { InternalClient } from '@ucos/kit';

export interface WorkflowsPort {
  /** would this event start an enabled workflow of the tenant now (trigger type and filter)? */
  anyMatching(tenantId: string, eventType: string, payload: object): Promise<boolean>;
}

/** Asks the workflows subgraph, which evaluates triggers with the engine's own code. */
export function workflowsMatching(client: InternalClient): WorkflowsPort {
  return {
    async anyMatching(tenantId, eventType, payload) {
      const { workflowsMatching: matches } = await client.request(
        WorkflowsMatching,
        { eventType, payload: JSON.stringify(payload) },
        { caller: 'procurement', tenantId, scopes: ['workflows:manage'] },
      );
      return matches.length > 0;
    },
  };
}
