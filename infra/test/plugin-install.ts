import type { Ok } from './platform-fixtures.ts';

/** A plugin as a merchant uploads it: its manifest, its source and the source's language. */
export interface PluginBundle {
  manifest: object;
  source: string;
  language: string;
}

export const PLUGIN_UPLOAD = `mutation ($input: PluginUploadInput!) {
  pluginUpload(input: $input) { plugin { id } version { id } errors { code field message } } }`;
export const PLUGIN_INSTALL = `mutation ($input: PluginInstallInput!) { pluginInstall(input: $input) { installation { id } errors { code message } } }`;
export const PLUGIN_CONFIGURE = `mutation ($input: PluginConfigureInput!) { pluginConfigure(input: $input) { installation { id } errors { code field message } } }`;
export const PLUGIN_ENABLE = `mutation ($input: PluginInstallationIdInput!) { pluginEnable(input: $input) { installation { enabled } errors { code message } } }`;

/**
 * Uploads, installs, configures and enables a plugin through the gateway, as a merchant does in
 * Settings → Plugins; every step must succeed (`ok` checks each payload's errors).
 */
export async function installEnabled(
  ok: Ok,
  bundle: PluginBundle,
  config: object,
): Promise<{ pluginId: string; installationId: string }> {
  const uploaded = await ok(PLUGIN_UPLOAD, {
    input: { manifest: JSON.stringify(bundle.manifest), source: bundle.source, language: bundle.language },
  });
  const installed = await ok(PLUGIN_INSTALL, { input: { versionId: uploaded.pluginUpload.version.id } });
  const installationId = installed.pluginInstall.installation.id as string;
  await ok(PLUGIN_CONFIGURE, { input: { installationId, config: JSON.stringify(config) } });
  await ok(PLUGIN_ENABLE, { input: { installationId } });
  return { pluginId: uploaded.pluginUpload.plugin.id as string, installationId };
}
