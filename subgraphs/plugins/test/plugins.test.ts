import { assertTenantTablesProtected, type EventBus, type EventEnvelope } from '@ucos/kit';
import type { TestDatabase } from '@ucos/kit/testing';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import {
  admin,
  MINIMUM_ORDER_MANIFEST,
  MINIMUM_ORDER_SOURCE,
  type PluginsHarness,
  pluginsSuite,
  randomUUID,
  reader,
  runnerOf,
  waitFor,
} from './harness.ts';

let db: TestDatabase;
let bus: EventBus;
let plugins: PluginsHarness;
const published: EventEnvelope[] = [];

pluginsSuite(async (suite) => {
  ({ db, bus, plugins } = suite);
  await bus.subscribe({
    consumer: 'test-plugins-out',
    subjects: ['ucos.plugins.>'],
    handler: (envelope) => {
      published.push(envelope);
    },
  });
});

const ERRORS = 'errors { code field message }';
const INSTALLATION = `installation { id enabled config consecutiveFailures disabledReason
  version { id version } previousVersion { id version } }`;

const UPLOAD = `mutation ($input: PluginUploadInput!) {
  pluginUpload(input: $input) { plugin { id name } version { id version checksum sourceLanguage configSchema hooks { point failurePolicy timeoutMs } } ${ERRORS} } }`;
const INSTALL = `mutation ($input: PluginInstallInput!) { pluginInstall(input: $input) { ${INSTALLATION} ${ERRORS} } }`;
const CONFIGURE = `mutation ($input: PluginConfigureInput!) { pluginConfigure(input: $input) { ${INSTALLATION} ${ERRORS} } }`;
const ENABLE = `mutation ($input: PluginInstallationIdInput!) { pluginEnable(input: $input) { ${INSTALLATION} ${ERRORS} } }`;
const DISABLE = `mutation ($input: PluginInstallationIdInput!) { pluginDisable(input: $input) { ${INSTALLATION} ${ERRORS} } }`;
const UPGRADE = `mutation ($input: PluginUpgradeInput!) { pluginUpgrade(input: $input) { ${INSTALLATION} ${ERRORS} } }`;
const ROLLBACK = `mutation ($input: PluginInstallationIdInput!) { pluginRollback(input: $input) { ${INSTALLATION} ${ERRORS} } }`;
const UNINSTALL = `mutation ($input: PluginInstallationIdInput!) { pluginUninstall(input: $input) { uninstalledInstallationId ${ERRORS} } }`;
const HOOKS = `query ($hook: String!) { pluginHookInstallations(hook: $hook) { installationId pluginName version code config failurePolicy timeoutMs capabilities } }`;
const RECORD = `mutation ($input: PluginInvocationsRecordInput!) { pluginInvocationsRecord(input: $input) { recorded disabledInstallationIds ${ERRORS} } }`;
const KV_GET = `query ($id: ID!, $key: String!) { pluginKvGet(installationId: $id, key: $key) }`;
const KV_SET = `mutation ($input: PluginKvSetInput!) { pluginKvSet(input: $input) { stored ${ERRORS} } }`;
const PLUGIN = `query ($id: ID!) { plugin(id: $id) { id name versions { version } installation { id enabled
  stats { hook calls failures refusals errorRate averageLatencyMs maxLatencyMs }
  invocations(first: 50) { outcome failure message durationMs logs { level message } } } } }`;

const upload = (tenantId: string, manifest: object, source = MINIMUM_ORDER_SOURCE, language = 'TS') =>
  plugins.call(UPLOAD, { input: { manifest: JSON.stringify(manifest), source, language } }, admin(tenantId));

/** Uploads `manifest` (the minimum-order plugin) and installs it, configured with `config` unless null. */
async function installed(
  tenantId: string,
  config: object | null = { minimumAmount: 5000 },
  manifest: object = MINIMUM_ORDER_MANIFEST(),
) {
  const uploaded = await upload(tenantId, manifest);
  expect(uploaded.data?.pluginUpload.errors).toEqual([]);
  const install = await plugins.call(
    INSTALL,
    { input: { versionId: uploaded.data?.pluginUpload.version.id } },
    admin(tenantId),
  );
  expect(install.data?.pluginInstall.errors).toEqual([]);
  const id = install.data?.pluginInstall.installation.id as string;
  if (config) {
    const configured = await plugins.call(
      CONFIGURE,
      { input: { installationId: id, config: JSON.stringify(config) } },
      admin(tenantId),
    );
    expect(configured.data?.pluginConfigure.errors).toEqual([]);
  }
  return {
    id,
    pluginId: uploaded.data?.pluginUpload.plugin.id as string,
    versionId: uploaded.data?.pluginUpload.version.id as string,
  };
}

