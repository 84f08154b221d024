/* eslint-disable */
import * as types from './graphql.ts';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query InternalPluginHookInstallations($hook: String!) {\n    pluginHookInstallations(hook: $hook) {\n      installationId\n      pluginName\n      version\n      code\n      config\n      failurePolicy\n      timeoutMs\n      capabilities\n      allowedHosts\n    }\n  }\n": typeof types.InternalPluginHookInstallationsDocument,
    "\n  mutation InternalPluginInvocationsRecord($input: PluginInvocationsRecordInput!) {\n    pluginInvocationsRecord(input: $input) {\n      recorded\n      disabledInstallationIds\n      errors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.InternalPluginInvocationsRecordDocument,
    "\n  query InternalPluginKvGet($installationId: ID!, $key: String!) {\n    pluginKvGet(installationId: $installationId, key: $key)\n  }\n": typeof types.InternalPluginKvGetDocument,
    "\n  mutation InternalPluginKvSet($input: PluginKvSetInput!) {\n    pluginKvSet(input: $input) {\n      stored\n      errors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.InternalPluginKvSetDocument,
};
const documents: Documents = {
    "\n  query InternalPluginHookInstallations($hook: String!) {\n    pluginHookInstallations(hook: $hook) {\n      installationId\n      pluginName\n      version\n      code\n      config\n      failurePolicy\n      timeoutMs\n      capabilities\n      allowedHosts\n    }\n  }\n": types.InternalPluginHookInstallationsDocument,
    "\n  mutation InternalPluginInvocationsRecord($input: PluginInvocationsRecordInput!) {\n    pluginInvocationsRecord(input: $input) {\n      recorded\n      disabledInstallationIds\n      errors {\n        code\n        message\n      }\n    }\n  }\n": types.InternalPluginInvocationsRecordDocument,
    "\n  query InternalPluginKvGet($installationId: ID!, $key: String!) {\n    pluginKvGet(installationId: $installationId, key: $key)\n  }\n": types.InternalPluginKvGetDocument,
    "\n  mutation InternalPluginKvSet($input: PluginKvSetInput!) {\n    pluginKvSet(input: $input) {\n      stored\n      errors {\n        code\n        message\n      }\n    }\n  }\n": types.InternalPluginKvSetDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InternalPluginHookInstallations($hook: String!) {\n    pluginHookInstallations(hook: $hook) {\n      installationId\n      pluginName\n      version\n      code\n      config\n      failurePolicy\n      timeoutMs\n      capabilities\n      allowedHosts\n    }\n  }\n"): (typeof documents)["\n  query InternalPluginHookInstallations($hook: String!) {\n    pluginHookInstallations(hook: $hook) {\n      installationId\n      pluginName\n      version\n      code\n      config\n      failurePolicy\n      timeoutMs\n      capabilities\n      allowedHosts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InternalPluginInvocationsRecord($input: PluginInvocationsRecordInput!) {\n    pluginInvocationsRecord(input: $input) {\n      recorded\n      disabledInstallationIds\n      errors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InternalPluginInvocationsRecord($input: PluginInvocationsRecordInput!) {\n    pluginInvocationsRecord(input: $input) {\n      recorded\n      disabledInstallationIds\n      errors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InternalPluginKvGet($installationId: ID!, $key: String!) {\n    pluginKvGet(installationId: $installationId, key: $key)\n  }\n"): (typeof documents)["\n  query InternalPluginKvGet($installationId: ID!, $key: String!) {\n    pluginKvGet(installationId: $installationId, key: $key)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InternalPluginKvSet($input: PluginKvSetInput!) {\n    pluginKvSet(input: $input) {\n      stored\n      errors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InternalPluginKvSet($input: PluginKvSetInput!) {\n    pluginKvSet(input: $input) {\n      stored\n      errors {\n        code\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;