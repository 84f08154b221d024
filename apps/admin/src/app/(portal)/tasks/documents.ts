import { graphql } from '../../../generated/gql.ts';

/** The viewer's approval inbox: open tasks whose scope they hold (the API decides which). */
export const TasksInbox = graphql(`
  query TasksInbox($first: Int!, $after: String) {
    tasks(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          runId
          workflowName
          title
          description
          scope
          quorum
          requester
          dueAt
          createdAt
          decisions {
            by
            decision
            comment
          }
        }
      }
    }
  }
`);

/** The navigation badge. */
export const TaskCount = graphql(`
  query TaskCount {
    taskCount
  }
`);

export const TaskApprove = graphql(`
  mutation TaskApprove($input: TaskDecideInput!) {
    taskApprove(input: $input) {
      task {
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

export const TaskReject = graphql(`
  mutation TaskReject($input: TaskDecideInput!) {
    taskReject(input: $input) {
      task {
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
