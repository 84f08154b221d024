import { graphql } from '../../../../generated/gql.ts';

export const PluginsList = graphql(`
  query Plugins_List {
    plugins(first: 100) {
      totalCount
      edges {
        node {
          id
          name
          description
          versions {
            id
            version
          }
          installation {
            id
            enabled
            disabledReason
            consecutiveFailures
            version {
              version
            }
            stats {
              hook
              calls
              failures
              refusals
              errorRate
              averageLatencyMs
            }
          }
        }
      }
    }
  }
`);

export const PluginDetail = graphql(`
  query Plugins_Detail($id: ID!) {
    plugin(id: $id) {
      id
      name
      description
      versions {
        id
        version
        description
        hooks {
          point
          failurePolicy
          timeoutMs
        }
        capabilities
        configSchema
        checksum
        sourceLanguage
        uploadedAt
      }
      installation {
        id
        enabled
        disabledReason
        consecutiveFailures
        config
        installedAt
        version {
          id
          version
          configSchema
        }
        previousVersion {
          id
          version
        }
        stats {
          hook
          calls
          failures
          refusals
          errorRate
          averageLatencyMs
          maxLatencyMs
        }
        invocations(first: 30) {
          id
          hook
          version
          outcome
          failure
          message
          durationMs
          at
          logs {
            level
            message
          }
        }
      }
    }
  }
`);
