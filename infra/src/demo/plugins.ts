import { readFile } from 'node:fs/promises';
import { ownerCaller } from './caller.ts';

/**
 * The demo tenant's plugins, through the public API as its owner: the SDK's minimum-order-value
 * example uploaded, installed and configured (25.00 EUR) but left disabled, so Settings → Plugins
 * shows a real plugin a merchant can enable. A shop that has it already is left as it is, so a
 * restart adds nothing.
 */

const EXAMPLE = new URL('../../../packages/plugin-sdk/examples/minimum-order-value/', import.meta.url);

export async function seedDemoPlugins(gatewayUrl: string, accessToken: string): Promise<string[]> {
  const call = ownerCaller(gatewayUrl, accessToken);
  const existing = await call<{ plugins: { edges: { node: { name: string } }[] } }>(
    `{ plugins(first: 100) { edges { node { name } } } }`,
  );
  if (existing.plugins.edges.some(({ node }) => node.name === 'minimum-order-value')) return [];
  const uploaded = await call<{ pluginUpload: { version: { id: string } } }>(
    `mutation ($input: PluginUploadInput!) { pluginUpload(input: $input) { version { id } errors { message } } }`,
    {
      input: {
        manifest: await readFile(new URL('manifest.json', EXAMPLE), 'utf8'),
        source: await readFile(new URL('plugin.ts', EXAMPLE), 'utf8'),
        language: 'TS',
      },
    },
  );
  const installed = await call<{ pluginInstall: { installation: { id: string } } }>(
    `mutation ($input: PluginInstallInput!) { pluginInstall(input: $input) { installation { id } errors { message } } }`,
    { input: { versionId: uploaded.pluginUpload.version.id } },
  );
  await call(
    `mutation ($input: PluginConfigureInput!) { pluginConfigure(input: $input) { installation { id } errors { message } } }`,
    {
      input: {
        installationId: installed.pluginInstall.installation.id,
        config: JSON.stringify({ minimumAmount: 2500, currency: 'EUR' }),
      },
    },
  );
  return ['the minimum-order-value plugin (installed, disabled: Settings → Plugins)'];
}
