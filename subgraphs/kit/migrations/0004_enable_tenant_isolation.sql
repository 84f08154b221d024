-- The tenant policy every tenant-owned table gets, written once: a migration calls
-- `select enable_tenant_isolation('table_name');` after `create table` instead of repeating the
-- three statements. Invoker rights: only the migration owner may alter the table, so the service
-- role gains nothing by being able to call it; execution is still withheld from it.
create function enable_tenant_isolation(table_name text) returns void
  language plpgsql set search_path from current as $$
begin
  execute format('alter table %I enable row level security', table_name);
  execute format('alter table %I force row level security', table_name);
  execute format($policy$create policy tenant_isolation on %I
      using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
      with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)$policy$, table_name);
end $$;

revoke execute on function enable_tenant_isolation(text) from public;