const localId = (globalId: string) => Buffer.from(globalId, 'base64').toString('utf8').split(':').pop() as string;

const failure = (installationId: string, version = '1.0.0', at = new Date()) => ({
  installationId,
  version,
  hook: 'checkout.validate',
  outcome: 'failed',
  failure: 'error',
  message: 'TypeError: boom',
  durationMs: 1.5,
  logs: [{ level: 'error', message: 'about to fail', at: at.getTime() }],
  at: at.toISOString(),
});

describe('plugins', () => {
  it("brings the UI extensions its manifest declares: made on install, replaced on upgrade and rollback, shown while enabled, not the tenant's to edit, gone on uninstall", async () => {
    const tenant = randomUUID();
    const EXTENSIONS = `query ($enabledOnly: Boolean) { uiExtensions(enabledOnly: $enabledOnly) { id point title position declared installationId } }`;
    const SAVE = `mutation ($input: UiExtensionSaveInput!) { uiExtensionSave(input: $input) { uiExtension { id } ${ERRORS} } }`;
    const DELETE_EXTENSION = `mutation ($input: UiExtensionDeleteInput!) { uiExtensionDelete(input: $input) { deletedId ${ERRORS} } }`;
    const card = (text: string) => ({
      blocks: [{ type: 'card', title: 'Minimum order', children: [{ type: 'text', text }] }],
    });
    const v1 = {
      ...MINIMUM_ORDER_MANIFEST('1.0.0'),
      uiExtensions: [
        { point: 'ORDER_PANEL', title: 'Minimum order', schema: card('Orders below the minimum are refused') },
        { point: 'DASHBOARD_WIDGET', title: 'Refused checkouts', position: 5, schema: card('See the plugin log') },
      ],
    };
    // a schema the admin could not render is refused at upload, on its path in the manifest
    const broken = await upload(tenant, {
      ...MINIMUM_ORDER_MANIFEST('0.9.0'),
      uiExtensions: [{ point: 'DASHBOARD_WIDGET', title: 'Hold', schema: { blocks: [{ type: 'marquee' }] } }],
    });
    expect(broken.data?.pluginUpload.errors.length).toBeGreaterThan(0);
    expect(broken.data?.pluginUpload.errors[0].field.join('.')).toMatch(/uiExtensions\.0\.schema/);

    const { id } = await installed(tenant, null, v1);
    // the tenant binds one of its own to the installation: an upgrade leaves it alone
    const own = await plugins.call(
      SAVE,
      {
        input: { point: 'PRODUCT_PANEL', title: 'Own note', schema: JSON.stringify(card('ours')), installationId: id },
      },
      admin(tenant),
    );
    expect(own.data?.uiExtensionSave.errors).toEqual([]);
    const list = async (enabledOnly = false) =>
      ((await plugins.call(EXTENSIONS, { enabledOnly }, admin(tenant))).data?.uiExtensions ?? []) as {
        id: string;
        point: string;
        title: string;
        position: number;
        declared: boolean;
      }[];
    const titles = async (enabledOnly = false) =>
      (await list(enabledOnly)).map((extension) => `${extension.point}:${extension.title}:${extension.declared}`);
    expect(await titles()).toEqual([
      'DASHBOARD_WIDGET:Refused checkouts:true',
      'ORDER_PANEL:Minimum order:true',
      'PRODUCT_PANEL:Own note:false',
    ]);
    // installed, not enabled yet: none of the plugin's is rendered
    expect(await titles(true)).toEqual([]);
    await plugins.call(
      CONFIGURE,
      { input: { installationId: id, config: JSON.stringify({ minimumAmount: 5000 }) } },
      admin(tenant),
    );
    await plugins.call(ENABLE, { input: { installationId: id } }, admin(tenant));
    expect(await titles(true)).toHaveLength(3);

    // the tenant cannot change or delete what the manifest brought
    const declared = (await list()).find((extension) => extension.point === 'ORDER_PANEL')!;
    const edit = await plugins.call(
      SAVE,
      { input: { id: declared.id, point: 'ORDER_PANEL', title: 'Mine now', schema: JSON.stringify(card('x')) } },
      admin(tenant),
    );
    expect(edit.data?.uiExtensionSave.errors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['input', 'id'] });
    const remove = await plugins.call(DELETE_EXTENSION, { input: { id: declared.id } }, admin(tenant));
    expect(remove.data?.uiExtensionDelete.errors[0]).toMatchObject({ code: 'INVALID_INPUT' });

    // 2.0.0 declares one panel only: the upgrade replaces them, the rollback brings 1.0.0's back
    const v2 = await upload(tenant, {
      ...MINIMUM_ORDER_MANIFEST('2.0.0'),
      uiExtensions: [{ point: 'ORDER_PANEL', title: 'Minimum order v2', schema: card('v2') }],
    });
    const upgraded = await plugins.call(
      UPGRADE,
      { input: { installationId: id, versionId: v2.data?.pluginUpload.version.id } },
      admin(tenant),
    );
    expect(upgraded.data?.pluginUpgrade.errors).toEqual([]);
    expect(await titles()).toEqual(['ORDER_PANEL:Minimum order v2:true', 'PRODUCT_PANEL:Own note:false']);
    await plugins.call(ROLLBACK, { input: { installationId: id } }, admin(tenant));
    expect(await titles()).toEqual([
      'DASHBOARD_WIDGET:Refused checkouts:true',
      'ORDER_PANEL:Minimum order:true',
      'PRODUCT_PANEL:Own note:false',
    ]);
    // disabled: none of the plugin's is rendered, though they stay; uninstalled: all of them go
    await plugins.call(DISABLE, { input: { installationId: id } }, admin(tenant));
    expect(await titles(true)).toEqual([]);
    expect(await titles()).toHaveLength(3);
    // another tenant sees none of them
    expect(((await plugins.call(EXTENSIONS, {}, admin(randomUUID()))).data?.uiExtensions ?? []).length).toBe(0);
    await plugins.call(UNINSTALL, { input: { installationId: id } }, admin(tenant));
    expect(await titles()).toEqual([]);
  });

  it('refuses to install or upgrade to a version whose form layout would be a second one, storing nothing', async () => {
    const tenant = randomUUID();
    const SAVE = `mutation ($input: UiExtensionSaveInput!) { uiExtensionSave(input: $input) { uiExtension { id } ${ERRORS} } }`;
    const EXTENSIONS = '{ uiExtensions { point title declared } }';
    const INSTALLATIONS = '{ pluginInstallations { id } }';
    const layout = (title: string) => ({ blocks: [{ type: 'form', sections: [{ title, fields: ['material'] }] }] });
    const ours = await plugins.call(
      SAVE,
      { input: { point: 'PRODUCT_FORM', title: 'Our layout', schema: JSON.stringify(layout('Ours')) } },
      admin(tenant),
    );
    expect(ours.data?.uiExtensionSave.errors).toEqual([]);
    const withLayout = await upload(tenant, {
      ...MINIMUM_ORDER_MANIFEST('1.0.0'),
      uiExtensions: [{ point: 'PRODUCT_FORM', title: 'Plugin layout', schema: layout('Theirs') }],
    });
    const refused = await plugins.call(
      INSTALL,
      { input: { versionId: withLayout.data?.pluginUpload.version.id } },
      admin(tenant),
    );
    expect(refused.data?.pluginInstall).toEqual({
      installation: null,
      errors: [
        {
          code: 'LAYOUT_EXISTS',
          field: ['input', 'versionId'],
          message:
            'The plugin brings a layout for PRODUCT_FORM, which has one already (“Our layout”): disable or delete that one first',
        },
      ],
    });
    expect((await plugins.call(INSTALLATIONS, {}, admin(tenant))).data?.pluginInstallations).toEqual([]);
    expect((await plugins.call(EXTENSIONS, {}, admin(tenant))).data?.uiExtensions).toEqual([
      { point: 'PRODUCT_FORM', title: 'Our layout', declared: false },
    ]);

    // a version without a layout installs; upgrading it to the one with a layout is refused the same way
    const { id: installationId } = await installed(tenant, { minimumAmount: 5000 }, MINIMUM_ORDER_MANIFEST('0.9.0'));
    const upgrade = await plugins.call(
      UPGRADE,
      { input: { installationId, versionId: withLayout.data?.pluginUpload.version.id } },
      admin(tenant),
    );
    expect(upgrade.data?.pluginUpgrade.errors).toMatchObject([
      { code: 'LAYOUT_EXISTS', field: ['input', 'versionId'] },
    ]);
    expect((await plugins.call(EXTENSIONS, {}, admin(tenant))).data?.uiExtensions).toHaveLength(1);

    // with the tenant's layout disabled, the upgrade brings the plugin's
    await plugins.call(
      SAVE,
      {
        input: {
          id: ours.data?.uiExtensionSave.uiExtension.id,
          point: 'PRODUCT_FORM',
          title: 'Our layout',
          schema: JSON.stringify(layout('Ours')),
          enabled: false,
        },
      },
      admin(tenant),
    );
    const retried = await plugins.call(
      UPGRADE,
      { input: { installationId, versionId: withLayout.data?.pluginUpload.version.id } },
      admin(tenant),
    );
    expect(retried.data?.pluginUpgrade.errors).toEqual([]);
    expect((await plugins.call(EXTENSIONS, {}, admin(tenant))).data?.uiExtensions).toContainEqual({
      point: 'PRODUCT_FORM',
      title: 'Plugin layout',
      declared: true,
    });
  });

  it('protects every tenant table', async () => {
    await assertTenantTablesProtected(db.adminUrl, 'plugins');
  });

  it('refuses an invalid manifest with every problem on its own field, and stores nothing', async () => {
    const tenant = randomUUID();
    const result = await upload(tenant, {
      name: 'Not A Slug!',
      version: 'one',
      hooks: [{ point: 'checkout.validate', failurePolicy: 'refuse', timeoutMs: 60_000 }],
      capabilities: [],
      configSchema: {},
    });
    const errors = result.data?.pluginUpload.errors as { code: string; field: string[] }[];
    expect(errors.length).toBeGreaterThanOrEqual(3);
    expect(new Set(errors.map((error) => error.code))).toEqual(new Set(['INVALID_MANIFEST']));
    const fields = errors.map((error) => error.field.join('.'));
    expect(fields).toEqual(
      expect.arrayContaining(['input.manifest.name', 'input.manifest.version', 'input.manifest.hooks.0.timeoutMs']),
    );
    const notJson = await plugins.call(
      UPLOAD,
      { input: { manifest: '{nope', source: 'export default {}', language: 'JS' } },
      admin(tenant),
    );
    expect(notJson.data?.pluginUpload.errors[0]).toMatchObject({
      code: 'INVALID_MANIFEST',
      field: ['input', 'manifest'],
    });
    const listed = await plugins.call('{ plugins(first: 10) { totalCount } }', {}, reader(tenant));
    expect(listed.data?.plugins.totalCount).toBe(0);
  });

  it('compiles TypeScript on upload, refuses the same version twice and source that does not compile', async () => {
    const tenant = randomUUID();
    const first = await upload(tenant, MINIMUM_ORDER_MANIFEST());
    expect(first.data?.pluginUpload.errors).toEqual([]);
    expect(first.data?.pluginUpload.version).toMatchObject({
      version: '1.0.0',
      sourceLanguage: 'ts',
      hooks: [{ point: 'checkout.validate', failurePolicy: 'refuse', timeoutMs: 50 }],
    });
    expect(first.data?.pluginUpload.version.checksum).toMatch(/^[0-9a-f]{64}$/);
    const again = await upload(tenant, MINIMUM_ORDER_MANIFEST());
    expect(again.data?.pluginUpload.errors[0]).toMatchObject({
      code: 'VERSION_EXISTS',
      field: ['input', 'manifest', 'version'],
    });
    const broken = await upload(tenant, MINIMUM_ORDER_MANIFEST('1.0.1'), 'export default { oops( };', 'TS');
    expect(broken.data?.pluginUpload.errors[0]).toMatchObject({ code: 'COMPILE_FAILED', field: ['input', 'source'] });
  });

  it('installs disabled, validates the configuration against the schema, enables, upgrades and rolls back', async () => {
    const tenant = randomUUID();
    const { id, versionId } = await installed(tenant, null);
    const enableEarly = await plugins.call(ENABLE, { input: { installationId: id } }, admin(tenant));
    expect(enableEarly.data?.pluginEnable.errors[0]).toMatchObject({ code: 'INVALID_CONFIG' });

    const invalid = await plugins.call(
      CONFIGURE,
      { input: { installationId: id, config: JSON.stringify({ minimumAmount: -1, extra: true }) } },
      admin(tenant),
    );
    const problems = invalid.data?.pluginConfigure.errors as { code: string; field: string[] }[];
    expect(problems.map((problem) => problem.code)).toEqual(['INVALID_CONFIG', 'INVALID_CONFIG']);
    expect(problems.map((problem) => problem.field.join('.'))).toEqual(
      expect.arrayContaining(['input.config.minimumAmount', 'input.config.extra']),
    );
    const notObject = await plugins.call(CONFIGURE, { input: { installationId: id, config: '[1]' } }, admin(tenant));
    expect(notObject.data?.pluginConfigure.errors[0]).toMatchObject({ code: 'INVALID_CONFIG' });

    const configured = await plugins.call(
      CONFIGURE,
      { input: { installationId: id, config: JSON.stringify({ minimumAmount: 5000 }) } },
      admin(tenant),
    );
    expect(JSON.parse(configured.data?.pluginConfigure.installation.config)).toEqual({ minimumAmount: 5000 });
    const enabled = await plugins.call(ENABLE, { input: { installationId: id } }, admin(tenant));
    expect(enabled.data?.pluginEnable.installation.enabled).toBe(true);

    const again = await plugins.call(INSTALL, { input: { versionId } }, admin(tenant));
    expect(again.data?.pluginInstall.errors[0]).toMatchObject({ code: 'ALREADY_INSTALLED' });

    // 2.0.0 requires a currency the current configuration lacks: the upgrade is refused until it has one
    const v2 = MINIMUM_ORDER_MANIFEST('2.0.0');
    (v2.configSchema as { required: string[] }).required.push('message');
    const uploaded = await upload(tenant, v2);
    const v2Id = uploaded.data?.pluginUpload.version.id as string;
    const refused = await plugins.call(UPGRADE, { input: { installationId: id, versionId: v2Id } }, admin(tenant));
    expect(refused.data?.pluginUpgrade.errors[0]).toMatchObject({ code: 'INVALID_CONFIG' });
    const same = await plugins.call(UPGRADE, { input: { installationId: id, versionId } }, admin(tenant));
    expect(same.data?.pluginUpgrade.errors[0]).toMatchObject({ code: 'SAME_VERSION' });
    await plugins.call(
      CONFIGURE,
      { input: { installationId: id, config: JSON.stringify({ minimumAmount: 5000, message: 'At least 50 EUR' }) } },
      admin(tenant),
    );
    const upgraded = await plugins.call(UPGRADE, { input: { installationId: id, versionId: v2Id } }, admin(tenant));
    expect(upgraded.data?.pluginUpgrade.errors).toEqual([]);
    expect(upgraded.data?.pluginUpgrade.installation).toMatchObject({
      version: { version: '2.0.0' },
      previousVersion: { version: '1.0.0' },
    });
    const rolledBack = await plugins.call(ROLLBACK, { input: { installationId: id } }, admin(tenant));
    expect(rolledBack.data?.pluginRollback.installation).toMatchObject({
      version: { version: '1.0.0' },
      previousVersion: { version: '2.0.0' },
    });

    await waitFor(() =>
      published.some(
        (event) =>
          event.tenantId === tenant &&
          event.type === 'plugins.installation.changed' &&
          (event.payload as { change: string }).change === 'rolled_back',
      ),
    );
    const changes = published
      .filter((event) => event.tenantId === tenant)
      .map((event) => `${event.type}:${(event.payload as { change: string }).change}`);
    expect(changes).toEqual([
      'plugins.installation.installed:installed',
      'plugins.installation.changed:configured',
      'plugins.installation.changed:enabled',
      'plugins.installation.changed:configured',
      'plugins.installation.changed:upgraded',
      'plugins.installation.changed:rolled_back',
    ]);

    // every mutation that ran is audited by the kit, failures with their code
    const client = new pg.Client({ connectionString: db.adminUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ operation: string; outcome: string; error_code: string | null }>(
        `select operation, outcome, error_code from plugins.audit_log where tenant_id = $1 order by occurred_at, id`,
        [tenant],
      );
      expect(rows.map((row) => `${row.operation}:${row.outcome}:${row.error_code ?? ''}`)).toEqual(
        expect.arrayContaining([
          'pluginUpload:success:',
          'pluginInstall:success:',
          'pluginEnable:failure:INVALID_CONFIG',
          'pluginConfigure:failure:INVALID_CONFIG',
          'pluginUpgrade:failure:SAME_VERSION',
          'pluginUpgrade:success:',
          'pluginRollback:success:',
        ]),
      );
    } finally {
      await client.end();
    }

    const rollbackTwice = await plugins.call(UNINSTALL, { input: { installationId: id } }, admin(tenant));
    expect(rollbackTwice.data?.pluginUninstall.errors).toEqual([]);
    const gone = await plugins.call(ROLLBACK, { input: { installationId: id } }, admin(tenant));
    expect(gone.data?.pluginRollback.errors[0]).toMatchObject({ code: 'NOT_INSTALLED' });
  });

  it('gives hook runners the enabled installations of a hook, and only to service callers', async () => {
    const tenant = randomUUID();
    const { id } = await installed(tenant);
    const none = await plugins.call(HOOKS, { hook: 'checkout.validate' }, runnerOf(tenant));
    expect(none.data?.pluginHookInstallations).toEqual([]);
    await plugins.call(ENABLE, { input: { installationId: id } }, admin(tenant));
    const some = await plugins.call(HOOKS, { hook: 'checkout.validate' }, runnerOf(tenant));
    expect(some.data?.pluginHookInstallations).toHaveLength(1);
    expect(some.data?.pluginHookInstallations[0]).toMatchObject({
      installationId: localId(id),
      pluginName: 'minimum-order',
      version: '1.0.0',
      failurePolicy: 'refuse',
      timeoutMs: 50,
      capabilities: ['log'],
    });
    expect(JSON.parse(some.data?.pluginHookInstallations[0].config)).toEqual({ minimumAmount: 5000 });
    expect(some.data?.pluginHookInstallations[0].code).not.toContain('interface Config');
    const otherHook = await plugins.call(HOOKS, { hook: 'cart.line.validate' }, runnerOf(tenant));
    expect(otherHook.data?.pluginHookInstallations).toEqual([]);
    const staff = await plugins.call(HOOKS, { hook: 'checkout.validate' }, admin(tenant));
    expect(staff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('records invocations, keeps the newest, counts them and disables after 5 failures in a row', async () => {
    const tenant = randomUUID();
    const { id, pluginId } = await installed(tenant);
    await plugins.call(ENABLE, { input: { installationId: id } }, admin(tenant));
    const local = localId(id);
    // 4 failures, a success (the streak restarts), then 4 more: still enabled; the batch is ordered by `at`
    const start = Date.now() - 60_000;
    const calls = [...Array(9)].map((_, index) => {
      const call = failure(local, '1.0.0', new Date(start + index * 10));
      return index === 4 ? { ...call, outcome: 'allowed', failure: null, message: null, logs: [] } : call;
    });
    const first = await plugins.call(
      RECORD,
      {
        input: {
          invocations: [...calls.slice(5), ...calls.slice(0, 5)],
        },
      },
      runnerOf(tenant),
    );
    expect(first.data?.pluginInvocationsRecord).toMatchObject({ recorded: 9, disabledInstallationIds: [], errors: [] });
    // calls of another version do not count towards the streak
    await plugins.call(RECORD, { input: { invocations: [failure(local, '0.9.0')] } }, runnerOf(tenant));
    const still = await plugins.call(PLUGIN, { id: pluginId }, reader(tenant));
    expect(still.data?.plugin.installation.enabled).toBe(true);

    const fifth = await plugins.call(RECORD, { input: { invocations: [failure(local)] } }, runnerOf(tenant));
    expect(fifth.data?.pluginInvocationsRecord.disabledInstallationIds).toEqual([local]);
    const disabled = await plugins.call(
      `query ($id: ID!) { pluginInstallation(id: $id) { enabled disabledReason consecutiveFailures } }`,
      { id },
      reader(tenant),
    );
    expect(disabled.data?.pluginInstallation).toMatchObject({ enabled: false, consecutiveFailures: 5 });
    expect(disabled.data?.pluginInstallation.disabledReason).toContain('5 failed calls in a row');
    const event = await waitFor(() =>
      published.find((envelope) => envelope.tenantId === tenant && envelope.type === 'plugins.installation.disabled'),
    );
    expect(event.payload).toMatchObject({ installationId: local, pluginName: 'minimum-order', failures: 5 });

    const read = await plugins.call(PLUGIN, { id: pluginId }, reader(tenant));
    const installation = read.data?.plugin.installation;
    expect(installation.stats).toEqual([
      expect.objectContaining({ hook: 'checkout.validate', calls: 11, failures: 10, refusals: 0, maxLatencyMs: 1.5 }),
    ]);
    expect(installation.stats[0].errorRate).toBeCloseTo(10 / 11);
    // PLUGIN_LOG_RETENTION is 10 in the harness
    expect(installation.invocations).toHaveLength(10);
    expect(installation.invocations[0]).toMatchObject({
      outcome: 'failed',
      failure: 'error',
      message: 'TypeError: boom',
    });
    expect(installation.invocations[0].logs).toEqual([{ level: 'error', message: 'about to fail' }]);

    const reenabled = await plugins.call(ENABLE, { input: { installationId: id } }, admin(tenant));
    expect(reenabled.data?.pluginEnable.installation).toMatchObject({
      enabled: true,
      consecutiveFailures: 0,
      disabledReason: null,
    });
    const staff = await plugins.call(RECORD, { input: { invocations: [failure(local)] } }, admin(tenant));
    expect(staff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps tenants apart: plugins, installations, hook lists, kv and the log', async () => {
    const a = randomUUID();
    const b = randomUUID();
    const { id, pluginId } = await installed(a);
    await plugins.call(ENABLE, { input: { installationId: id } }, admin(a));
    const local = localId(id);
    const stored = await plugins.call(
      KV_SET,
      { input: { installationId: local, key: 'k', value: 'secret-a' } },
      runnerOf(a),
    );
    expect(stored.data?.pluginKvSet).toEqual({ stored: true, errors: [] });
    expect((await plugins.call(KV_GET, { id: local, key: 'k' }, runnerOf(a))).data?.pluginKvGet).toBe('secret-a');

    expect((await plugins.call(PLUGIN, { id: pluginId }, reader(b))).data?.plugin).toBeNull();
    expect((await plugins.call('{ plugins(first: 10) { totalCount } }', {}, reader(b))).data?.plugins.totalCount).toBe(
      0,
    );
    expect((await plugins.call('{ pluginInstallations { id } }', {}, reader(b))).data?.pluginInstallations).toEqual([]);
    for (const [mutation, name] of [
      [ENABLE, 'pluginEnable'],
      [DISABLE, 'pluginDisable'],
      [ROLLBACK, 'pluginRollback'],
      [UNINSTALL, 'pluginUninstall'],
    ] as const) {
      const result = await plugins.call(mutation, { input: { installationId: id } }, admin(b));
      expect(result.data?.[name].errors[0]).toMatchObject({ code: 'NOT_INSTALLED' });
    }
    const configure = await plugins.call(
      CONFIGURE,
      { input: { installationId: id, config: '{"minimumAmount":1}' } },
      admin(b),
    );
    expect(configure.data?.pluginConfigure.errors[0]).toMatchObject({ code: 'NOT_INSTALLED' });
    expect(
      (await plugins.call(HOOKS, { hook: 'checkout.validate' }, runnerOf(b))).data?.pluginHookInstallations,
    ).toEqual([]);
    expect((await plugins.call(KV_GET, { id: local, key: 'k' }, runnerOf(b))).data?.pluginKvGet).toBeNull();
    const foreignSet = await plugins.call(
      KV_SET,
      { input: { installationId: local, key: 'k', value: 'b' } },
      runnerOf(b),
    );
    expect(foreignSet.data?.pluginKvSet.errors[0]).toMatchObject({ code: 'NOT_INSTALLED' });
    const foreignRecord = await plugins.call(RECORD, { input: { invocations: [failure(local)] } }, runnerOf(b));
    expect(foreignRecord.data?.pluginInvocationsRecord).toMatchObject({ recorded: 0 });
    // A's installation is untouched by all of that
    const read = await plugins.call(PLUGIN, { id: pluginId }, reader(a));
    expect(read.data?.plugin.installation).toMatchObject({ enabled: true });
    expect(read.data?.plugin.installation.invocations).toEqual([]);
    expect((await plugins.call(KV_GET, { id: local, key: 'k' }, runnerOf(a))).data?.pluginKvGet).toBe('secret-a');
  });
});
