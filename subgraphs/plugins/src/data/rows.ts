import type { PluginManifest } from '@ucos/plugin-sdk';
import type { UiExtensionPoint, UiSchema } from '@ucos/plugin-sdk/ui-schema';
import type {
  Installation as InstallationModel,
  Invocation as InvocationModel,
  Plugin as PluginModel,
  PluginVersion as PluginVersionModel,
  UiExtension as UiExtensionModel,
} from '../generated/prisma/client.ts';

/**
 * Rows as the stores return them (camelCase), derived from the Prisma models of
 * prisma/schema.prisma (checked against the migrated database in test/schema-and-models.test.ts). A
 * row leaves out `tenant_id` (row security scopes every statement) and narrows JSON columns to their shape.
 */
export type PluginRow = Omit<PluginModel, 'tenantId'>;

export type PluginVersionRow = Omit<PluginVersionModel, 'tenantId' | 'manifest' | 'sourceLanguage'> & {
  manifest: PluginManifest;
  sourceLanguage: 'js' | 'ts';
};

export type InstallationRow = Omit<InstallationModel, 'tenantId' | 'config'> & {
  config: Record<string, unknown>;
};

export type InvocationOutcome = 'allowed' | 'refused' | 'failed';

export interface InvocationLogLine {
  level: string;
  message: string;
  at: number;
}

export type InvocationRow = Omit<InvocationModel, 'tenantId' | 'outcome' | 'logs'> & {
  outcome: InvocationOutcome;
  logs: InvocationLogLine[];
};

/** Counters of one installation and hook since it was installed (bigint columns read as numbers). */
export interface InvocationStatsRow {
  hook: string;
  calls: number;
  failures: number;
  refusals: number;
  totalMs: number;
  maxMs: number;
}

export type UiExtensionRow = Omit<UiExtensionModel, 'tenantId' | 'schema' | 'point'> & {
  point: UiExtensionPoint;
  schema: UiSchema;
};
