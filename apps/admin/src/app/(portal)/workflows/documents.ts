import { graphql } from '../../../generated/gql.ts';

export const WorkflowList = graphql(`
  query WorkflowList_Workflows($after: String) {
    workflows(first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          enabled
          trigger
          latestVersion
          template
          updatedAt
        }
      }
    }
    workflowTemplates {
      key
      name
      description
      parameters {
        key
        description
        default
      }
    }
  }
`);

export const WorkflowDetail = graphql(`
  query WorkflowDetail_Workflow($id: ID!, $from: Int!, $to: Int!) {
    workflow(id: $id) {
      id
      name
      description
      enabled
      trigger
      latestVersion
      template
      current {
        number
        source
      }
      versions(first: 50) {
        totalCount
        edges {
          node {
            number
            createdAt
            createdBy
          }
        }
      }
      from: version(number: $from) {
        number
        source
      }
      to: version(number: $to) {
        number
        source
      }
    }
  }
`);

export const CreateFromTemplate = graphql(`
  mutation WorkflowNew_FromTemplate($input: WorkflowCreateFromTemplateInput!) {
    workflowCreateFromTemplate(input: $input) {
      workflow {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const Validate = graphql(`
  mutation WorkflowEditor_Validate($input: WorkflowValidateInput!) {
    workflowValidate(input: $input) {
      valid
      problems {
        message
        path
        line
        column
      }
    }
  }
`);

export const Save = graphql(`
  mutation WorkflowEditor_Save($input: WorkflowUpdateInput!) {
    workflowUpdate(input: $input) {
      version {
        number
      }
      problems {
        message
        path
        line
        column
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const Enable = graphql(`
  mutation WorkflowDetail_Enable($input: WorkflowIdInput!) {
    workflowEnable(input: $input) {
      workflow {
        id
        enabled
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const Disable = graphql(`
  mutation WorkflowDetail_Disable($input: WorkflowIdInput!) {
    workflowDisable(input: $input) {
      workflow {
        id
        enabled
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const DryRun = graphql(`
  mutation WorkflowDryRun_Run($input: WorkflowDryRunInput!) {
    workflowDryRun(input: $input) {
      matched
      reason
      steps {
        id
        kind
        path
        outcome
        branch
        input
        detail
      }
      problems {
        message
        line
        column
      }
      errors {
        code
        field
        message
      }
    }
  }
`);
