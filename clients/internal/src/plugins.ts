// Calls the kit's plugin hook runner (orders today) makes to the plugins subgraph. Typed against
// schema/plugins.graphql.
import { graphql } from './generated/plugins/gql.ts';

export type * from './generated/plugins/graphql.ts';

/** The tenant's enabled installations of a hook point, with their code and configuration. */
export const PluginHookInstallations = graphql(`
  query InternalPluginHookInstallations($hook: String!) {
    pluginHookInstallations(hook: $hook) {
      installationId
      pluginName
      version
      code
      config
      failurePolicy
      timeoutMs
      capabilities
      allowedHosts
    }
  }
`);

/** A batch of calls, reported after the fact; not retried (a lost batch only loses log lines and counts). */
export const PluginInvocationsRecord = graphql(`
  mutation InternalPluginInvocationsRecord($input: PluginInvocationsRecordInput!) {
    pluginInvocationsRecord(input: $input) {
      recorded
      disabledInstallationIds
      errors {
        code
        message
      }
    }
  }
`);

export const PluginKvGet = graphql(`
  query InternalPluginKvGet($installationId: ID!, $key: String!) {
    pluginKvGet(installationId: $installationId, key: $key)
  }
`);

export const PluginKvSet = graphql(`
  mutation InternalPluginKvSet($input: PluginKvSetInput!) {
    pluginKvSet(input: $input) {
      stored
      errors {
        code
        message
      }
    }
  }
`);
