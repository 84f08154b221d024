import { graphql } from '../../../../generated/gql.ts';

export const IntegrationsPage = graphql(`
  query Integrations_Page {
    integrationAdapters {
      kind
      label
      defaultAdapterId
      adapters {
        id
        label
        description
        builtIn
        fields {
          key
          label
          secret
          required
          description
        }
      }
    }
    integrations {
      kind
      adapterId
      enabled
      settings {
        key
        value
      }
      secrets {
        key
        set
        hint
      }
    }
    integrationKey {
      version
      rotatedAt
      currentMasterKey
    }
  }
`);
