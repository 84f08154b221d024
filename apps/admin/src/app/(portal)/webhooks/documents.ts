import { graphql } from '../../../generated/gql.ts';

export const WebhookEndpoints = graphql(`
  query Webhooks_List {
    webhookEndpoints(first: 100) {
      totalCount
      edges {
        node {
          id
          url
          description
          eventTypes
          enabled
          disabledReason
          consecutiveFailures
          createdAt
        }
      }
    }
    webhookEventTypes
  }
`);

export const WebhookEndpointDetail = graphql(`
  query Webhooks_Detail($id: ID!) {
    webhookEndpoint(id: $id) {
      id
      url
      description
      eventTypes
      enabled
      disabledReason
      consecutiveFailures
      previousSecretExpiresAt
      createdAt
    }
    webhookDeliveries(endpointId: $id, first: 50) {
      totalCount
      edges {
        node {
          id
          eventId
          eventType
          status
          attempts
          responseStatus
          latencyMs
          responseBody
          error
          nextAttemptAt
          lastAttemptAt
          createdAt
        }
      }
    }
  }
`);
