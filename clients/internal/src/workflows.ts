// Calls procurement makes to the workflows subgraph. Typed against schema/workflows.graphql.
import { graphql } from './generated/workflows/gql.ts';

export type * from './generated/workflows/graphql.ts';

/** The enabled workflows an event would start now: none means a purchase order is approved by rule. */
export const WorkflowsMatching = graphql(`
  query InternalWorkflowsMatching($eventType: String!, $payload: String!) {
    workflowsMatching(eventType: $eventType, payload: $payload) {
      id
      name
      version
    }
  }
`);
