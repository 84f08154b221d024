import { readFile } from 'node:fs/promises';
import { ownerCaller } from './caller.ts';

/**
 * The demo tenant's plugins, through the public API as its owner: two of the SDK's examples
 * uploaded, installed and configured but left disabled, so Settings → Plugins shows real plugins a
 * merchant can enable — the minimum-order-value validator (25.00 EUR) and the bulk-tier-discount
 * price transformer (10 % off a line of 3 or more, 15 % from 10). A plugin the shop has already is
 * left as it is, so a restart adds nothing.
 */

const EXAMPLES: { name: string; config: object; seeded: string }[] = [
  {
    name: 'minimum-order-value',
    config: { minimumAmount: 2500, currency: 'EUR' },
    seeded: 'the minimum-order-value plugin (installed, disabled: Settings → Plugins)',
  },
  {
    name: 'bulk-tier-discount',
    config: {
      tiers: [
        { minQuantity: 3, percentOff: 10 },
        { minQuantity: 10, percentOff: 15 },
      ],
    },
    seeded: 'the bulk-tier-discount plugin (installed, disabled: Settings → Plugins)',
  },
];

const exampleFile = (name: string, file: string) =>
  readFile(new URL(`../../../packages/plugin-sdk/examples/${name}/${file}`, import.meta.url), 'utf8');

export async function seedDemoPlugins(gatewayUrl: string, accessToken: string): Promise<string[]> {
  const call = ownerCaller(gatewayUrl, accessToken);
  const existing = await call<{ plugins: { edges: { node: { name: string } }[] } }>(
    `{ plugins(first: 100) { edges { node { name } } } }`,
  );
  const have = new Set(existing.plugins.edges.map(({ node }) => node.name));
  const seeded: string[] = [];
  for (const example of EXAMPLES) {
    if (have.has(example.name)) continue;
    const uploaded = await call<{ pluginUpload: { version: { id: string } } }>(
      `mutation ($input: PluginUploadInput!) { pluginUpload(input: $input) { version { id } errors { message } } }`,
      {
        input: {
          manifest: await exampleFile(example.name, 'manifest.json'),
          source: await exampleFile(example.name, 'plugin.ts'),
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
          config: JSON.stringify(example.config),
        },
      },
    );
    seeded.push(example.seeded);
  }
  return seeded;
}
