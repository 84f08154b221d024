-- The built-in admin role holds every staff scope (src/data/builtin-roles.ts), but a tenant's roles are
-- stored when it is created: tenants from before the plugins domain lack its scopes. Each tenant's row
-- is updated under its own tenant setting, so the tenant policy holds for the migration too.
do $$
declare
  tenant record;
begin
  for tenant in select tenant_id from tenants loop
    perform set_config('app.tenant_id', tenant.tenant_id::text, true);
    update roles
       set scopes = array(select distinct unnest(scopes || array['plugins:read', 'plugins:write']) order by 1),
           version = version + 1
     where builtin and name = 'admin' and not scopes @> array['plugins:read', 'plugins:write'];
  end loop;
  perform set_config('app.tenant_id', '', true);
end $$;
