-- Admin UI extensions (issue 15 §4): a declarative UI schema (validated by @ucos/plugin-sdk/ui-schema)
-- shown at one extension point of the admin, configured by the tenant or belonging to a plugin
-- installation (gone with it).
create table ui_extensions (
  tenant_id       uuid        not null,
  id              uuid        not null default gen_random_uuid(),
  point           text        not null check (point in ('PRODUCT_PANEL', 'ORDER_PANEL', 'CUSTOMER_PANEL', 'DASHBOARD_WIDGET', 'NAV_PAGE')),
  title           text        not null,
  schema          jsonb       not null,
  position        integer     not null default 0,
  enabled         boolean     not null default true,
  installation_id uuid,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, installation_id) references installations (tenant_id, id) on delete cascade
);
create index ui_extensions_by_point on ui_extensions (tenant_id, point, position, created_at);

select enable_tenant_isolation('ui_extensions');
