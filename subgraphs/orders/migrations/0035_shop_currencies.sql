-- The currencies the shop sells in, as identity announces them (`identity.tenant.settings_changed`,
-- its `Tenant.currencies`): orders refuses a cart or a checkout in any other. Identity owns the
-- setting; this is orders' read model of it. A shop orders has not heard from yet has no row and is
-- refused nothing (its carts predate the setting, and identity announces it on the first change).
create table shop_currencies (
  tenant_id     uuid        not null,
  currencies    text[]      not null check (cardinality(currencies) between 1 and 20
                                              and array_to_string(currencies, ',') ~ '^[A-Z]{3}(,[A-Z]{3})*$'),
  -- when identity made the change: an older announcement delivered late never overwrites a newer one
  announced_at  timestamptz not null,
  updated_at    timestamptz not null default now(),
  primary key (tenant_id)
);

select enable_tenant_isolation('shop_currencies');
