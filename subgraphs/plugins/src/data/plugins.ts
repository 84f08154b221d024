import { createHash } from 'node:crypto';
import { type Connection, type CURSOR_KEYS, type Keyed, keysetPage, ok, type Page, payloadError } from '@ucos/kit';
import { compileBundle, parseManifest } from '@ucos/plugin-sdk';
import { one, orm, type Sql, type TenantDb } from '../db.ts';
import { type PluginsError, type PluginsResult, pluginsFail } from './errors.ts';
import type { PluginRow, PluginVersionRow } from './rows.ts';

export type { PluginRow, PluginVersionRow } from './rows.ts';

export const PLUGIN_COLUMNS = `id, name, description, created_at as "createdAt", updated_at as "updatedAt"`;

export const VERSION_COLUMNS = `id, plugin_id as "pluginId", version, manifest, source_language as "sourceLanguage",
  source, code, checksum, uploaded_by as "uploadedBy", uploaded_at as "uploadedAt"`;

export function listPlugins(
  db: TenantDb,
  page: Page<typeof CURSOR_KEYS.instant>,
): Promise<Connection<Keyed<PluginRow>>> {
  return db.run((sql) =>
    keysetPage<PluginRow>(sql, {
      table: 'plugins.plugins',
      columns: PLUGIN_COLUMNS,
      conditions: [],
      page,
      direction: 'desc',
    }),
  );
}

export const pluginRow = (sql: Sql, id: string) =>
  one<PluginRow>(sql, `select ${PLUGIN_COLUMNS} from plugins.plugins where id = $1`, [id]);

export const pluginById = (db: TenantDb, id: string): Promise<PluginRow | null> => db.run((sql) => pluginRow(sql, id));

export const versionRow = (sql: Sql, id: string) =>
  one<PluginVersionRow>(sql, `select ${VERSION_COLUMNS} from plugins.plugin_versions where id = $1`, [id]);

export const versionById = (db: TenantDb, id: string): Promise<PluginVersionRow | null> =>
  db.run((sql) => versionRow(sql, id));

export const versionsOf = (db: TenantDb, pluginId: string): Promise<PluginVersionRow[]> =>
  db.run(
    async (sql) =>
      (
        await sql.query<PluginVersionRow>(
          `select ${VERSION_COLUMNS} from plugins.plugin_versions where plugin_id = $1 order by uploaded_at desc, id`,
          [pluginId],
        )
      ).rows,
  );

export interface PluginUploadInput {
  manifest: string;
  source: string;
  language: 'js' | 'ts';
}

const MANIFEST_FIELD = ['input', 'manifest'];

/** `/hooks/0/point`, `hooks[0].point` or `hooks.0.point` → the payload error's field below `input.manifest`. */
const manifestField = (path: string) => [
  ...MANIFEST_FIELD,
  ...path
    .replace(/\[(\d+)\]/g, '.$1')
    .split(/[/.]/)
    .filter(Boolean),
];

/**
 * A new version of the plugin the manifest names (the plugin is created on its first upload). The
 * manifest is validated whole (every problem reported), TypeScript is compiled here, once, so the
 * request path only ever runs stored JavaScript.
 */
export async function uploadPlugin(
  db: TenantDb,
  uploadedBy: string | null,
  input: PluginUploadInput,
): Promise<PluginsResult<{ plugin: PluginRow; version: PluginVersionRow }>> {
  let json: unknown;
  try {
    json = JSON.parse(input.manifest);
  } catch (error) {
    return pluginsFail('INVALID_MANIFEST', `The manifest is not JSON: ${(error as Error).message}`, MANIFEST_FIELD);
  }
  const parsed = parseManifest(json);
  if (!parsed.ok) {
    const errors: PluginsError[] = parsed.problems.map((problem) =>
      payloadError(
        'INVALID_MANIFEST',
        `${problem.path || 'The manifest'}: ${problem.message}`,
        manifestField(problem.path),
      ),
    );
    return { ok: false, errors };
  }
  const { manifest } = parsed;
  const compiled = await compileBundle(input.source, input.language);
  if (!compiled.ok) return pluginsFail('COMPILE_FAILED', compiled.message, ['input', 'source']);
  const checksum = createHash('sha256').update(compiled.code).digest('hex');
  return db.tx(
    async (sql, tx) => {
      // an upsert on the name: the first upload creates the plugin, later ones refresh its description
      const plugin = (await one<PluginRow>(
        sql,
        `insert into plugins.plugins (tenant_id, name, description) values ($1, $2, $3)
         on conflict (tenant_id, name) do update set description = excluded.description, updated_at = now()
         returning ${PLUGIN_COLUMNS}`,
        [tx.tenantId, manifest.name, manifest.description ?? ''],
      )) as PluginRow;
      const created = await orm(sql, (prisma) =>
        prisma.pluginVersion.create({
          data: {
            tenantId: tx.tenantId,
            pluginId: plugin.id,
            version: manifest.version,
            manifest: manifest as object,
            sourceLanguage: input.language,
            source: input.source,
            code: compiled.code,
            checksum,
            uploadedBy,
          },
          select: { id: true },
        }),
      );
      return ok({ plugin, version: (await versionRow(sql, created.id)) as PluginVersionRow });
    },
    {
      unique: {
        plugin_versions_version_key: payloadError(
          'VERSION_EXISTS',
          `${manifest.name} ${manifest.version} was already uploaded; raise the manifest's version`,
          [...MANIFEST_FIELD, 'version'],
        ),
      },
    },
  );
}
