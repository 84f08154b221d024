import { ok, payloadError, type UnitOfWorkTx } from '@ucos/kit';
import { one, type Sql, type TenantDb } from '../db.ts';
import type { InstallationChangedPayload, PluginsEvents } from '../events/out/plugins-events.ts';
import { configProblems, parseConfig } from './config.ts';
import { type PluginsError, type PluginsResult, pluginsFail } from './errors.ts';
import { versionRow } from './plugins.ts';
import type { InstallationRow, PluginVersionRow } from './rows.ts';
import { syncDeclaredUiExtensions } from './ui-extensions.ts';

export type { InstallationRow } from './rows.ts';

export const INSTALLATION_COLUMNS = `id, plugin_id as "pluginId", version_id as "versionId",
  previous_version_id as "previousVersionId", config, enabled, consecutive_failures as "consecutiveFailures",
  disabled_reason as "disabledReason", installed_at as "installedAt", updated_at as "updatedAt"`;

const FIELD_ID = ['input', 'installationId'];
const FIELD_CONFIG = ['input', 'config'];
const notInstalled = () => pluginsFail('NOT_INSTALLED', 'No such plugin installation', FIELD_ID);

export const installationRow = (sql: Sql, id: string, lock = false) =>
  one<InstallationRow>(
    sql,
    `select ${INSTALLATION_COLUMNS} from plugins.installations where id = $1${lock ? ' for update' : ''}`,
    [id],
  );

export const installationById = (db: TenantDb, id: string) => db.run((sql) => installationRow(sql, id));

export const installationOfPlugin = (db: TenantDb, pluginId: string) =>
  db.run((sql) =>
    one<InstallationRow>(sql, `select ${INSTALLATION_COLUMNS} from plugins.installations where plugin_id = $1`, [
      pluginId,
    ]),
  );

export const listInstallations = (db: TenantDb) =>
  db.run(
    async (sql) =>
      (
        await sql.query<InstallationRow>(
          `select ${INSTALLATION_COLUMNS} from plugins.installations order by installed_at desc, id`,
          [],
        )
      ).rows,
  );

type Change = 'installed' | 'configured' | 'enabled' | 'disabled' | 'upgraded' | 'rolled_back' | 'uninstalled';

async function announce(sql: Sql, tx: UnitOfWorkTx<PluginsEvents, string>, row: InstallationRow, change: Change) {
  const named = await one<{ name: string; version: string }>(
    sql,
    `select p.name, v.version from plugins.plugins p join plugins.plugin_versions v on v.id = $2 where p.id = $1`,
    [row.pluginId, row.versionId],
  );
  const payload: InstallationChangedPayload = {
    installationId: row.id,
    pluginId: row.pluginId,
    pluginName: named?.name ?? '',
    version: named?.version ?? '',
    enabled: change === 'uninstalled' ? false : row.enabled,
    change,
  };
  await tx.emit(
    change === 'installed' ? 'plugins.installation.installed' : 'plugins.installation.changed',
    row.id,
    payload,
  );
}

/**
 * The last step of installing or switching versions: the version's declared UI extensions replace the
 * installation's (a form layout another extension holds fails it, LAYOUT_EXISTS on `field`), then the
 * change is announced.
 */
async function runVersion(
  sql: Sql,
  tx: UnitOfWorkTx<PluginsEvents, string>,
  row: InstallationRow,
  version: PluginVersionRow,
  change: 'installed' | 'upgraded' | 'rolled_back',
  field: string[],
): Promise<PluginsResult<InstallationRow>> {
  const layoutTaken = await syncDeclaredUiExtensions(
    sql,
    tx.tenantId as string,
    row.id,
    version.manifest.uiExtensions ?? [],
    field,
  );
  if (layoutTaken.length) return { ok: false, errors: layoutTaken };
  await announce(sql, tx, row, change);
  return ok(row);
}

/** The config problems of `config` under `version`'s schema, as payload errors on `field`. */
function configErrors(version: PluginVersionRow, config: unknown, field: string[], context: string): PluginsError[] {
  return configProblems(version.manifest, config).map((problem) =>
    payloadError('INVALID_CONFIG', `${context}${problem.message}`, [...field, ...problem.path]),
  );
}

/** Installs an uploaded version, disabled and with an empty configuration: configure, then enable. */
export const installPlugin = (db: TenantDb, versionId: string): Promise<PluginsResult<InstallationRow>> =>
  db.tx(
    async (sql, tx) => {
      const version = await versionRow(sql, versionId);
      if (!version) return pluginsFail('NOT_FOUND', 'No such plugin version', ['input', 'versionId']);
      const row = (await one<InstallationRow>(
        sql,
        `insert into plugins.installations (tenant_id, plugin_id, version_id) values ($1, $2, $3)
         returning ${INSTALLATION_COLUMNS}`,
        [tx.tenantId, version.pluginId, version.id],
      )) as InstallationRow;
      return runVersion(sql, tx, row, version, 'installed', ['input', 'versionId']);
    },
    {
      unique: {
        installations_plugin_key: payloadError(
          'ALREADY_INSTALLED',
          'This plugin is installed already: upgrade its installation instead',
          ['input', 'versionId'],
        ),
      },
    },
  );

