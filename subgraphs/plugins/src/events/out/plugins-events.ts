import { defineEvents, event } from '@ucos/kit';

/** What plugins publishes (subjects `ucos.<type>`). Ids are local uuids. */

export interface InstallationChangedPayload {
  installationId: string;
  pluginId: string;
  pluginName: string;
  version: string;
  enabled: boolean;
  /** installed, configured, enabled, disabled, upgraded, rolled_back, uninstalled */
  change: string;
}

export interface InstallationDisabledPayload {
  installationId: string;
  pluginId: string;
  pluginName: string;
  version: string;
  reason: string;
  /** failed calls in a row when it was disabled */
  failures: number;
}

export const PLUGINS_EVENTS = defineEvents('plugins', {
  /** a new installation (disabled until the tenant enables it) */
  'plugins.installation.installed': event<InstallationChangedPayload>('PluginInstallation'),
  /** any change of what runs: configuration, enabled, version, uninstall; hook runners drop their cache */
  'plugins.installation.changed': event<InstallationChangedPayload>('PluginInstallation'),
  /** disabled by the platform after failing calls in a row; notifications mails the tenant's admins */
  'plugins.installation.disabled': event<InstallationDisabledPayload>('PluginInstallation'),
});

export type PluginsEvents = typeof PLUGINS_EVENTS;
