-- Tax per shop, edited by its staff. A shop with neither a tax_settings row nor tax zones has never
-- configured tax and is charged the deployment's flat TAX_RATE_BPS, as before this migration.
--
-- tax_settings: whether catalog prices already include tax, whether tax is rounded per line or once
-- per rate on the total, and the shop's own country (for EU B2B reverse charge, and the zone a cart
-- is taxed by before the shopper gave an address).
create table tax_settings (
  tenant_id           uuid        primary key,
  prices_include_tax  boolean     not null default false,
  rounding            text        not null default 'line' check (rounding in ('line', 'total')),
  origin_country      text        check (origin_country ~ '^[A-Z]{2}$'),
  updated_at          timestamptz not null default now()
);

-- A tax zone is a set of countries (or regions of a country, "US" + "CA") with a rate per tax class.
create table tax_zones (
  tenant_id   uuid        not null,
  id          uuid        not null default gen_random_uuid(),
  name        text        not null check (length(btrim(name)) between 1 and 200),
  created_at  timestamptz not null default now(),
  primary key (tenant_id, id)
);

-- A country (region '') or one region of it belongs to at most one zone; a destination is taxed by
-- the zone naming its region, else the zone naming its whole country.
create table tax_zone_countries (
  tenant_id  uuid not null,
  country    text not null check (country ~ '^[A-Z]{2}$'),
  region     text not null default '' check (region ~ '^([A-Z0-9]{1,3})?$'),
  zone_id    uuid not null,
  primary key (tenant_id, country, region),
  foreign key (tenant_id, zone_id) references tax_zones (tenant_id, id) on delete cascade
);
create index tax_zone_countries_by_zone on tax_zone_countries (tenant_id, zone_id);

-- Rates in parts per million (19 % = 190000), so fractional rates such as 8.875 % are exact.
create table tax_rates (
  tenant_id  uuid    not null,
  zone_id    uuid    not null,
  tax_class  text    not null check (tax_class in ('standard', 'reduced', 'zero', 'exempt')),
  name       text    not null check (length(btrim(name)) between 1 and 100),
  rate_ppm   integer not null check (rate_ppm between 0 and 1000000),
  primary key (tenant_id, zone_id, tax_class),
  foreign key (tenant_id, zone_id) references tax_zones (tenant_id, id) on delete cascade
);

select enable_tenant_isolation('tax_settings');
select enable_tenant_isolation('tax_zones');
select enable_tenant_isolation('tax_zone_countries');
select enable_tenant_isolation('tax_rates');

-- A line is taxed by its variant's class (catalog's variants.tax_class), kept with the line's price.
alter table cart_lines
  add column tax_class text not null default 'standard' check (tax_class in ('standard', 'reduced', 'zero', 'exempt'));
alter table order_lines
  add column tax_class text not null default 'standard' check (tax_class in ('standard', 'reduced', 'zero', 'exempt'));

-- What the order was taxed with, as the shopper was shown it: one entry per rate
-- ({name, ratePpm, taxable, amount}), whether its prices included tax, the buyer's tax id and a note
-- such as the reverse-charge statement an invoice must print.
alter table orders
  add column tax_lines           jsonb   not null default '[]',
  add column prices_include_tax  boolean not null default false,
  add column customer_tax_id     text    check (length(customer_tax_id) between 4 and 20),
  add column tax_note            text;