/** Stores a configuration its version's `configSchema` accepts (every problem reported otherwise). */
export async function configureInstallation(
  db: TenantDb,
  id: string,
  text: string,
): Promise<PluginsResult<InstallationRow>> {
  const parsed = parseConfig(text);
  if (!parsed.ok) return pluginsFail('INVALID_CONFIG', parsed.message, FIELD_CONFIG);
  return db.tx(async (sql, tx) => {
    const current = await installationRow(sql, id, true);
    if (!current) return notInstalled();
    const version = (await versionRow(sql, current.versionId)) as PluginVersionRow;
    const errors = configErrors(version, parsed.config, FIELD_CONFIG, '');
    if (errors.length > 0) return { ok: false, errors };
    const row = (await one<InstallationRow>(
      sql,
      `update plugins.installations set config = $2::jsonb, updated_at = now() where id = $1 returning ${INSTALLATION_COLUMNS}`,
      [id, JSON.stringify(parsed.config)],
    )) as InstallationRow;
    await announce(sql, tx, row, 'configured');
    return ok(row);
  });
}

/** Enabling needs a configuration the version accepts; it clears the failure count and reason. */
export const setEnabled = (db: TenantDb, id: string, enabled: boolean): Promise<PluginsResult<InstallationRow>> =>
  db.tx(async (sql, tx) => {
    const current = await installationRow(sql, id, true);
    if (!current) return notInstalled();
    if (enabled) {
      const version = (await versionRow(sql, current.versionId)) as PluginVersionRow;
      const errors = configErrors(version, current.config, FIELD_ID, 'Configure it first: ');
      if (errors.length > 0) return { ok: false, errors };
    }
    const row = (await one<InstallationRow>(
      sql,
      enabled
        ? `update plugins.installations set enabled = true, consecutive_failures = 0, disabled_reason = null,
             updated_at = now() where id = $1 returning ${INSTALLATION_COLUMNS}`
        : `update plugins.installations set enabled = false, disabled_reason = 'Disabled by a member',
             updated_at = now() where id = $1 returning ${INSTALLATION_COLUMNS}`,
      [id],
    )) as InstallationRow;
    await announce(sql, tx, row, enabled ? 'enabled' : 'disabled');
    return ok(row);
  });

async function switchVersion(
  sql: Sql,
  tx: UnitOfWorkTx<PluginsEvents, string>,
  current: InstallationRow,
  target: PluginVersionRow,
  previousVersionId: string | null,
  change: 'upgraded' | 'rolled_back',
  field: string[],
): Promise<PluginsResult<InstallationRow>> {
  const errors = configErrors(
    target,
    current.config,
    field,
    `The current configuration does not fit ${target.version}: `,
  );
  if (errors.length > 0) return { ok: false, errors };
  const row = (await one<InstallationRow>(
    sql,
    `update plugins.installations set version_id = $2, previous_version_id = $3, consecutive_failures = 0,
       updated_at = now() where id = $1 returning ${INSTALLATION_COLUMNS}`,
    [current.id, target.id, previousVersionId],
  )) as InstallationRow;
  return runVersion(sql, tx, row, target, change, field);
}

/** Runs another uploaded version of the same plugin; the one it ran becomes the rollback target. */
export const upgradeInstallation = (
  db: TenantDb,
  id: string,
  versionId: string,
): Promise<PluginsResult<InstallationRow>> =>
  db.tx(async (sql, tx) => {
    const current = await installationRow(sql, id, true);
    if (!current) return notInstalled();
    const target = await versionRow(sql, versionId);
    if (!target || target.pluginId !== current.pluginId) {
      return pluginsFail('NOT_FOUND', 'No such version of this plugin', ['input', 'versionId']);
    }
    if (target.id === current.versionId) {
      return pluginsFail('SAME_VERSION', `It runs ${target.version} already`, ['input', 'versionId']);
    }
    return switchVersion(sql, tx, current, target, current.versionId, 'upgraded', ['input', 'versionId']);
  });

/** Back to the version it ran before the last upgrade (a second rollback undoes the first). */
export const rollbackInstallation = (db: TenantDb, id: string): Promise<PluginsResult<InstallationRow>> =>
  db.tx(async (sql, tx) => {
    const current = await installationRow(sql, id, true);
    if (!current) return notInstalled();
    if (!current.previousVersionId) {
      return pluginsFail('NO_PREVIOUS_VERSION', 'It was never upgraded: there is nothing to roll back to', FIELD_ID);
    }
    const target = (await versionRow(sql, current.previousVersionId)) as PluginVersionRow;
    return switchVersion(sql, tx, current, target, current.versionId, 'rolled_back', FIELD_ID);
  });

/** Removes the installation with its key-value store and log; the plugin and its versions stay. */
export const uninstallInstallation = (db: TenantDb, id: string): Promise<PluginsResult<string>> =>
  db.tx(async (sql, tx) => {
    const current = await installationRow(sql, id, true);
    if (!current) return notInstalled();
    await announce(sql, tx, current, 'uninstalled');
    await sql.query('delete from plugins.installations where id = $1', [id]);
    return ok(id);
  });
