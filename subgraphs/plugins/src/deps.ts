import type { DomainDeps } from '@ucos/kit';
import type { PluginsEvents } from './events/out/plugins-events.ts';

export interface PluginsDeps extends DomainDeps<PluginsEvents> {
  /** consecutive failed calls after which an installation is disabled */
  disableAfterFailures: number;
  /** invocations kept per installation (the newest) */
  logRetention: number;
}

export const SCHEMA = 'plugins';
