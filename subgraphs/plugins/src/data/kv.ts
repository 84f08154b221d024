import { ok } from '@ucos/kit';
import { one, orm, type TenantDb } from '../db.ts';
import { type PluginsResult, pluginsFail } from './errors.ts';

export const MAX_KV_VALUE = 64 * 1024;
export const MAX_KV_KEYS = 1_000;

/** The `kv` capability's read: null when the key (or the installation, for this tenant) is absent. */
export const kvGet = (db: TenantDb, installationId: string, key: string): Promise<string | null> =>
  db.run(async (sql) => {
    const row = await one<{ value: string }>(
      sql,
      'select value from plugins.plugin_kv where installation_id = $1 and key = $2',
      [installationId, key],
    );
    return row?.value ?? null;
  });

/** The `kv` capability's write, bounded per value and per installation. */
export async function kvSet(
  db: TenantDb,
  installationId: string,
  key: string,
  value: string,
): Promise<PluginsResult<true>> {
  if (value.length > MAX_KV_VALUE)
    return pluginsFail('INVALID_INPUT', `At most ${MAX_KV_VALUE} characters`, ['input', 'value']);
  return db.tx(async (sql, tx) => {
    // a row lock on the installation: concurrent writes of one installation count its keys in turn
    const installation = await one<{ id: string }>(
      sql,
      'select id from plugins.installations where id = $1 for update',
      [installationId],
    );
    if (!installation) return pluginsFail('NOT_INSTALLED', 'No such plugin installation', ['input', 'installationId']);
    await orm(sql, (prisma) =>
      prisma.pluginKv.upsert({
        where: { tenantId_installationId_key: { tenantId: tx.tenantId, installationId, key } },
        create: { tenantId: tx.tenantId, installationId, key, value },
        update: { value, updatedAt: new Date() },
      }),
    );
    const count = await orm(sql, (prisma) => prisma.pluginKv.count({ where: { installationId } }));
    if (count > MAX_KV_KEYS)
      return pluginsFail('INVALID_INPUT', `At most ${MAX_KV_KEYS} keys per installation`, ['input', 'key']);
    return ok(true as const);
  });
}
