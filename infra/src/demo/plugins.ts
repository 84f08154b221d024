import { readFile } from 'node:fs/promises';

/**
 * The demo tenant's plugins, through the public API as its owner: the SDK's minimum-order-value
 * example uploaded, installed and configured (25.00 EUR) but left disabled, so Settings → Plugins
 * shows a real plugin a merchant can enable. A shop that has it already is left as it is, so a
 * restart adds nothing.
 */

type Call = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

function caller(gatewayUrl: string, accessToken: string): Call {
  return async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (!body.data || body.errors?.length) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
    for (const payload of Object.values(body.data)) {
      const errors = (payload as { errors?: { message: string }[] } | null)?.errors;
      if (errors?.length) throw new Error(`${query.slice(0, 60)}…: ${errors.map((error) => error.message).join('; ')}`);
    }
    return body.data as T;
  };
}

const EXAMPLE = new URL('../../../packages/plugin-sdk/examples/minimum-order-value/', import.meta.url);

export async function seedDemoPlugins(gatewayUrl: string, accessToken: string): Promise<string[]> {
  const call = caller(gatewayUrl, accessToken);
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
