-- Plugins: a tenant's uploaded plugin bundles (one row per name, one per uploaded version), the one
-- installation of each plugin (the version it runs, the one a rollback returns to, its configuration
-- and health), the installation's key-value store, and what its calls did (bounded log + counters).
create table plugins (
  tenant_id   uuid        not null,
  id          uuid        not null default gen_random_uuid(),
  name        text        not null,
  description text        not null default '',
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now(),
  primary key (tenant_id, id),
  constraint plugins_name_key unique (tenant_id, name)
);

-- An uploaded version: the manifest as validated, the source as sent, the code the sandbox runs
-- (TypeScript compiled on upload) and its SHA-256. Versions are immutable.
create table plugin_versions (
  tenant_id       uuid        not null,
  id              uuid        not null default gen_random_uuid(),
  plugin_id       uuid        not null,
  version         text        not null,
  manifest        jsonb       not null,
  source_language text        not null check (source_language in ('js', 'ts')),
  source          text        not null,
  code            text        not null,
  checksum        text        not null,
  uploaded_by     text,
  uploaded_at     timestamptz not null default now(),
  primary key (tenant_id, id),
  constraint plugin_versions_version_key unique (tenant_id, plugin_id, version),
  foreign key (tenant_id, plugin_id) references plugins (tenant_id, id) on delete cascade
);
create index plugin_versions_by_plugin on plugin_versions (tenant_id, plugin_id, uploaded_at desc);

-- At most one installation per plugin. Installed disabled: the tenant configures, then enables.
create table installations (
  tenant_id            uuid        not null,
  id                   uuid        not null default gen_random_uuid(),
  plugin_id            uuid        not null,
  version_id           uuid        not null,
  previous_version_id  uuid,
  config               jsonb       not null default '{}',
  enabled              boolean     not null default false,
  consecutive_failures integer     not null default 0,
  disabled_reason      text,
  installed_at         timestamptz not null default now(),
  updated_at           timestamptz not null default now(),
  primary key (tenant_id, id),
  constraint installations_plugin_key unique (tenant_id, plugin_id),
  foreign key (tenant_id, plugin_id) references plugins (tenant_id, id) on delete cascade,
  foreign key (tenant_id, version_id) references plugin_versions (tenant_id, id),
  foreign key (tenant_id, previous_version_id) references plugin_versions (tenant_id, id)
);

-- The `kv` capability: a small store per installation, gone with it.
create table plugin_kv (
  tenant_id       uuid        not null,
  installation_id uuid        not null,
  key             text        not null,
  value           text        not null,
  updated_at      timestamptz not null default now(),
  primary key (tenant_id, installation_id, key),
  foreign key (tenant_id, installation_id) references installations (tenant_id, id) on delete cascade
);

-- The recent calls of an installation (the report keeps the newest few hundred), with their logs.
create table invocations (
  tenant_id       uuid        not null,
  id              uuid        not null default gen_random_uuid(),
  installation_id uuid        not null,
  version         text        not null,
  hook            text        not null,
  outcome         text        not null check (outcome in ('allowed', 'refused', 'failed')),
  failure         text,
  message         text,
  duration_ms     double precision not null,
  logs            jsonb       not null default '[]',
  at              timestamptz not null,
  primary key (tenant_id, id),
  foreign key (tenant_id, installation_id) references installations (tenant_id, id) on delete cascade
);
create index invocations_by_installation on invocations (tenant_id, installation_id, at desc, id);

-- Counters since installation, per hook: what the admin's list shows without scanning the log.
create table invocation_stats (
  tenant_id       uuid             not null,
  installation_id uuid             not null,
  hook            text             not null,
  calls           bigint           not null default 0,
  failures        bigint           not null default 0,
  refusals        bigint           not null default 0,
  total_ms        double precision not null default 0,
  max_ms          double precision not null default 0,
  primary key (tenant_id, installation_id, hook),
  foreign key (tenant_id, installation_id) references installations (tenant_id, id) on delete cascade
);

select enable_tenant_isolation('plugins');
select enable_tenant_isolation('plugin_versions');
select enable_tenant_isolation('installations');
select enable_tenant_isolation('plugin_kv');
select enable_tenant_isolation('invocations');
select enable_tenant_isolation('invocation_stats');
