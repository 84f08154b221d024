-- Workflows: a tenant's workflow definitions and their versions. Every save of a definition is a new,
-- immutable version; a run is pinned to the version it started with (runs: see later migrations).
create table definitions (
  tenant_id       uuid        not null,
  id              uuid        not null default gen_random_uuid(),
  name            text        not null check (name ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
  description     text,
  -- the trigger of the latest version, denormalised so the event router finds candidates by type
  trigger_kind    text        not null check (trigger_kind in ('event', 'schedule', 'manual')),
  trigger_event   text,
  enabled         boolean     not null default false,
  latest_version  integer     not null default 1 check (latest_version > 0),
  -- the built-in template it was created from, if any
  template        text,
  created_by      text,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, name)
);
create index definitions_by_event on definitions (tenant_id, trigger_event) where enabled;

create table definition_versions (
  tenant_id      uuid        not null,
  definition_id  uuid        not null,
  version        integer     not null check (version > 0),
  -- what the tenant wrote, byte for byte (comments and layout kept) ...
  source         text        not null,
  -- ... and the validated document the engine runs
  document       jsonb       not null,
  created_by     text,
  created_at     timestamptz not null default now(),
  primary key (tenant_id, definition_id, version),
  foreign key (tenant_id, definition_id) references definitions (tenant_id, id) on delete cascade
);

do $$
declare t text;
begin
  foreach t in array array['definitions', 'definition_versions'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format($p$create policy tenant_isolation on %I
      using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
      with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)$p$, t);
  end loop;
end $$;
revoke update, delete on definition_versions from ucos_app;
