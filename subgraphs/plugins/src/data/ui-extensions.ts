import { fail, ok } from '@ucos/kit';
import { adminActionsOf, type PluginManifest, type PluginUiExtension } from '@ucos/plugin-sdk';
import {
  isFormPoint,
  parseUiSchema,
  type UiExtensionPoint,
  type UiSchema,
  uiActionReferences,
} from '@ucos/plugin-sdk/ui-schema';
import { one, type Sql, type TenantDb } from '../db.ts';
import { type PluginsError, type PluginsResult, pluginsError, pluginsFail } from './errors.ts';
import type { UiExtensionRow } from './rows.ts';

export type { UiExtensionRow } from './rows.ts';

/**
 * Admin UI extensions (issue 15 §4): a declarative UI schema at one extension point. The schema is
 * checked with the SDK's `parseUiSchema` before it is stored, every problem on
 * `["input", "schema", …its path in the schema]`, so the admin renders only schemas it understands.
 */
const COLUMNS = `id, point, title, schema, position, enabled, installation_id as "installationId", declared,
  created_at as "createdAt", updated_at as "updatedAt"`;

export const uiExtensionById = (db: TenantDb, id: string) =>
  db.run((sql) => one<UiExtensionRow>(sql, `select ${COLUMNS} from plugins.ui_extensions where id = $1`, [id]));

/**
 * The extensions of a point (every point without one), by position then age; `enabledOnly` for
 * rendering: enabled, and, when one belongs to a plugin installation, only while that plugin is enabled.
 */
export const listUiExtensions = (db: TenantDb, point: UiExtensionPoint | null, enabledOnly: boolean) =>
  db.run(
    async (sql) =>
      (
        await sql.query<UiExtensionRow>(
          `select ${COLUMNS} from plugins.ui_extensions x
           where ($1::text is null or point = $1)
             and (not $2 or (enabled and (installation_id is null or exists (select 1 from plugins.installations i
                   where i.tenant_id = x.tenant_id and i.id = x.installation_id and i.enabled))))
           order by point, position, created_at, id`,
          [point, enabledOnly],
        )
      ).rows,
  );

/**
 * Puts an installation's declared UI extensions as its version's manifest has them (install, upgrade,
 * rollback), in the caller's transaction: the ones the previous version declared go, the tenant's
 * own ones bound to the installation stay. Two statements whatever the count, plus one check per form
 * layout it declares: a form keeps one enabled layout, so a plugin whose layout would be a second is
 * refused with `LAYOUT_EXISTS` on `field` (the caller's transaction then rolls back).
 */
export async function syncDeclaredUiExtensions(
  sql: Sql,
  tenantId: string,
  installationId: string,
  extensions: readonly PluginUiExtension[],
  field: string[],
): Promise<PluginsError[]> {
  await sql.query('delete from plugins.ui_extensions where installation_id = $1 and declared', [installationId]);
  if (extensions.length === 0) return [];
  const layouts = [...new Set(extensions.map((extension) => extension.point).filter((point) => isFormPoint(point)))];
  for (const point of layouts) {
    const taken = await layoutTaken(sql, tenantId, point, null, field);
    if (taken.length) return taken;
  }
  await sql.query(
    `insert into plugins.ui_extensions (tenant_id, point, title, schema, position, installation_id, declared)
     select $1, x.point, x.title, x.schema, x.position, $2, true
       from jsonb_to_recordset($3::jsonb) as x(point text, title text, schema jsonb, position integer)`,
    [
      tenantId,
      installationId,
      JSON.stringify(
        extensions.map((extension) => ({
          point: extension.point,
          title: extension.title.trim(),
          schema: extension.schema,
          position: extension.position ?? 0,
        })),
      ),
    ],
  );
  return [];
}

const isDeclared = async (sql: Sql, id: string) =>
  (await one<{ declared: boolean }>(sql, 'select declared from plugins.ui_extensions where id = $1', [id]))
    ?.declared === true;

/** An extension its plugin's manifest brought is changed through the plugin (upgrade, disable, uninstall). */
const DECLARED = pluginsError(
  'INVALID_INPUT',
  "It comes with its plugin's manifest: upgrade, disable or uninstall the plugin to change it",
  ['input', 'id'],
);

export interface UiExtensionSaveInput {
  /** set to replace an extension, absent to create one */
  id: string | null;
  point: UiExtensionPoint;
  title: string;
  /** JSON text */
  schema: string;
  position: number;
  enabled: boolean;
  installationId: string | null;
}

const SCHEMA_FIELD = ['input', 'schema'];

/**
 * The problems of a tenant's extension's action buttons: each names an installed plugin (or, with
 * none named, the extension is bound to an installation) whose current version declares the action.
 * Declared extensions are checked against their own manifest when the plugin is uploaded.
 */
