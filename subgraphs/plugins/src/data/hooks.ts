import type { EventFieldCondition, PluginAdminAction } from '@ucos/plugin-sdk';
import type { Sql, TenantDb } from '../db.ts';

/** One enabled installation that implements a hook point, with what the runner needs to call it. */
export interface HookInstallationRow {
  installationId: string;
  pluginName: string;
  version: string;
  code: string;
  config: Record<string, unknown>;
  failurePolicy: 'refuse' | 'allow';
  timeoutMs: number;
  capabilities: string[];
  allowedHosts: string[];
  /** an action hook's filter, as its manifest entry declares it (null: every event) */
  events: string[] | null;
  where: EventFieldCondition[] | null;
  /** `admin.action`'s declared actions (null for other hooks) */
  actions: PluginAdminAction[] | null;
}

/**
 * The tenant's enabled installations of `hook` (or only `installationId`'s), oldest installation first
 * (a stable order: the first refusal wins). Hand SQL: the hook runners ask on a cache miss of the
 * checkout path, and the manifest's hook entry is picked inside the statement.
 */
export const hookInstallationsIn = async (
  sql: Sql,
  hook: string,
  installationId: string | null = null,
): Promise<HookInstallationRow[]> =>
  (
    await sql.query<HookInstallationRow>(
      `select i.id as "installationId", p.name as "pluginName", v.version, v.code, i.config,
              h.entry->>'failurePolicy' as "failurePolicy", (h.entry->>'timeoutMs')::int as "timeoutMs",
              array(select jsonb_array_elements_text(coalesce(v.manifest->'capabilities', '[]'))) as capabilities,
              array(select jsonb_array_elements_text(coalesce(v.manifest->'allowedHosts', '[]'))) as "allowedHosts",
              h.entry->'events' as events, h.entry->'where' as "where", h.entry->'actions' as actions
         from plugins.installations i
         join plugins.plugin_versions v on v.tenant_id = i.tenant_id and v.id = i.version_id
         join plugins.plugins p on p.tenant_id = i.tenant_id and p.id = i.plugin_id
         cross join lateral (
           select entry from jsonb_array_elements(v.manifest->'hooks') entry where entry->>'point' = $1 limit 1
         ) h
        where i.enabled and ($2::uuid is null or i.id = $2)
        order by i.installed_at, i.id`,
      [hook, installationId],
    )
  ).rows;

export const hookInstallations = (db: TenantDb, hook: string): Promise<HookInstallationRow[]> =>
  db.run((sql) => hookInstallationsIn(sql, hook));
