import { encodeGlobalId } from '@ucos/kit';
import { describe, expect, it } from 'vitest';
import { ACTION_UNAVAILABLE } from '../src/data/admin-actions.ts';
import { admin, type PluginsHarness, pluginsSuite, randomUUID, reader, runnerOf } from './harness.ts';

let plugins: PluginsHarness;

pluginsSuite((suite) => {
  plugins = suite.plugins;
});

const ERRORS = 'errors { code field message }';
const UPLOAD = `mutation ($input: PluginUploadInput!) { pluginUpload(input: $input) { version { id hooks { point actions } } ${ERRORS} } }`;
const INSTALL = `mutation ($input: PluginInstallInput!) { pluginInstall(input: $input) { installation { id } ${ERRORS} } }`;
const CONFIGURE = `mutation ($input: PluginConfigureInput!) { pluginConfigure(input: $input) { ${ERRORS} } }`;
const ENABLE = `mutation ($input: PluginInstallationIdInput!) { pluginEnable(input: $input) { ${ERRORS} } }`;
const DISABLE = `mutation ($input: PluginInstallationIdInput!) { pluginDisable(input: $input) { ${ERRORS} } }`;
const EXTENSIONS = 'query { uiExtensions(point: ORDER_PANEL) { id title declared } }';
const SAVE = `mutation ($input: UiExtensionSaveInput!) { uiExtensionSave(input: $input) { uiExtension { id } ${ERRORS} } }`;
const RUN = `mutation ($input: PluginActionRunInput!) { pluginActionRun(input: $input) { result { plugin action status message } ${ERRORS} } }`;
const LOG = `query ($id: ID!) { pluginInstallation(id: $id) { stats { hook calls failures refusals }
  invocations(first: 20) { hook outcome failure message } } }`;

const ACTIONS = ['count', 'boom', 'spin', 'sad'];
const SOURCE = `
export default {
  async 'admin.action'(input, ctx) {
    if (input.action === 'count') {
      const runs = Number((await ctx.kv.get('runs')) ?? '0') + 1;
      await ctx.kv.set('runs', String(runs));
      return { message: 'Run ' + runs + ' on ' + input.object.type + ' ' + input.object.id + ' with ' + ctx.config.label };
    }
    if (input.action === 'boom') throw new Error('boom');
    if (input.action === 'spin') for (;;) {}
    return { message: 'Not today', status: 'failure' };
  },
};
`;

const buttons = (names: string[], plugin?: string) =>
  names.map((name) => ({ type: 'button', label: name, action: plugin ? { plugin, name } : { name } }));

const manifest = (name: string, failurePolicy: 'refuse' | 'allow', version = '1.0.0') => ({
  name,
  version,
  hooks: [
    { point: 'admin.action', failurePolicy, timeoutMs: 1000, actions: ACTIONS.map((action) => ({ name: action })) },
  ],
  capabilities: ['kv'],
  configSchema: { type: 'object', properties: { label: { type: 'string' } }, additionalProperties: false },
  uiExtensions: [
    {
      point: 'ORDER_PANEL',
      title: `${name} actions`,
      schema: { blocks: [{ type: 'card', title: 'Actions', children: buttons(ACTIONS) }] },
    },
  ],
});

async function installed(tenant: string, name = 'tier-tools', failurePolicy: 'refuse' | 'allow' = 'refuse') {
  const uploaded = await plugins.call(
    UPLOAD,
    { input: { manifest: JSON.stringify(manifest(name, failurePolicy)), source: SOURCE, language: 'JS' } },
    admin(tenant),
  );
  expect(uploaded.data?.pluginUpload.errors).toEqual([]);
  expect(uploaded.data?.pluginUpload.version.hooks).toEqual([{ point: 'admin.action', actions: ACTIONS }]);
  const install = await plugins.call(
    INSTALL,
    { input: { versionId: uploaded.data?.pluginUpload.version.id } },
    admin(tenant),
  );
  const installationId = install.data?.pluginInstall.installation.id as string;
  await plugins.call(
    CONFIGURE,
    { input: { installationId, config: JSON.stringify({ label: 'the tiers' }) } },
    admin(tenant),
  );
  expect((await plugins.call(ENABLE, { input: { installationId } }, admin(tenant))).data?.pluginEnable.errors).toEqual(
    [],
  );
  const listed = await plugins.call(EXTENSIONS, {}, admin(tenant));
  const extension = listed.data?.uiExtensions.find((row: { title: string }) => row.title === `${name} actions`);
  return { installationId, extensionId: extension.id as string };
}

const orderId = encodeGlobalId('Order', '00000000-0000-4000-8000-000000000001');

