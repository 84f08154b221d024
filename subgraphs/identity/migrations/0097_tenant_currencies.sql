-- The currencies the shop sells in, its default first: the storefront offers them, and each needs a
-- price list (catalog) and shipping methods (orders) in that currency to sell anything. The API checks
-- each is an ISO 4217 code listed once (src/schema/tenant.ts); the database bounds the shape.
alter table tenants add column currencies text[] not null default '{EUR}'
  check (cardinality(currencies) between 1 and 20
     and array_to_string(currencies, ',') ~ '^[A-Z]{3}(,[A-Z]{3})*$');
