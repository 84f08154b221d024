-- The tenant's time zone (IANA, e.g. Europe/Paris): the zone a tenant's scheduled workflows fire in
-- when their trigger names none, and the one dates are shown in. The API checks it is a zone the
-- runtime knows (src/schema/tenant.ts); the database only bounds its shape.
alter table tenants add column time_zone text not null default 'UTC'
  check (time_zone ~ '^[A-Za-z][A-Za-z0-9_+/-]{0,63}$');