const run = (tenant: string, input: Record<string, unknown>, who = admin(tenant)) =>
  plugins.call(RUN, { input: { action: 'count', objectId: orderId, ...input } }, who);

describe('plugin admin actions', () => {
  it("runs a declared action with the page's object and the plugin's config, logs it, and answers a repeated key with the first result", async () => {
    const tenant = randomUUID();
    const { installationId, extensionId } = await installed(tenant);
    const first = await run(tenant, { extensionId, idempotencyKey: 'click-1' });
    expect(first.errors).toBeUndefined();
    expect(first.data?.pluginActionRun).toEqual({
      result: {
        plugin: 'tier-tools',
        action: 'count',
        status: 'SUCCESS',
        message: `Run 1 on order ${orderId} with the tiers`,
      },
      errors: [],
    });
    // the same key: the first answer, the plugin not run again
    const again = await run(tenant, { extensionId, idempotencyKey: 'click-1' });
    expect(again.data?.pluginActionRun.result.message).toBe(`Run 1 on order ${orderId} with the tiers`);
    // the same key for another request is refused
    const reused = await run(tenant, {
      extensionId,
      idempotencyKey: 'click-1',
      objectId: encodeGlobalId('Order', randomUUID()),
    });
    expect(reused.data?.pluginActionRun.errors.map((error: { code: string }) => error.code)).toEqual([
      'IDEMPOTENCY_KEY_REUSED',
    ]);
    const next = await run(tenant, { extensionId, idempotencyKey: 'click-2' });
    expect(next.data?.pluginActionRun.result.message).toBe(`Run 2 on order ${orderId} with the tiers`);
    // the plugin's own "failure" answer is shown as such (and counted as a refusal, not a failure)
    const sad = await run(tenant, { extensionId, action: 'sad' });
    expect(sad.data?.pluginActionRun.result).toMatchObject({ status: 'FAILURE', message: 'Not today' });

    const log = await plugins.call(LOG, { id: installationId }, admin(tenant));
    expect(log.data?.pluginInstallation.stats).toEqual([{ hook: 'admin.action', calls: 3, failures: 0, refusals: 1 }]);
    expect(log.data?.pluginInstallation.invocations[0]).toMatchObject({ hook: 'admin.action', outcome: 'refused' });
  });

  it('refuses an unknown action, a missing or mistyped object, a disabled plugin, another tenant and a non-member', async () => {
    const tenant = randomUUID();
    const { installationId, extensionId } = await installed(tenant);
    const codes = async (input: Record<string, unknown>, who = admin(tenant)) =>
      (await run(tenant, { extensionId, ...input }, who)).data?.pluginActionRun.errors.map(
        (error: { code: string; field: string[] }) => `${error.code} ${error.field.join('.')}`,
      );
    expect(await codes({ action: 'launch' })).toEqual(['UNKNOWN_ACTION input.action']);
    expect(await codes({ objectId: null })).toEqual(['INVALID_INPUT input.objectId']);
    expect(await codes({ objectId: encodeGlobalId('Product', randomUUID()) })).toEqual([
      'INVALID_INPUT input.objectId',
    ]);
    // another tenant cannot reach the extension
    const other = randomUUID();
    expect((await run(other, { extensionId })).data?.pluginActionRun.errors[0].code).toBe('NOT_FOUND');
    // a service or API key with the scope is not a member
    expect(await codes({}, runnerOf(tenant) as ReturnType<typeof admin>)).toEqual(['NOT_ALLOWED input.extensionId']);
    // reading plugins is not enough
    const read = await run(tenant, { extensionId }, reader(tenant));
    expect(read.errors?.[0]?.message).toMatch(/not authorized|forbidden/i);

    await plugins.call(DISABLE, { input: { installationId } }, admin(tenant));
    expect(await codes({})).toEqual(['PLUGIN_DISABLED input.action']);
    const log = await plugins.call(LOG, { id: installationId }, admin(tenant));
    expect(log.data?.pluginInstallation.invocations).toEqual([]);
  });

  it("applies the hook's failure policy to a plugin that throws or loops, and logs each failure", async () => {
    const tenant = randomUUID();
    const strict = await installed(tenant, 'strict-tools', 'refuse');
    const lenient = await installed(tenant, 'lenient-tools', 'allow');

    const boom = await run(tenant, { extensionId: strict.extensionId, action: 'boom', idempotencyKey: 'boom-1' });
    expect(boom.data?.pluginActionRun.result).toBeNull();
    expect(boom.data?.pluginActionRun.errors[0]).toMatchObject({ code: 'PLUGIN_FAILED', field: ['input', 'action'] });
    expect(boom.data?.pluginActionRun.errors[0].message).toMatch(/strict-tools failed \(error\).*boom/);
    // a failure is not kept under the key: trying again runs it again
    const retried = await run(tenant, { extensionId: strict.extensionId, action: 'boom', idempotencyKey: 'boom-1' });
    expect(retried.data?.pluginActionRun.errors[0].code).toBe('PLUGIN_FAILED');

    const spin = await run(tenant, { extensionId: lenient.extensionId, action: 'spin' });
    expect(spin.data?.pluginActionRun).toEqual({
      result: { plugin: 'lenient-tools', action: 'spin', status: 'FAILURE', message: ACTION_UNAVAILABLE },
      errors: [],
    });

    const strictLog = await plugins.call(LOG, { id: strict.installationId }, admin(tenant));
    expect(strictLog.data?.pluginInstallation.invocations).toMatchObject([
      { hook: 'admin.action', outcome: 'failed', failure: 'error' },
      { hook: 'admin.action', outcome: 'failed', failure: 'error' },
    ]);
    const lenientLog = await plugins.call(LOG, { id: lenient.installationId }, admin(tenant));
    expect(lenientLog.data?.pluginInstallation.invocations).toMatchObject([
      { hook: 'admin.action', outcome: 'failed', failure: 'timeout' },
    ]);
  });

  it("checks action buttons where they are saved: a manifest's own actions, an installed plugin's for a tenant's extension", async () => {
    const tenant = randomUUID();
    const foreign = {
      ...manifest('borrower', 'refuse'),
      uiExtensions: [
        {
          point: 'ORDER_PANEL',
          title: 'Borrowed',
          schema: { blocks: [...buttons(['count'], 'tier-tools'), ...buttons(['launch'])] },
        },
      ],
    };
    const refused = await plugins.call(
      UPLOAD,
      { input: { manifest: JSON.stringify(foreign), source: SOURCE, language: 'JS' } },
      admin(tenant),
    );
    expect(refused.data?.pluginUpload.errors.map((error: { field: string[] }) => error.field.join('.'))).toEqual([
      'input.manifest.uiExtensions.0.schema.blocks.0.action.plugin',
      'input.manifest.uiExtensions.0.schema.blocks.1.action.name',
    ]);

    const save = (schema: object, installationId?: string) =>
      plugins.call(
        SAVE,
        { input: { point: 'ORDER_PANEL', title: 'Mine', schema: JSON.stringify(schema), installationId } },
        admin(tenant),
      );
    const unbound = await save({ blocks: [...buttons(['count']), ...buttons(['count'], 'tier-tools')] });
    expect(
      unbound.data?.uiExtensionSave.errors.map((error: { code: string; field: string[]; message: string }) => [
        error.code,
        error.field.join('.'),
        error.message,
      ]),
    ).toEqual([
      [
        'INVALID_SCHEMA',
        'input.schema.blocks.0.action.plugin',
        'Name the plugin whose action it runs, or bind the extension to its installation',
      ],
      ['INVALID_SCHEMA', 'input.schema.blocks.1.action.plugin', 'tier-tools is not installed'],
    ]);

    const { installationId } = await installed(tenant);
    const unknown = await save({ blocks: buttons(['launch'], 'tier-tools') });
    expect(unknown.data?.uiExtensionSave.errors).toEqual([
      {
        code: 'INVALID_SCHEMA',
        field: ['input', 'schema', 'blocks', '0', 'action', 'name'],
        message: 'tier-tools has no action launch (it has count, boom, spin, sad)',
      },
    ]);
    // a tenant's own extension runs an installed plugin's action, named or through its installation
    const named = await save({ blocks: buttons(['count'], 'tier-tools') });
    const bound = await save({ blocks: buttons(['count']) }, installationId);
    for (const saved of [named, bound]) {
      expect(saved.data?.uiExtensionSave.errors).toEqual([]);
      const ran = await run(tenant, { extensionId: saved.data?.uiExtensionSave.uiExtension.id });
      expect(ran.data?.pluginActionRun.result.status).toBe('SUCCESS');
    }
    // a disabled extension runs nothing
    const off = await plugins.call(
      SAVE,
      {
        input: {
          id: named.data?.uiExtensionSave.uiExtension.id,
          point: 'ORDER_PANEL',
          title: 'Mine',
          schema: JSON.stringify({ blocks: buttons(['count'], 'tier-tools') }),
          enabled: false,
        },
      },
      admin(tenant),
    );
    expect(off.data?.uiExtensionSave.errors).toEqual([]);
    const refusedRun = await run(tenant, { extensionId: named.data?.uiExtensionSave.uiExtension.id });
    expect(refusedRun.data?.pluginActionRun.errors[0].code).toBe('PLUGIN_DISABLED');
  });
});
