import pg from 'pg';

/**
 * Checks the catalogue: every table of `schema` with a tenant_id column has RLS enabled and forced,
 * a policy with both USING and WITH CHECK on tenant_id, and a primary key that leads with tenant_id.
 * The one other protection accepted is a table no role but its owner holds any privilege on (no
 * policy then): only the schema's SECURITY DEFINER functions reach it, and they filter the tenant
 * themselves — for indexes a policy would make unusable (see catalog's product_search).
 * Returns the checked tables; throws naming every table that falls short. Each subgraph's tests call it.
 */
export async function assertTenantTablesProtected(adminUrl: string, schema: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{
      table: string;
      rls: boolean;
      forced: boolean;
      policies: number;
      pk_leads_with_tenant: boolean;
      owner_only: boolean;
    }>(
      `select c.relname as table, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
              (select count(*)::int from pg_policy p where p.polrelid = c.oid and p.polroles = '{0}'
                 and pg_get_expr(p.polqual, p.polrelid) like '%tenant_id%'
                 and pg_get_expr(p.polwithcheck, p.polrelid) like '%tenant_id%') as policies,
              coalesce((select a.attname = 'tenant_id' from pg_index i
                 join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
                 where i.indrelid = c.oid and i.indisprimary), false) as pk_leads_with_tenant,
              not exists (select 1 from aclexplode(coalesce(c.relacl, acldefault('r', c.relowner))) x
                 where x.grantee <> c.relowner) as owner_only
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = $1 and c.relkind = 'r'
          and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
        order by c.relname`,
      [schema],
    );
    const problems = rows.flatMap((row) => {
      if (!row.rls && row.owner_only && row.pk_leads_with_tenant) return [];
      const missing = [
        row.rls ? null : 'RLS not enabled',
        row.forced ? null : 'RLS not forced',
        row.policies > 0 ? null : 'no USING + WITH CHECK tenant policy',
        row.pk_leads_with_tenant ? null : 'primary key does not lead with tenant_id',
      ].filter(Boolean);
      return missing.length ? [`${schema}.${row.table}: ${missing.join(', ')}`] : [];
    });
    if (problems.length) throw new Error(`unprotected tenant tables:\n${problems.join('\n')}`);
    return rows.map((row) => row.table);
  } finally {
    await client.end();
  }
}
