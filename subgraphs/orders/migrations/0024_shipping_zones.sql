-- Shipping per shop, edited by its staff: zones (where it ships) with methods (how, at what price).
-- A destination country belongs to at most one of a shop's zones (the primary key of
-- shipping_zone_countries); the zone without countries is the shop's "rest of world" (at most one)
-- and serves every country no other zone names. A method is priced in one currency; the same code
-- in several currencies is one row per currency.
--
-- A shop with no shipping_settings row has never been configured and is offered SHIPPING_METHODS
-- (the deployment's defaults). The first time its staff read or change its zones the defaults are
-- copied here and the row written, so deleting every zone later means "ships nowhere", not "back to
-- the defaults".
create table shipping_settings (
  tenant_id  uuid        primary key,
  seeded_at  timestamptz not null default now()
);

create table shipping_zones (
  tenant_id      uuid        not null,
  id             uuid        not null default gen_random_uuid(),
  name           text        not null check (length(btrim(name)) between 1 and 200),
  rest_of_world  boolean     not null default false,
  created_at     timestamptz not null default now(),
  primary key (tenant_id, id)
);
create unique index shipping_zones_one_rest_of_world on shipping_zones (tenant_id) where rest_of_world;

create table shipping_zone_countries (
  tenant_id  uuid not null,
  country    text not null check (country ~ '^[A-Z]{2}$'),
  zone_id    uuid not null,
  primary key (tenant_id, country),
  foreign key (tenant_id, zone_id) references shipping_zones (tenant_id, id) on delete cascade
);
create index shipping_zone_countries_by_zone on shipping_zone_countries (tenant_id, zone_id);

create table shipping_zone_methods (
  tenant_id           uuid        not null,
  id                  uuid        not null default gen_random_uuid(),
  zone_id             uuid        not null,
  code                text        not null check (code ~ '^[a-z0-9][a-z0-9_-]{0,39}$'),
  name                text        not null check (length(btrim(name)) between 1 and 200),
  currency            text        not null check (currency ~ '^[A-Z]{3}$'),
  amount              bigint      not null check (amount between 0 and 2147483647),
  free_from           bigint      check (free_from between 0 and 9007199254740991),
  estimated_days_min  integer     not null check (estimated_days_min between 0 and 365),
  estimated_days_max  integer     not null check (estimated_days_max between 0 and 365),
  -- ties in price keep the merchant's order
  position            integer     not null,
  created_at          timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, zone_id) references shipping_zones (tenant_id, id) on delete cascade,
  constraint shipping_zone_methods_code unique (tenant_id, zone_id, code, currency),
  check (estimated_days_max >= estimated_days_min)
);
create index shipping_zone_methods_by_zone on shipping_zone_methods (tenant_id, zone_id, position);

select enable_tenant_isolation('shipping_settings');
select enable_tenant_isolation('shipping_zones');
select enable_tenant_isolation('shipping_zone_countries');
select enable_tenant_isolation('shipping_zone_methods');
