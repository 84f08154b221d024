import { graphql } from '../../../../generated/gql.ts';

export const WorkflowRunsList = graphql(`
  query WorkflowRunsList($filter: WorkflowRunFilter, $first: Int!, $after: String) {
    workflowRuns(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          workflowName
          workflowVersion
          status
          trigger {
            kind
            eventType
          }
          startedAt
          finishedAt
          error
        }
      }
    }
  }
`);

/** A run and its timeline: every step's input, output, error, and for approvals who decided. */
export const WorkflowRunDetail = graphql(`
  query WorkflowRunDetail($id: ID!) {
    workflowRun(id: $id) {
      id
      workflowId
      workflowName
      workflowVersion
      status
      error
      startedAt
      finishedAt
      input
      event
      variables
      trigger {
        kind
        eventId
        eventType
        scheduledAt
        requester
      }
      timeline {
        path
        kind
        status
        attempt
        input
        output
        error
        startedAt
        finishedAt
        wakeAt
        task {
          id
          status
          decisions {
            by
            decision
            comment
            at
          }
        }
      }
    }
  }
`);

export const WorkflowRunCancel = graphql(`
  mutation WorkflowRunCancel($input: WorkflowRunCancelInput!) {
    workflowRunCancel(input: $input) {
      run {
        id
        status
      }
      errors {
        code
        field
        message
      }
    }
  }
`);
