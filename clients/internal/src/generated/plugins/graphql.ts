/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type PluginInvocationInput = {
  at: string;
  durationMs: number;
  /** At most 40 characters. */
  failure?: string | null | undefined;
  /** At most 100 characters. */
  hook: string;
  /** A local uuid */
  installationId: string;
  logs: Array<PluginLogLineInput>;
  /** At most 4000 characters. */
  message?: string | null | undefined;
  /** allowed, refused or failed. At most 10 characters. */
  outcome: string;
  /** At most 100 characters. */
  version: string;
};

/** The codes pluginInvocationsRecord can return in its errors. */
export type PluginInvocationsRecordErrorCode =
  | 'INVALID_INPUT';

export type PluginInvocationsRecordInput = {
  invocations: Array<PluginInvocationInput>;
};

/** The codes pluginKvSet can return in its errors. */
export type PluginKvSetErrorCode =
  | 'INVALID_INPUT'
  | 'NOT_INSTALLED';

export type PluginKvSetInput = {
  installationId: string;
  /** At most 200 characters. */
  key: string;
  /** At most 65536 characters. */
  value: string;
};

export type PluginLogLineInput = {
  /** Epoch milliseconds */
  at: number;
  /** At most 10 characters. */
  level: string;
  /** At most 4000 characters. */
  message: string;
};

export type InternalPluginHookInstallationsQueryVariables = Exact<{
  hook: string;
}>;


export type InternalPluginHookInstallationsQuery = { pluginHookInstallations: Array<{ installationId: string, pluginName: string, version: string, code: string, config: string, failurePolicy: string, timeoutMs: number, capabilities: Array<string>, allowedHosts: Array<string> }> };

export type InternalPluginInvocationsRecordMutationVariables = Exact<{
  input: PluginInvocationsRecordInput;
}>;


export type InternalPluginInvocationsRecordMutation = { pluginInvocationsRecord: { recorded: number, disabledInstallationIds: Array<string>, errors: Array<{ code: PluginInvocationsRecordErrorCode, message: string }> } };

export type InternalPluginKvGetQueryVariables = Exact<{
  installationId: string;
  key: string;
}>;


export type InternalPluginKvGetQuery = { pluginKvGet: string | null };

export type InternalPluginKvSetMutationVariables = Exact<{
  input: PluginKvSetInput;
}>;


export type InternalPluginKvSetMutation = { pluginKvSet: { stored: boolean | null, errors: Array<{ code: PluginKvSetErrorCode, message: string }> } };


export const InternalPluginHookInstallationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InternalPluginHookInstallations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hook"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pluginHookInstallations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hook"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hook"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"installationId"}},{"kind":"Field","name":{"kind":"Name","value":"pluginName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"config"}},{"kind":"Field","name":{"kind":"Name","value":"failurePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutMs"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"allowedHosts"}}]}}]}}]} as unknown as DocumentNode<InternalPluginHookInstallationsQuery, InternalPluginHookInstallationsQueryVariables>;
export const InternalPluginInvocationsRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InternalPluginInvocationsRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PluginInvocationsRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pluginInvocationsRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"disabledInstallationIds"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InternalPluginInvocationsRecordMutation, InternalPluginInvocationsRecordMutationVariables>;
export const InternalPluginKvGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InternalPluginKvGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"installationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pluginKvGet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"installationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"installationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}]}]}}]} as unknown as DocumentNode<InternalPluginKvGetQuery, InternalPluginKvGetQueryVariables>;
export const InternalPluginKvSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InternalPluginKvSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PluginKvSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pluginKvSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stored"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InternalPluginKvSetMutation, InternalPluginKvSetMutationVariables>;