async function actionProblems(sql: Sql, schema: UiSchema, installationId: string | null) {
  const references = uiActionReferences(schema);
  if (references.length === 0) return [];
  const { rows: installed } = await sql.query<{ id: string; name: string; manifest: PluginManifest }>(
    `select i.id, p.name, v.manifest from plugins.installations i
       join plugins.plugins p on p.tenant_id = i.tenant_id and p.id = i.plugin_id
       join plugins.plugin_versions v on v.tenant_id = i.tenant_id and v.id = i.version_id`,
    [],
  );
  return references.flatMap((reference) => {
    const at = [...SCHEMA_FIELD, ...reference.path, 'action'];
    const plugin = reference.plugin
      ? installed.find((row) => row.name === reference.plugin)
      : installed.find((row) => row.id === installationId);
    if (!plugin) {
      const message = reference.plugin
        ? `${reference.plugin} is not installed`
        : 'Name the plugin whose action it runs, or bind the extension to its installation';
      return [pluginsError('INVALID_SCHEMA', message, [...at, 'plugin'])];
    }
    const actions = adminActionsOf(plugin.manifest).map((action) => action.name);
    if (actions.includes(reference.name)) return [];
    const message = actions.length
      ? `${plugin.name} has no action ${reference.name} (it has ${actions.join(', ')})`
      : `${plugin.name} declares no admin actions`;
    return [pluginsError('INVALID_SCHEMA', message, [...at, 'name'])];
  });
}

/**
 * A form point takes one enabled layout per tenant (the page follows one layout): enabling a second
 * is refused with `LAYOUT_EXISTS` on `input.point`, naming the one in place. Saves of a point are
 * serialised (a transaction lock on the tenant and point), so two at once cannot both pass. A layout
 * a plugin's manifest declares is counted too, and installing (or upgrading to) a plugin whose layout
 * would be a second is refused the same way.
 */
async function layoutTaken(
  sql: Sql,
  tenantId: string,
  point: UiExtensionPoint,
  id: string | null,
  field: string[] = ['input', 'point'],
): Promise<PluginsError[]> {
  await sql.query('select pg_advisory_xact_lock(hashtext($1))', [`plugins.ui_extensions:${tenantId}:${point}`]);
  const taken = await one<{ title: string }>(
    sql,
    `select title from plugins.ui_extensions where point = $1 and enabled and ($2::uuid is null or id <> $2)
     order by position, created_at, id limit 1`,
    [point, id],
  );
  return taken
    ? [
        pluginsError(
          'LAYOUT_EXISTS',
          field[1] === 'point'
            ? `This form has a layout already (“${taken.title}”): change, disable or delete that one, or save this one disabled`
            : `The plugin brings a layout for ${point}, which has one already (“${taken.title}”): disable or delete that one first`,
          field,
        ),
      ]
    : [];
}

export async function saveUiExtension(
  db: TenantDb,
  input: UiExtensionSaveInput,
): Promise<PluginsResult<UiExtensionRow>> {
  const title = input.title.trim();
  if (!title) return pluginsFail('INVALID_INPUT', 'A title is required', ['input', 'title']);
  if (!Number.isInteger(input.position) || Math.abs(input.position) > 1000) {
    return pluginsFail('INVALID_INPUT', 'A position between -1000 and 1000', ['input', 'position']);
  }
  const parsed = parseUiSchema(input.point, input.schema);
  if (!parsed.ok) {
    return fail(
      ...parsed.problems.map((problem) =>
        pluginsError('INVALID_SCHEMA', problem.message, [...SCHEMA_FIELD, ...problem.path]),
      ),
    );
  }
  const schema: UiSchema = parsed.schema;
  return db.tx(async (sql, tx) => {
    if (input.installationId) {
      const installation = await one(sql, 'select id from plugins.installations where id = $1', [input.installationId]);
      if (!installation)
        return pluginsFail('NOT_INSTALLED', 'No such plugin installation', ['input', 'installationId']);
    }
    if (input.id && (await isDeclared(sql, input.id))) return fail(DECLARED);
    const problems = await actionProblems(sql, schema, input.installationId);
    if (problems.length) return fail(...problems);
    if (input.enabled && isFormPoint(input.point)) {
      const taken = await layoutTaken(sql, tx.tenantId, input.point, input.id);
      if (taken.length) return fail(...taken);
    }
    const values = [input.point, title, JSON.stringify(schema), input.position, input.enabled, input.installationId];
    const row = input.id
      ? await one<UiExtensionRow>(
          sql,
          `update plugins.ui_extensions set point = $1, title = $2, schema = $3::jsonb, position = $4, enabled = $5,
             installation_id = $6, updated_at = now() where id = $7 returning ${COLUMNS}`,
          [...values, input.id],
        )
      : await one<UiExtensionRow>(
          sql,
          `insert into plugins.ui_extensions (tenant_id, point, title, schema, position, enabled, installation_id)
           values ($7, $1, $2, $3::jsonb, $4, $5, $6) returning ${COLUMNS}`,
          [...values, tx.tenantId],
        );
    if (!row) return pluginsFail('NOT_FOUND', 'No such UI extension', ['input', 'id']);
    return ok(row);
  });
}

export const deleteUiExtension = (db: TenantDb, id: string): Promise<PluginsResult<string>> =>
  db.tx(async (sql) => {
    if (await isDeclared(sql, id)) return fail(DECLARED);
    const row = await one<{ id: string }>(sql, 'delete from plugins.ui_extensions where id = $1 returning id', [id]);
    return row ? ok(row.id) : pluginsFail('NOT_FOUND', 'No such UI extension', ['input', 'id']);
  });
